"""Session 14: statements that were not made (a cue under "without"), and the speaker of a
capitalised title set off before a name, on wire-story sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.records import Quote, Record
from tests.attribution.support import by_cue, content
from tests.conftest import run


def _speaker(r: Record, q: Quote) -> str | None:
    names = {e.id: e.name for e in r.entities}
    return names.get(q.speaker) if q.speaker else None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The ministry recalled its envoy on Monday, without naming the country it blamed.", "naming"),
        ("She has campaigned in the north for weeks without mentioning her rival.", "mentioning"),
        ("The mayor left the hall without having to explain the delay to anyone.", "explain"),
    ],
)
def test_a_cue_under_without_reports_what_was_not_said(sentence: str, cue: str) -> None:
    assert by_cue(run(sentence), cue).negated


def test_a_cue_beside_without_still_reports_what_was_said() -> None:
    r = run("The minister said without hesitation that the border would stay open.")
    q = by_cue(r, "said")
    assert not q.negated
    assert "the border would stay open" in content(q)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour operator Baltline did not respond to a request for comment.",
        "The transport minister declined to comment on Friday.",
    ],
)
def test_no_comment_is_kept_as_an_attribution_of_nothing_said(sentence: str) -> None:
    # PolNeAR annotates these as attributions; the quote says nothing in the source's name
    r = run(sentence)
    assert r.quotes and all(q.negated for q in r.quotes)


def test_a_summons_to_demand_keeps_its_demand() -> None:
    r = run("The foreign ministry summoned the ambassador on Tuesday to demand an explanation.")
    q = by_cue(r, "demand")
    assert q.source is not None and q.source.text == "The foreign ministry"
    assert "an explanation" in content(q)
    assert not q.negated


def test_a_title_set_off_before_a_name_is_that_person() -> None:
    r = run(
        "In a post on X, the European Commissioner for Trade, Maria Lund, wrote that Europe "
        '"stands ready to help."'
    )
    assert _speaker(r, by_cue(r, "wrote")) == "Maria Lund"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "SEVILLE, Spain (Reuters) - Authorities in Andalusia ordered water cuts in 40 towns on Saturday.",
            "Andalusia",
        ),
        ("Attorneys for Dana Price said on Monday that the lawsuit was baseless.", "Dana Price"),
    ],
)
def test_people_named_by_a_place_or_client_are_not_that_entity(sentence: str, place: str) -> None:
    r = run(sentence)
    assert r.quotes
    assert all(_speaker(r, q) != place for q in r.quotes)


def test_a_phrase_quoted_inside_the_writer_s_sentence_is_not_the_last_speaker_s() -> None:
    r = run(
        '"We will rebuild the bridge by June," Mayor Ines Barros said on Monday.\n\n'
        'The ruling party ran its whole campaign on a budget "for the families who have waited far too long."'
    )
    assert not any("waited far too long" in content(q) for q in r.quotes)


def test_a_quotation_that_opens_its_own_sentence_still_continues_the_speaker() -> None:
    r = run(
        '"We will rebuild the bridge by June," Mayor Ines Barros said on Monday. '
        '"The families have waited far too long for this, and they deserve a date."'
    )
    q = next(q for q in r.quotes if "waited far too long" in content(q))
    assert _speaker(r, q) == "Ines Barros"


def test_the_rest_of_an_interrupted_statement_still_joins_it() -> None:
    r = run('"The anger is like nothing I have seen," she told the council, "and I hope we can calm it."')
    assert "we can calm it" in content(by_cue(r, "told"))


def test_a_phrase_in_a_sentence_about_the_last_speaker_stays_theirs() -> None:
    r = run(
        '"We will rebuild the bridge by June," Mayor Ines Barros said on Monday.\n\n'
        'She has built her whole campaign on a budget "for the families who have waited far too long."'
    )
    q = next(q for q in r.quotes if "waited far too long" in content(q))
    assert q.cue is None
    assert _speaker(r, q) == "Ines Barros"
