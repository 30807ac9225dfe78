"""Attributions of something *not* said are kept and marked ``negated`` (sentences written here)."""

from __future__ import annotations

import pytest

from newsgraph.records import Quote, Record
from tests.conftest import run


def _quote_with(record: Record, words: str) -> Quote:
    found = [q for q in record.quotes if any(words in piece.text for piece in q.content)]
    assert found, f"no quote holds {words!r}: {[[p.text for p in q.content] for q in record.quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The harbour master did not say whether the ferry would sail.", "the ferry would sail"),
        ("She never said that the talks had collapsed.", "the talks had collapsed"),
        ("The council couldn't confirm that the vote had been delayed.", "the vote had been delayed"),
        ("The army declined to say how many soldiers were wounded.", "soldiers were wounded"),
        ("The general refused to confirm reports that troops had crossed the river.", "troops had crossed"),
        ("Officials did not want to say whether the dam had been damaged.", "the dam had been damaged"),
        ("No official would confirm the figure of 40 dead.", "40 dead"),
        ("The mayor smiled but did not say whether the bridge would reopen.", "the bridge would reopen"),
    ],
)
def test_a_report_of_what_was_not_said_is_negated(sentence: str, words: str) -> None:
    quote = _quote_with(run(sentence), words)
    assert quote.negated


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the negation is inside the content, not on the act of saying
        ("The mayor said he would not resign.", "he would not resign"),
        ("The mayor said not all of the money had been spent.", "the money had been spent"),
        ('"We will not back down," the union leader said.', "We will not back down"),
        # a denied refusal: the saying happened
        ("He did not hesitate to say that the plan had failed.", "the plan had failed"),
        ("The mayor did not fail to mention that the budget had grown.", "the budget had grown"),
        ("The auditors could not resist pointing out that the books were late.", "the books were late"),
        # a refusal of an act, not of saying: an intention that was held
        ("The union refused to accept the new contract.", "accept the new contract"),
        # a quoted "not" that the parser may hang on the cue
        ('"Will the bridge open on time? Probably not," the engineer Rosa Lind said.', "Probably not"),
        # an imperative is the writer's advice, not a report of anyone's silence
        ("Don't forget that the deadline for the forms is Friday.", "the deadline for the forms"),
    ],
)
def test_an_act_of_saying_that_happened_is_not_negated(sentence: str, words: str) -> None:
    quote = _quote_with(run(sentence), words)
    assert not quote.negated


def test_a_claim_in_what_was_not_said_is_not_the_speakers() -> None:
    record = run("Mayor Dana Price did not confirm that 40 people had died in the fire.")
    quote = _quote_with(record, "40 people had died")
    assert quote.negated and quote.speaker is not None
    claims = [c for c in record.claims if "40" in c.span.text]
    assert claims, "the figure is still a claim worth checking"
    assert all(c.claimant != quote.speaker for c in claims)


def test_no_stance_is_read_from_what_was_not_said() -> None:
    record = run(
        "Senator Ana Vale never said that Governor Tom Marsh was a disgrace. "
        "Later, Vale said Marsh was a disgrace to the state."
    )
    negated = _quote_with(record, "Governor Tom Marsh was a disgrace")
    assert negated.negated
    assert record.stances, "the second, real statement is a stance"
    assert all(negated.id not in stance.evidence for stance in record.stances)
