"""Relative times inside quotes are read against the statement's own day.

Sentences written for these tests, published on Thursday 2024-11-07. The times stage
reads "today" against the publication date; once the attribution stage has dated a
statement ("said in a statement on Tuesday") the times inside it are re-read against
that day and say so (``anchor="statement"``, ``anchor_date``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.records import Record, TimeExpression
from tests.conftest import run

PUBLISHED = dt.date(2024, 11, 7)


def _time(record: Record, text: str) -> TimeExpression:
    found = [t for t in record.times if t.text.lower() == text.lower()]
    assert found, f"no time {text!r}: {[t.text for t in record.times]}"
    return found[0]


@pytest.mark.parametrize(
    ("article", "phrase", "value", "statement_day"),
    [
        (
            "“Today’s announcement is a victory for workers,” said union leader Maria Lopez"
            " in a statement on Tuesday.",
            "Today",
            "2024-11-05",
            dt.date(2024, 11, 5),
        ),
        (
            "On Monday, the minister visited the flooded town. In a post written that day, she"
            " wrote: “This morning I saw the damage with my own eyes.”",
            "This morning",
            "2024-11-04",
            dt.date(2024, 11, 4),
        ),
        (
            "Speaking on Sunday, the mayor said the bridge had been closed yesterday.",
            "yesterday",
            "2024-11-02",
            dt.date(2024, 11, 3),
        ),
        (
            "Coach Tom Reyes said on Saturday that the team would train tomorrow.",
            "tomorrow",
            "2024-11-03",
            dt.date(2024, 11, 2),
        ),
        (
            "“We will vote today,” Senator Jane Cole told reporters on Monday.",
            "today",
            "2024-11-04",
            dt.date(2024, 11, 4),
        ),
    ],
)
def test_a_quoted_relative_time_is_read_against_the_statement_day(
    article: str, phrase: str, value: str, statement_day: dt.date
) -> None:
    time = _time(run(article), phrase)
    assert time.value == value
    assert time.anchor == "statement"
    assert time.anchor_date == statement_day


def test_an_undated_statement_keeps_the_publication_anchor() -> None:
    time = _time(run("“We will vote today,” Senator Jane Cole said."), "today")
    assert time.value == "2024-11-07"
    assert time.anchor == "publication"
    assert time.anchor_date == PUBLISHED


def test_the_narrators_own_times_keep_the_publication_anchor() -> None:
    record = run("The council met today. Mayor Anna Berg said on Monday that the budget was ready.")
    today = _time(record, "today")
    assert (today.value, today.anchor, today.anchor_date) == ("2024-11-07", "publication", PUBLISHED)


def test_an_absolute_date_in_a_dated_statement_is_unchanged_and_needs_no_anchor() -> None:
    record = run("Minister Eva Stone said on Tuesday that the law had been passed in March 2021.")
    time = _time(record, "in March 2021")
    assert time.value == "2021-03"
    assert time.anchor == "publication"
    assert time.anchor_date is None


@pytest.mark.parametrize(
    ("article", "phrase", "value"),
    [
        ("On Monday, the river rose. Later that day, troops came.", "later that day", "2024-11-04"),
        ("The talks began on Nov. 2. On the same day, the border closed.", "On the same day", "2024-11-02"),
        ("Voters went to the polls on Tuesday. That night, the results came in.", "That night", "2024-11-05"),
    ],
)
def test_that_day_takes_the_day_named_before_it(article: str, phrase: str, value: str) -> None:
    time = _time(run(article), phrase)
    assert time.value == value
    assert time.anchor == "antecedent"
    assert time.anchor_date == dt.date.fromisoformat(value)


def test_that_day_without_an_earlier_day_stays_unresolved() -> None:
    time = _time(run("Nobody knew what would happen that day."), "that day")
    assert time.value is None and time.anchor == "publication"


@pytest.mark.parametrize(
    ("article", "phrase", "value", "precision"),
    [
        (
            "A strike in 2017 lasted 44 days and cut output by 1 percent that year.",
            "that year",
            "2017",
            "year",
        ),
        (
            "The party split on March 3, 2019. Two leaders left later that month.",
            "later that month",
            "2019-03",
            "month",
        ),
        ("In May 2020 the port closed. The same year, exports fell.", "The same year", "2020", "year"),
    ],
)
def test_that_year_takes_the_year_named_before_it(
    article: str, phrase: str, value: str, precision: str
) -> None:
    time = _time(run(article), phrase)
    assert (time.value, time.precision, time.anchor) == (value, precision, "antecedent")


def test_that_year_without_an_earlier_date_stays_unresolved() -> None:
    time = _time(run("Output fell that year, the union said."), "that year")
    assert time.value is None and time.anchor == "publication"


@pytest.mark.parametrize(
    "sentence",
    ["The country produces about a quarter of the world's copper.", "Half of the voters stayed home."],
)
def test_a_share_of_something_is_no_time(sentence: str) -> None:
    assert run(sentence).times == []
