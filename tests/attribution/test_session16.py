"""Session 16: content boundaries and senses found on PolNeAR train's errors, each shape
tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.attribution.support import by_cue, content
from tests.conftest import run


@pytest.mark.parametrize(
    ("sentence", "cue", "predicate"),
    [
        (
            "The governor spent the week portraying her rival as singularly focused on taxes.",
            "portraying",
            "as singularly focused on taxes",
        ),
        ("Most farmers view the new minister as far better prepared for the job.", "view", "as far better"),
        ("Members see their union as insufficiently committed to the strike.", "see", "as insufficiently"),
    ],
)
def test_an_as_predicate_of_the_object_is_what_was_said(sentence: str, cue: str, predicate: str) -> None:
    assert predicate in content(by_cue(run(sentence), cue))


def test_an_as_clause_with_its_own_subject_stays_out_of_the_object() -> None:
    q = by_cue(run("The chairman described the plan as the delegates left the hall."), "described")
    assert "delegates" not in content(q)


def test_a_clause_the_parser_hung_on_a_gerund_after_said_is_what_was_said() -> None:
    q = by_cue(run("He said taxing it would bring money to the schools in the county."), "said")
    assert "would bring money to the schools" in content(q)


def test_a_purpose_infinitive_after_said_is_not_what_was_said() -> None:
    r = run("The minister said little in the debate to justify the cuts.")
    assert not any("justify the cuts" in content(q) for q in r.quotes)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            'The rejection of the treaty signals "the beginning of the end" for the union, said Anna Berg, '
            "founder of the party.",
            'The rejection of the treaty signals "the beginning of the end" for the union',
        ),
        (
            'Those who take on heavy debt struggle, even with a "good" job, he said.',
            'Those who take on heavy debt struggle, even with a "good" job',
        ),
    ],
)
def test_a_closing_tag_reports_the_clause_the_parser_hung_elsewhere(sentence: str, said: str) -> None:
    assert content(by_cue(run(sentence), "said")) == said


def test_a_linking_adverb_before_a_closing_verb_is_no_statement() -> None:
    assert run("Then, she apologized.").quotes == []


def test_with_no_interviewee_named_the_answer_label_is_the_source() -> None:
    intro = "Tomas Lind and Petra Holm spoke to the Island Gazette on Monday about the storm season."
    turns = ["Q: How many were lost?", "A: Eleven, twice the usual.", "Q: Will it close?", "A: Only then."]
    record = run("\n".join([intro, *turns]) + "\n")
    answers = [q for q in record.quotes if q.cue is not None and q.cue.text == "A:"]
    assert len(answers) == 2
    assert all(q.source is not None and q.source.text == "A" and q.speaker is None for q in answers)


@pytest.mark.parametrize(
    ("sentence", "cue", "said"),
    [
        ("The senator reiterated his support for the harbour plan.", "reiterated", "his support for"),
        ("Growers voiced concern about the cost of the new rules.", "voiced", "concern about the cost"),
    ],
)
def test_an_attitude_expressed_is_reported_noun_and_all(sentence: str, cue: str, said: str) -> None:
    assert content(by_cue(run(sentence), cue)).startswith(said)
