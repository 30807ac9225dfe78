"""Times that ordinary wire stories name without numbers (session 17).

Sentences written for these tests, published on Monday 2026-12-07: fixed-date holidays
("before Christmas"), the parts of the story's day ("overnight", "late in the evening"),
phrases counted from the day told just before ("hours later", "the next day") and
reporting periods ("third-quarter profit"). Where the text does not say which day is
meant the value stays None: a wrong date is worse than none.
"""

from __future__ import annotations

import pytest

from newsgraph.records import Record, TimeExpression
from tests.conftest import run

PUBLISHED = "2026-12-07"


def _time(record: Record, text: str) -> TimeExpression:
    found = [t for t in record.times if t.text.lower() == text.lower()]
    assert found, f"no time {text!r}: {[t.text for t in record.times]}"
    return found[0]


@pytest.mark.parametrize(
    ("article", "phrase", "value"),
    [
        ("The minister said the bridge will reopen before Christmas.", "Christmas", "2026-12-25"),
        ("The ferry was packed with families at Christmas, the operator said.", "Christmas", "2025-12-25"),
        ("The band will play in the square on New Year's Eve.", "on New Year's Eve", "2026-12-31"),
        ("Fans hope the stadium reopens by New Year’s Day.", "by New Year’s Day", "2027-01-01"),
        # the last one before publication, five weeks back
        ("The shop was robbed last Halloween, its owner said.", "Halloween", "2026-10-31"),
    ],
)
def test_fixed_date_holiday_follows_the_tense(article: str, phrase: str, value: str) -> None:
    t = _time(run(article, published=PUBLISHED), phrase)
    assert (t.value, t.precision) == (value, "day")


@pytest.mark.parametrize(
    "article",
    [
        "Volunteers sold Christmas trees outside the church.",  # a kind of tree, not a day
        "Orthodox Christmas is celebrated in January by many churches.",  # another calendar
        "The mayor wished residents a Merry Christmas.",  # a greeting
    ],
)
def test_holiday_name_that_is_no_day_gets_no_date(article: str) -> None:
    record = run(article, published=PUBLISHED)
    assert not [t for t in record.times if "Christmas" in t.text and t.value is not None]


def test_overnight_in_a_report_is_the_night_before_publication() -> None:
    t = _time(
        run("Artillery shelled two villages overnight, regional officials said.", published=PUBLISHED),
        "overnight",
    )
    assert (t.value, t.precision, t.anchor) == ("2026-12-07", "day", "publication")


@pytest.mark.parametrize(
    "article",
    [
        "Such a change will not happen overnight, the mayor said.",  # figurative, negated
        "Guests paid for an overnight stay at the hotel.",  # an adjective
        "On Thursday the rebels took the airport. Fighting continued overnight.",  # another day's night
    ],
)
def test_overnight_without_the_publication_night_is_left_open(article: str) -> None:
    record = run(article, published=PUBLISHED)
    assert not [t for t in record.times if "overnight" in t.text.lower() and t.value is not None]


def test_part_of_the_day_takes_the_day_just_told() -> None:
    record = run(
        "Protesters gathered outside parliament today. Late in the evening, police cleared the square.",
        published=PUBLISHED,
    )
    t = _time(record, "Late in the evening")
    assert (t.value, t.anchor) == ("2026-12-07", "antecedent")
    record = run(
        "Officials met on Thursday. Earlier in the day, the plant had been evacuated.", published=PUBLISHED
    )
    assert _time(record, "Earlier in the day").value == "2026-12-03"


def test_part_of_the_day_far_from_another_day_is_left_open() -> None:
    record = run(
        "The council met on Tuesday. Members argued for hours. Nobody gave way."
        " Late in the evening, the motion passed.",
        published=PUBLISHED,
    )
    assert _time(record, "Late in the evening").value is None


def test_hours_later_and_the_next_day_count_from_the_day_before() -> None:
    record = run(
        "Police were called to the harbour on Friday. Hours later, the suspect surrendered."
        " The next day, he was charged.",
        published=PUBLISHED,
    )
    later = _time(record, "Hours later")
    assert (later.value, later.anchor, str(later.anchor_date)) == ("2026-12-04", "antecedent", "2026-12-04")
    assert _time(record, "The next day").value == "2026-12-05"


def test_the_next_day_without_a_day_just_told_is_left_open() -> None:
    record = run(
        "The plant closed in 2019. Workers protested. The next day, the owners sold it.", published=PUBLISHED
    )
    assert _time(record, "The next day").value is None


def test_reporting_period_adjective_takes_the_year_of_the_latest_such_period() -> None:
    record = run(
        "The company reported a third-quarter profit and cut its full-year forecast.", published=PUBLISHED
    )
    assert (_time(record, "third-quarter").value, _time(record, "third-quarter").precision) == (
        "2026",
        "year",
    )
    assert _time(record, "full-year").value == "2026"
    # A fourth quarter reported in February is last year's; a full year then is unclear.
    early = run("The bank posted fourth-quarter earnings and a full-year profit.", published="2027-02-10")
    assert _time(early, "fourth-quarter").value == "2026"
    assert _time(early, "full-year").value is None


def test_a_game_quarter_is_not_a_reporting_period() -> None:
    record = run("The Hawks staged a fourth-quarter comeback to win the game.", published=PUBLISHED)
    assert not [t for t in record.times if "quarter" in t.text and t.value is not None]


def test_run_up_to_a_close_holiday_in_a_past_clause_is_the_coming_one() -> None:
    record = run(
        "The debate was held on the Saturday before Christmas, when many were shopping.", published=PUBLISHED
    )
    assert _time(record, "Christmas").value == "2026-12-25"


@pytest.mark.parametrize(
    "article",
    ["Overnight, the young mayor became a national figure.", "The start-up doubled in size overnight."],
)
def test_overnight_meaning_suddenly_gets_no_date(article: str) -> None:
    record = run(article, published=PUBLISHED)
    assert not [t for t in record.times if "overnight" in t.text.lower() and t.value is not None]


def test_counted_hours_later_and_early_the_next_day_keep_their_whole_phrase() -> None:
    record = run(
        "Police were called on Friday. A few hours later, the suspect surrendered."
        " Early the next day, he was charged.",
        published=PUBLISHED,
    )
    assert _time(record, "A few hours later").value == "2026-12-04"
    assert _time(record, "Early the next day").value == "2026-12-05"


def test_part_of_the_day_after_a_sentence_naming_two_days_is_left_open() -> None:
    record = run(
        "On Wednesday the ministry published a memo it had received on Monday."
        " Later in the day, the minister resigned.",
        published=PUBLISHED,
    )
    assert _time(record, "Later in the day").value is None
