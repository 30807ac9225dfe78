"""Session 24 (lead): a call with a purpose ("phoned the editor to complain") reports
nothing by itself; "called on X to ..." still does."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the editor to complain about the report.",
        "Ruth Adler phoned her lawyer to ask about the ruling.",
        "The envoy telephoned his counterpart to protest against the arrests.",
    ],
)
def test_a_call_with_a_purpose_is_no_quote(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text in {"called", "phoned", "telephoned"} for q in r.quotes)


def test_calling_on_someone_to_act_is_still_reported() -> None:
    r = run("The senator called on the governor to resign over the scandal.")
    assert any(q.cue is not None and q.cue.text.startswith("called") for q in r.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The reef, which Veloria calls Kestra Bank, has seen clashes since 1999.",
        "The island, which the fishermen call Tora, was evacuated on Monday.",
    ],
)
def test_a_thing_called_by_its_proper_name_is_no_quote(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text in {"calls", "call"} for q in r.quotes)


def test_calling_something_a_common_noun_is_still_an_opinion() -> None:
    r = run("Senator Ruiz called the plan a disgrace.")
    assert any(q.cue is not None and q.cue.text == "called" for q in r.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters issued an amber warning for snow across the northern hills on Friday.",
        "The foreign ministry issued a travel alert for Zandara after the attacks.",
    ],
)
def test_a_public_warning_for_a_hazard_or_a_place_is_no_quote(text: str) -> None:
    r = run(text)
    assert not r.quotes


def test_a_warning_with_a_clause_still_says_something() -> None:
    r = run("Police issued a warning that the coastal road would stay closed.")
    assert any(q.cue is not None and q.cue.text == "warning" for q in r.quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Bond prices climb as traders bet on a rate cut", "a rate cut"),
        ("Oil fell on Tuesday as analysts warned of weaker demand in Asia.", "weaker demand in Asia"),
    ],
)
def test_an_as_clause_with_its_own_topic_does_not_report_the_main_clause(text: str, content: str) -> None:
    r = run(text)
    for q in r.quotes:
        assert q.content[0].text == content


def test_an_as_aside_still_reports_the_main_clause() -> None:
    r = run("Prices rose sharply in March, as economists had predicted.")
    assert [q.content[0].text for q in r.quotes] == ["Prices rose sharply in March"]


@pytest.mark.parametrize(
    "text",
    [
        "Obituary: Ruth Okonjo, nurse who founded a village clinic, dies at 91\n\nRuth Okonjo has died.",
        "Recap: Hornets beat Falcons in overtime thriller\n\nThe Hornets won 104-101.",
    ],
)
def test_a_genre_label_before_a_headline_is_no_speaker(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text == ":" for q in r.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "President Amara Jalloh dismissed almost her entire cabinet on Friday.",
        "The club dismissed its head coach after a fifth straight defeat.",
    ],
)
def test_removing_someone_from_office_is_no_quote(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text == "dismissed" for q in r.quotes)


def test_dismissing_a_claim_is_still_a_statement() -> None:
    r = run("The minister dismissed the claims as lies.")
    assert any(q.cue is not None and q.cue.text == "dismissed" for q in r.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Q: Are you worried about the election?\nA: I am not going to comment on politics.",
        "Do you think the ceasefire will hold, minister? Nobody can say.",
    ],
)
def test_a_question_put_to_you_reports_nothing(text: str) -> None:
    r = run(text)
    assert not any(q.source is not None and q.source.text.lower() == "you" for q in r.quotes)
