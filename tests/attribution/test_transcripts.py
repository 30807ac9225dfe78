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


BROADCAST = (
    "On Sunday's programme the host spoke to Governor Elsa Brandt about the floods.\n\n"
    '"HOLM: Let\u2019s start with the dams. Will they hold this winter?\n\n'
    '"BRANDT: They will hold. We have spent more on them than any state before us.\n\n'
    '"HOLM: If I may, Governor, the engineers say otherwise.\n\n'
    '"BRANDT: The engineers said that in 2019, and the dams held then too.\n'
)


def test_each_labelled_turn_of_a_broadcast_transcript_is_its_speakers() -> None:
    record = run(BROADCAST)
    turns = [q for q in record.quotes if q.cue is not None and q.cue.text == ":"]
    assert [(q.source.text if q.source else None) for q in turns] == ["HOLM", "BRANDT", "HOLM", "BRANDT"]
    assert turns[1].content[0].text.startswith("They will hold")
    assert all(q.kind == "direct" and len(q.content) == 1 for q in turns)
    # the label is a name of its own, never the start of a longer one
    assert not any(":" in e.name for e in record.entities)


def test_one_capitalised_label_is_no_transcript() -> None:
    record = run("UPDATE: The dams held overnight, the governor said.\nThe river fell by a metre.\n")
    assert all(q.source is None or q.source.text != "UPDATE" for q in record.quotes)

