"""The tokenizer guard: pathological text is tokenised in bounded pieces, offsets stay exact,
and ordinary text is tokenised exactly as spaCy's own tokenizer does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph import extract, load_pipeline
from newsgraph.errors import InputError
from newsgraph.ingest.readers import MAX_CHARS
from newsgraph.model import load_parser
from newsgraph.textguard import PIECE_LIMIT, RUN_LIMIT, GuardedTokenizer, cut, is_risky

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "samples" / "harbor-city-2025-03-14.txt"

LEAD = 'Labour Minister Elena Sorvik said on Monday that "the deal protects every job," reporters said. '
CLOSE = ' "We will sail on Monday," Tomas Brell told reporters in Port Averin.'

#: One unit of each family, repeated to a run far past the guard's limits.
FAMILIES = {
    "dollars": "$",
    "exclamation marks": "!",
    "full stops": ".",
    "hyphens": "-",
    "equals signs": "=",
    "underscores": "_",
    "straight quotes": '"',
    "curly quotes": "\u201c\u201d",
    "apostrophes": "'",
    "mixed punctuation": "!?",
    "emoji": "\U0001f600",
    "emoji ZWJ family": "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "emoji skin tone": "\U0001f44d\U0001f3fd",
    "variation selector": "\u2764\ufe0f",
    "flags": "\U0001f1fa\U0001f1f8",
    "zero-width spaces": "\u200b",
    "combining marks": "\u0301",
    "letter with combining mark": "e\u0301",
    "clitic chain": "'s",
    "colon chain": "a:",
    "base64": "QUJDRGVmZ2hp+/0=",
    "url path": "https://example.org/a/b?c=d&",
}

ORDINARY = [
    SAMPLE.read_text(encoding="utf-8"),
    'He said: "Enough!!!" -- and left... The vote (held Tuesday) was 52-48; see p. 3.',
    "Read more at https://www.example.org/news/2025/03/14/harbour-strike-ends-after-eleven-weeks-of-talks",
    "Prices rose 12% to $4.5bn ... or so they said :-) #harbour @union ¯\\_(ツ)_/¯ \U0001f600\U0001f44d",
    "* * *\n\n----------\nPORT AVERIN, VALMORIA – It's the union's 'final' offer, isn't it?\n",
]


def framed(unit: str, length: int = 1500) -> str:
    return LEAD + (unit * (length // len(unit) + 1))[:length] + CLOSE


def spans_in(node: Any) -> list[tuple[int, int, str]]:
    """Every (start, end, text) anywhere in a record dump: entities, quotes, times, events..."""
    found: list[tuple[int, int, str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and "text" in node:
            found.append((node["start"], node["end"], node["text"]))
        for value in node.values():
            found.extend(spans_in(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(spans_in(value))
    return found


@pytest.fixture(scope="module")
def guarded() -> GuardedTokenizer:
    tokenizer = load_pipeline().tokenizer
    assert isinstance(tokenizer, GuardedTokenizer)
    return tokenizer


@pytest.mark.parametrize("family", FAMILIES)
def test_every_span_in_the_record_points_into_the_original_text(family: str) -> None:
    text = framed(FAMILIES[family])
    record = extract(text, "2025-03-14")
    assert record.article.text == text
    spans = spans_in(record.model_dump())
    assert spans, "the ordinary sentences around the run still give entities and quotes"
    for start, end, span_text in spans:
        assert text[start:end] == span_text


@pytest.mark.parametrize("family", FAMILIES)
def test_a_pathological_run_becomes_bounded_tokens_over_the_same_characters(
    guarded: GuardedTokenizer, family: str
) -> None:
    text = framed(FAMILIES[family], 5000)
    doc = guarded(text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= PIECE_LIMIT
    assert [t.text for t in doc[:4]] == ["Labour", "Minister", "Elena", "Sorvik"]
    assert [t.text for t in doc[-4:]] == ["in", "Port", "Averin", "."]


def test_symbol_runs_are_cut_no_longer_than_the_run_limit(guarded: GuardedTokenizer) -> None:
    doc = guarded("Prices $" + "$" * 1000 + " rose.")
    run = [t.text for t in doc if set(t.text) == {"$"}]
    assert "".join(run) == "$" * 1001
    assert max(len(t) for t in run) <= RUN_LIMIT


def test_one_long_sentence_keeps_exact_spans() -> None:
    words = "the minister and the union met in Port Averin on Monday, talking about fuel prices"
    text = " ".join([words] * 150)
    record = extract(text, "2025-03-14")
    for start, end, span_text in spans_in(record.model_dump()):
        assert text[start:end] == span_text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_tokenises_exactly_as_spacy_does(guarded: GuardedTokenizer, text: str) -> None:
    assert not is_risky(text)
    plain = load_parser().tokenizer(text)
    ours = guarded(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in plain]


def test_ordinary_text_around_a_run_keeps_spacys_tokens(guarded: GuardedTokenizer) -> None:
    before, after = 'Sorvik said: "Enough!" ', "  It's the union's offer, isn't it?"
    doc = guarded(before + "=" * 400 + after)
    plain = load_parser().tokenizer
    assert [t.text for t in doc][: len(plain(before))] == [t.text for t in plain(before)]
    tail = [t.text for t in plain(after)]
    # spaCy makes the space after the run the run's trailing space, then one " " token
    assert [t.text for t in doc][-len(tail) + 1 :] == tail[1:]


@given(
    st.lists(
        st.sampled_from(
            ["$", "!", "\U0001f600", "\u200d", "\u0301", "a", "Zo", "'s", " ", "\n", ".", "_", "é"]
        ),
        max_size=900,
    )
)
@settings(max_examples=60, deadline=None)
def test_any_mix_of_symbols_letters_and_spaces_keeps_the_text(units: list[str]) -> None:
    text = "".join(units)
    doc = load_pipeline().tokenizer(text)
    assert doc.text == text
    assert all(len(t) <= PIECE_LIMIT for t in doc if not t.is_space)


def test_cuts_keep_a_character_with_what_attaches_to_it() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    parts = cut(family * 40, RUN_LIMIT)
    assert "".join(parts) == family * 40
    for part in parts:
        assert part[0] == "\U0001f468" and part[-1] == "\U0001f467"
    accented = cut("e\u0301" * 100, RUN_LIMIT)
    assert all(part.startswith("e") for part in accented)
    assert len(cut("\u0301" * 100, RUN_LIMIT)) == 4  # nothing to keep together: cut hard


def test_an_article_over_the_size_limit_is_refused_naming_the_limit() -> None:
    with pytest.raises(InputError, match=f"{MAX_CHARS:,}"):
        extract("word " * (MAX_CHARS // 5 + 1))


def test_a_capital_letter_ending_a_sentence_is_split_from_its_full_stop(guarded: GuardedTokenizer) -> None:
    # "on X." ends the sentence: the platform is "X", and "He" starts the next sentence
    doc = guarded(
        "The mayor said on X. He closed the schools. Donald J. Trump and founder J. Joe Ricketts met"
    )
    words = [t.text for t in doc]
    assert words[4:6] == ["X", "."]
    assert words.count("J.") == 2  # an initial before or after a name stays whole
    assert (
        doc.text
        == "The mayor said on X. He closed the schools. Donald J. Trump and founder J. Joe Ricketts met"
    )


def test_the_platform_x_is_the_medium_not_a_person() -> None:
    record = extract('"Stay at home," Mayor Ana Ruiz said on X. She closed the schools.', "2026-12-02")
    assert not any(e.name.startswith("X") for e in record.entities)
    quote = record.quotes[0]
    assert quote.medium is not None and quote.medium.text == "on X"


def test_a_final_letter_before_a_determiner_and_a_name_ends_the_sentence() -> None:
    r = extract("Berg thanked her in a post on X. The European Commission president welcomed the result.")
    assert not any(e.name.startswith("X.") for e in r.entities)
    assert any(e.name == "European Commission" for e in r.entities)
