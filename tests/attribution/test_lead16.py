"""Session 16 (the lead, on invented stories): an "it" that continues an unnamed subject,
and the date of a statement, on wire-story sentences written for these tests."""

from __future__ import annotations

from newsgraph.records import Quote, Record
from tests.attribution.support import by_cue
from tests.conftest import run


def _speaker(r: Record, q: Quote) -> str | None:
    names = {e.id: e.name for e in r.entities}
    return names.get(q.speaker) if q.speaker else None


def _time(r: Record, q: Quote) -> str | None:
    """The words of the time expression that dates ``q``, if any."""
    return next((t.text for t in r.times if t.id == q.time), None)


def test_it_after_an_unnamed_subject_is_not_the_place_named_in_its_clause() -> None:
    r = run(
        "Riot officers in Tarnow fired water cannon at students on Thursday.\n\n"
        "The interior ministry said 30 people had been detained in Tarnow since Tuesday. "
        'It accused "foreign agitators" of organising the unrest.'
    )
    assert _speaker(r, by_cue(r, "accused")) != "Tarnow"


def test_it_after_a_named_subject_is_still_that_body() -> None:
    r = run(
        "The Valdorian Football Federation fined the club on Monday. "
        "It said the visiting fans had thrown flares onto the pitch."
    )
    assert _speaker(r, by_cue(r, "said")) == "Valdorian Football Federation"


def test_a_year_modifying_a_noun_does_not_date_the_statement() -> None:
    r = run(
        "Orlenia accused Valdoria of spying, in the sharpest escalation since their 2019 border war.",
        published="2026-12-05",
    )
    assert _time(r, by_cue(r, "accused")) != "2019"


def test_a_time_in_the_medium_still_dates_the_statement() -> None:
    r = run("In the 2019 debate, the senator said she would raise taxes on the rich.")
    assert _time(r, by_cue(r, "said")) == "2019"


def test_the_time_of_an_occasion_the_statement_was_made_at_dates_it() -> None:
    r = run(
        "The dispute has grown since Tuesday night's debate, when the senator accused her rival of lying.",
        published="2026-12-05",
    )
    assert _time(r, by_cue(r, "accused")) == "Tuesday night"


def test_a_relative_clause_cue_is_not_dated_by_the_main_verb() -> None:
    r = run(
        "Hale served as minister from 2017 to 2021 in the government of Jonas Kivi, "
        "who has not commented on the case."
    )
    q = by_cue(r, "commented")
    assert q.time is None



def test_a_relative_clause_of_a_time_is_dated_by_it() -> None:
    for sentence, cue, time in [
        ("The talks collapsed on Feb. 9, when the minister accused the union.", "accused", "on Feb. 9"),
        ("The feud began in 2011, at the same time the president mocked him.", "mocked", "in 2011"),
    ]:
        r = run(sentence, published="2026-12-05")
        assert _time(r, by_cue(r, cue)) == time


def test_it_continues_the_body_that_was_the_last_main_subject() -> None:
    r = run(
        "Hungary raised fuel prices on Monday. The government said the rise would stay. "
        "It accused the opposition of lying."
    )
    assert _speaker(r, by_cue(r, "accused")) == "government"
