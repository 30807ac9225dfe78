"""Quotation-mark pairing: every style news text uses, and broken input that must not spill."""

from __future__ import annotations

from newsgraph.attribution.marks import find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_straight_and_guillemets() -> None:
    text = 'She said “we are ready” and he said "not yet" while they wrote « peut-être ».'
    assert _texts(text) == ["“we are ready”", '"not yet"', "« peut-être »"]


def test_apostrophes_are_not_quotes() -> None:
    text = "Trump’s aides didn’t say the governors' plan was ‘dead’ yet."
    assert _texts(text) == ["‘dead’"]


def test_single_quotes_nested_in_double_stay_inside() -> None:
    text = "“He told me, ‘keep going,’ and I did,” she recalled."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end] == "“He told me, ‘keep going,’ and I did,”"
    assert [text[q.start : q.end] for q in quotes[0].inner] == ["‘keep going,’"]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "The mayor said “we will rebuild the bridge.\nThe council met on Friday. Nothing else happened."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and not quotes[0].closed
    assert text[quotes[0].end :].startswith("\nThe council met")


def test_stray_closing_mark_is_ignored() -> None:
    text = "Prices rose” again. Then the minister said “enough.”"
    assert _texts(text) == ["“enough.”"]


def test_multi_paragraph_quotation_is_chained() -> None:
    text = "“The first part runs on.\n“And the second part ends here,” she said."
    first, second = find_quotes(text)
    assert first.next is second and second.prev is first
    assert [text[q.start : q.end] for q in first.chain()] == [
        "“The first part runs on.",
        "“And the second part ends here,”",
    ]


def test_empty_and_mark_only_inputs() -> None:
    assert find_quotes("") == []
    assert len(find_quotes('"')) <= 1
    assert find_quotes("’’’‘‘") is not None


def test_doubled_apostrophes_stand_for_double_marks() -> None:
    text = "He said, ''We will win.'' It was Bush's night."
    assert _texts(text) == ["''We will win.''"]


def test_a_line_with_quotation_marks_is_told_from_one_with_apostrophes() -> None:
    from newsgraph.attribution.marks import has_quotation_mark

    assert has_quotation_mark("She said „wir schaffen das“ on Monday.")
    assert has_quotation_mark("He called it ‹absurd› in a letter.")
    assert has_quotation_mark("The mayor said 'no' twice.")
    assert has_quotation_mark("``We will stay,'' the coach said.")
    assert not has_quotation_mark("I think the city’s plan won’t work, and Smith's won't either.")
