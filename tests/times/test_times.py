"""Times: each pattern normalised against a publication date, and without one."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from newsgraph import extract
from newsgraph.extensions import register_extensions
from newsgraph.model import load_parser
from newsgraph.numbers import parse_number
from newsgraph.records import Article, TimeExpression
from newsgraph.times import annotate, time_for_span

PUBLISHED = dt.date(2024, 11, 7)  # a Thursday, ISO week 45


def parse(text: str, published: dt.date | None = PUBLISHED) -> Doc:
    register_extensions()
    doc = load_parser(None)(text)
    doc._.ng_article = Article(id="t", text=text, published=published)
    annotate(doc)
    return doc


def times(text: str, published: dt.date | None = PUBLISHED) -> list[TimeExpression]:
    found: list[TimeExpression] = parse(text, published)._.ng_times
    return found


def by_text(text: str, published: dt.date | None = PUBLISHED) -> dict[str, tuple[str | None, str]]:
    return {t.text: (t.value, t.precision) for t in times(text, published)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "precision"),
    [
        ("The minister spoke today about the budget.", "today", "2024-11-07", "day"),
        ("The minister resigned yesterday.", "yesterday", "2024-11-06", "day"),
        ("The council votes tomorrow.", "tomorrow", "2024-11-08", "day"),
        ("Protesters gathered on Tuesday outside parliament.", "on Tuesday", "2024-11-05", "day"),
        ("Protesters gathered on Thursday outside parliament.", "on Thursday", "2024-11-07", "day"),
        ("Officials met Monday morning in the capital.", "Monday morning", "2024-11-04", "day"),
        ("Sales fell sharply last week.", "last week", "2024-W44", "week"),
        ("The board meets next week.", "next week", "2024-W46", "week"),
        ("Prices rose this month.", "this month", "2024-11", "month"),
        ("The treaty was signed in September.", "in September", "2024-09", "month"),
        ("Prices have risen since January.", "since January", "2024-01", "month"),
        ("Last year was the warmest on record.", "Last year", "2023", "year"),
        ("Growth slowed this year.", "this year", "2024", "year"),
        ("The vote was held in 2020.", "in 2020", "2020", "year"),
        ("He served as mayor from 2017 to 2021.", "from 2017 to 2021", "2017/2021", "interval"),
        ("The plant was closed between 2019 and 2021.", "between 2019 and 2021", "2019/2021", "interval"),
        ("She led the party 2009–13.", "2009–13", "2009/2013", "interval"),
        ("They ended the twenty-year occupation.", "twenty-year", "P20Y", "duration"),
        ("The region saw two decades of calm.", "two decades", "P20Y", "duration"),
        ("The strike lasted eleven weeks.", "eleven weeks", "P11W", "duration"),
        ("Talks went on for 48 hours.", "48 hours", "PT48H", "duration"),
        ("The attacks of Sept. 11 shocked the city.", "Sept. 11", "2024-09-11", "day"),
        ("His motorcade arrives at the club on Monday.", "on Monday", "2024-11-04", "day"),
        ("The crew will land at 00:48 on Friday.", "at 00:48", "T00:48", "unknown"),
        ("Wait 1 second before you leave.", "1 second", "PT1S", "duration"),
        ("A review of fuel subsidies is due in April.", "in April", "2025-04", "month"),
        ("The deal was signed on March 3, 2023, in Doha.", "on March 3, 2023", "2023-03-03", "day"),
        ("The law took effect on 5 March 2022.", "on 5 March 2022", "2022-03-05", "day"),
        ("Elections were held in May 2021.", "in May 2021", "2021-05", "month"),
        ("The figures were published on 2024-03-05.", "on 2024-03-05", "2024-03-05", "day"),
        ("The factory opened three years ago.", "three years ago", "2021", "year"),
        ("The company boomed in the 1990s.", "the 1990s", "1990/1999", "interval"),
        ("Rebels advanced over the weekend.", "over the weekend", "2024-W44", "week"),
        ("The tram derailed at around 6am.", "around 6am", "T06:00", "unknown"),
        ("Growth slowed in early 2021.", "in early 2021", "2021", "year"),
        ("The law passed in the summer of 2020.", "in the summer of 2020", "2020", "year"),
        ("Prices rose last summer.", "last summer", "2024", "year"),
        ("Profits fell in the first quarter of 2024.", "in the first quarter of 2024", "2024", "year"),
        ("The crash happened around 11:30pm local time.", "around 11:30pm local time", "T23:30", "unknown"),
    ],
)
def test_pattern_with_publication_date(sentence: str, phrase: str, value: str, precision: str) -> None:
    found = by_text(sentence)
    assert phrase in found, found
    assert found[phrase] == (value, precision)


def test_year_inside_a_noun_phrase() -> None:
    found = by_text("She lost the 2024 U.S. presidential election.")
    assert found == {"2024": ("2024", "year")}


def test_future_tense_picks_the_next_weekday_and_month() -> None:
    found = by_text("Talks will resume on Tuesday and the summit will be held in September.")
    assert found["on Tuesday"] == ("2024-11-12", "day")
    assert found["in September"] == ("2025-09", "month")


def test_the_end_of_a_span_still_running_lies_ahead_unless_the_clause_is_past() -> None:
    assert by_text("Engineers said repairs could take until March.")["until March"] == ("2025-03", "month")
    assert by_text("The bridge stays closed until Monday.")["until Monday"] == ("2024-11-11", "day")
    assert by_text("The embargo lasted until March.")["until March"] == ("2024-03", "month")
    assert by_text("The curfew was in force until Monday.")["until Monday"] == ("2024-11-04", "day")


def test_an_act_urged_or_asked_for_looks_ahead_but_the_urging_does_not() -> None:
    assert by_text("The mediator urged both sides to return to talks by Friday.")["by Friday"] == (
        "2024-11-08",
        "day",
    )
    assert by_text("The envoy asked the crew to leave the port on Tuesday.")["on Tuesday"] == (
        "2024-11-12",
        "day",
    )
    assert by_text("The mediator urged restraint on Tuesday.")["on Tuesday"] == ("2024-11-05", "day")
    assert by_text("The crew managed to leave the port on Tuesday.")["on Tuesday"] == ("2024-11-05", "day")


def test_a_to_clause_with_its_own_subject_under_expecting_or_wanting_looks_ahead() -> None:
    # the parser makes "the river to peak" a clause of its own (ccomp), not an xcomp
    assert by_text("Forecasters expect the river to peak on Sunday.")["on Sunday"] == ("2024-11-10", "day")
    assert by_text("The union wants the talks to resume on Monday.")["on Monday"] == ("2024-11-11", "day")
    assert by_text("Witnesses saw the convoy leave on Monday.")["on Monday"] == ("2024-11-04", "day")


def test_a_to_clause_of_readiness_looks_ahead_but_the_state_does_not() -> None:
    said = by_text("The ministry said it was willing to reopen the border crossing on Tuesday.")
    assert said["on Tuesday"] == ("2024-11-12", "day")
    signed = by_text("The rebels were ready to sign the accord on Monday.")
    assert signed["on Monday"] == ("2024-11-11", "day")
    assert by_text("The new bridge was ready on Tuesday.")["on Tuesday"] == ("2024-11-05", "day")


def test_what_is_hoped_for_or_wanted_done_looks_ahead() -> None:
    # "hopes" is lemmatised "hop" by the small model: the verb is still one of wanting
    assert by_text("The mayor hopes to open the bridge in March.")["in March"] == ("2025-03", "month")
    wanted = by_text("The minister wants the sale completed by March.")
    assert wanted["by March"] == ("2025-03", "month")
    # a participle on the subject is a past state, whatever the verb
    done = by_text("The report, completed in March, urged the council to act.")
    assert done["in March"] == ("2024-03", "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "Donald Trump became the nation's 47th president.",
        "He won with 277 electoral votes.",
        "About 2000 troops arrived at the border.",
        "A 45-year-old man was arrested.",
        "Theresa May said it may rain.",
        "He returned to the White House for a second term.",
        "The statement came from May's office.",
        "The singer told 60 Minutes she would move.",
    ],
)
def test_ordinals_counts_ages_and_names_are_not_times(sentence: str) -> None:
    assert times(sentence) == []


def test_relative_expressions_stay_unresolved_without_publication_date() -> None:
    text = "The minister resigned yesterday, two days after the vote in September; she was elected in 2020."
    found = {t.text: t for t in times(text, published=None)}
    assert found["yesterday"].value is None and not found["yesterday"].resolved
    assert found["yesterday"].precision == "day"
    assert found["in September"].value is None and found["in September"].precision == "month"
    assert found["in 2020"].value == "2020" and found["in 2020"].resolved
    assert found["two days"].value == "P2D"


def test_absolute_dates_resolve_without_publication_date() -> None:
    found = by_text("He served from 2017 to 2021 and signed the deal on March 3, 2023.", published=None)
    assert found["from 2017 to 2021"] == ("2017/2021", "interval")
    assert found["on March 3, 2023"] == ("2023-03-03", "day")


def test_ids_offsets_and_text_agree() -> None:
    text = "On Monday the mayor spoke; in 2020 she had won, and last week she resigned."
    found = times(text)
    assert [t.id for t in found] == ["t1", "t2", "t3"]
    for t in found:
        assert text[t.start : t.end] == t.text


def test_time_for_span_prefers_a_point_over_a_duration() -> None:
    text = "After eleven weeks of talks, the deal was signed in September. Nothing happened later."
    doc = parse(text)
    first_sentence_end = text.index(".") + 1
    found = time_for_span(doc, 0, first_sentence_end)
    assert found is not None and found.text == "in September"
    assert time_for_span(doc, first_sentence_end, len(text)) is None


@pytest.mark.parametrize("text", ["", "   ", "1999", "“unbalanced quote in May", "in in in from to"])
def test_odd_input_does_not_crash(text: str) -> None:
    times(text)


def test_spelled_out_numbers() -> None:
    assert parse_number("eleven") == 11
    assert parse_number("twenty-five") == 25
    assert parse_number("three hundred") == 300
    assert parse_number("5,000") == 5000
    assert parse_number("forty million") == 40_000_000
    assert parse_number("many") is None


def test_times_reach_the_record() -> None:
    record = extract("The minister resigned yesterday after two decades in office.", "2024-11-07")
    values = {t.text: t.value for t in record.times}
    assert values.get("yesterday") == "2024-11-06"
    assert values.get("two decades") == "P20Y"


def test_seed_article_times(seed_record: object) -> None:
    from newsgraph.records import Record

    assert isinstance(seed_record, Record)
    values = {t.text: (t.value, t.precision) for t in seed_record.times}
    assert values["today"] == ("2024-11-07", "day")
    assert values["in September"] == ("2024-09", "month")
    assert values["in 2020"] == ("2020", "year")
    assert values["in 2021"] == ("2021", "year")
    assert values["2024"] == ("2024", "year")
    assert values["from 2017 to 2021"] == ("2017/2021", "interval")
    assert values["twenty-year"] == ("P20Y", "duration")
    # Nothing else: "47th", "277", "5,000" and "a second term" are not times.
    assert len(values) == 7, values


def test_month_day_without_year_follows_tense() -> None:
    found = by_text("The attacks of Sept. 12 changed everything, and the vote will be held Dec. 3.")
    assert found["Sept. 12"] == ("2024-09-12", "day")
    assert found["Dec. 3"] == ("2024-12-03", "day")
    # No tense to go by: the nearer occurrence (a week ahead beats a year back).
    assert by_text("The election on Nov. 12 is near.")["on Nov. 12"] == ("2024-11-12", "day")


def test_noise_entities_are_dropped() -> None:
    found = by_text("Early-morning raids hit each year, targeting men between the ages of 17 and 20.")
    assert found == {}


def test_by_a_week_is_an_amount_of_time() -> None:
    record = extract("The union extended the strike by a week on Tuesday.", "2025-09-09")
    found = {t.text: (t.value, t.precision) for t in record.times}
    assert found["a week"] == ("P1W", "duration")


def test_the_end_of_the_year_is_the_report_s_year() -> None:
    record = extract(
        "He said inflation would fall by the end of the year. Talks resume at the start of next month.",
        "2025-02-20",
    )
    found = {t.text: (t.value, t.precision) for t in record.times}
    assert found["by the end of the year"] == ("2025", "year")
    assert found["the start of next month"] == ("2025-03", "month")


def test_a_possessive_time_leaves_its_preposition_to_the_noun_after_it() -> None:
    r = extract(
        "The court halted the count in Sunday's runoff. Turnout in last week's vote was low.",
        "2026-12-02",
    )
    texts = [t.text for t in r.times]
    assert texts == ["Sunday", "last week"]
    assert [t.value for t in r.times] == ["2026-11-29", "2026-W48"]


def test_a_bare_plural_unit_is_no_time() -> None:
    assert "days" not in by_text("Deaths rose on days when the smog was thick, the study found.")
    assert "weeks" not in by_text("Prices fell for weeks after the announcement.")
    assert by_text("It took three weeks to repair the bridge.")["three weeks"] == ("P3W", "duration")
