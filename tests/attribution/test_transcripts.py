"""Interview transcripts ("Q: ..." / "A: ...") on interviews written for these tests."""

from __future__ import annotations

from newsgraph.records import Record
from tests.conftest import run

INTRO = "Tomas Lind, the harbourmaster, spoke to the Island Gazette on Monday about the storm season."
TURNS = [
    "Q: How many boats were lost this year?",
    "A: Eleven, which is twice the usual number. Most were moored without a second line.",
    "Q: Will the harbour close in January?",
    "A: Only if the wall is not repaired by then.",
]


def speakers(record: Record) -> dict[str, str | None]:
    names = {e.id: e.name for e in record.entities}
    return {" ".join(s.text for s in q.content): names.get(q.speaker or "") for q in record.quotes}


def test_answer_lines_are_the_interviewees_direct_words() -> None:
    record = run("\n".join([INTRO, *TURNS]) + "\n")
    answers = [q for q in record.quotes if q.cue is not None and q.cue.text == "A:"]
    assert [" ".join(s.text for s in q.content) for q in answers] == [
        "Eleven, which is twice the usual number. Most were moored without a second line",
        "Only if the wall is not repaired by then",
    ]
    assert all(q.kind == "direct" for q in answers)
    assert {speakers(record)[" ".join(s.text for s in q.content)] for q in answers} == {"Tomas Lind"}
    # a question line is nobody's report
    assert not [q for q in record.quotes if any("How many boats" in s.text for s in q.content)]
    # a figure in an answer is the interviewee's claim
    lind = next(e for e in record.entities if e.name == "Tomas Lind")
    assert any(c.claimant == lind.id and "twice the usual number" in c.span.text for c in record.claims)


def test_two_people_in_the_introduction_leave_the_answers_unresolved() -> None:
    intro = "Tomas Lind and Petra Holm spoke to the Island Gazette on Monday about the storm season."
    record = run("\n".join([intro, *TURNS]) + "\n")
    answers = [q for q in record.quotes if q.cue is not None and q.cue.text == "A:"]
    assert len(answers) == 2
    assert all(q.speaker is None for q in answers)


def test_one_answer_label_is_no_transcript() -> None:
    record = run(INTRO + "\nA: Eleven boats were lost.\n")
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text == "A:"]
