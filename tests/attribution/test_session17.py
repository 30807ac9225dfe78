"""Session 17: attributions PolNeAR train annotates that had no prediction at all, grouped
by the shape of their cue; each shape tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.attribution.support import by_cue, content
from tests.conftest import run


@pytest.mark.parametrize(
    ("sentence", "source", "finding"),
    [
        (
            "A survey by the farmers' union found broad support for the new water rules.",
            "A survey by the farmers' union",
            "broad support for the new water rules",
        ),
        (
            "The audit found no record of the payments to the contractor.",
            "The audit",
            "no record of the payments",
        ),
        (
            "Two recent studies of the levy have found little evidence that it hurts small shops.",
            "Two recent studies of the levy",
            "little evidence that it hurts small shops",
        ),
    ],
)
def test_what_a_poll_or_inquiry_finds_is_its_finding(sentence: str, source: str, finding: str) -> None:
    q = by_cue(run(sentence), "found")
    assert q.source is not None and q.source.text == source
    assert finding in content(q)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers found a child under the rubble on Tuesday.",
        "After months of searching, the engineer found a job in the harbour.",
    ],
)
def test_a_person_who_finds_a_thing_reports_nothing(sentence: str) -> None:
    assert not any(q.cue is not None and q.cue.text == "found" for q in run(sentence).quotes)


@pytest.mark.parametrize(
    ("sentence", "cue", "attitude"),
    [
        ("The minister expressed shock at the size of the repair bill.", "expressed", "shock at the size"),
        ("Two councillors also expressed concern.", "expressed", "concern"),
        ("The mayor has expressed a willingness to meet the strikers.", "expressed", "a willingness to meet"),
        (
            "The coach expressed regret for the remarks he made after the match.",
            "expressed",
            "regret for the remarks",
        ),
    ],
)
def test_an_attitude_expressed_is_reported_whatever_its_noun(sentence: str, cue: str, attitude: str) -> None:
    q = by_cue(run(sentence), cue)
    assert q.source is not None
    assert content(q).startswith(attitude)


def test_a_belief_noun_with_a_clause_still_reports_the_clause() -> None:
    q = by_cue(run("Several mayors expressed hope that the cuts would be reversed."), "expressed")
    assert content(q) == "that the cuts would be reversed"


@pytest.mark.parametrize(
    ("sentence", "cue", "pieces"),
    [
        (
            "The ferry company's plan, which is expected to cut fares by a third, was approved on Monday.",
            "expected",
            ["which", "to cut fares by a third"],
        ),
        (
            "The festival, which was expected to draw 40,000 visitors, was cancelled.",
            "expected",
            ["which", "to draw 40,000 visitors"],
        ),
        (
            "The treasurer, who was asked to resign last week, stayed in office.",
            "asked",
            ["who", "to resign last week"],
        ),
    ],
)
def test_a_passive_relative_clause_with_an_infinitive_reports_it_with_no_source(
    sentence: str, cue: str, pieces: list[str]
) -> None:
    q = by_cue(run(sentence), cue)
    assert q.source is None
    assert [s.text for s in q.content] == pieces


def test_a_passive_relative_clause_without_an_infinitive_reports_nothing() -> None:
    r = run("The bridge, which was announced in May, opens to traffic today.")
    assert not any(q.cue is not None and q.cue.text == "announced" for q in r.quotes)


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "topic"),
    [
        (
            "The senator unleashed fierce attacks on the governor's budget.",
            "attacks",
            "The senator",
            "budget",
        ),
        (
            "The union filed a complaint against the ferry operator.",
            "complaint",
            "The union",
            "the ferry operator",
        ),
        (
            "The harbour chief held the view that the port should close.",
            "view",
            "The harbour chief",
            "port should close",
        ),
    ],
)
def test_an_attitude_put_forth_or_held_is_its_subjects(
    sentence: str, cue: str, source: str, topic: str
) -> None:
    q = by_cue(run(sentence), cue)
    assert q.source is not None and q.source.text == source
    assert topic in content(q)


def test_foreseeing_is_a_belief_of_its_subject() -> None:
    q = by_cue(run("The planners foresee a long dispute over the port."), "foresee")
    assert q.source is not None and q.source.text == "The planners"
    assert content(q) == "a long dispute over the port"
