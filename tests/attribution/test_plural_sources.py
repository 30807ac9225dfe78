"""A plural source ("they", "officials", "the two companies") is never credited to one
named person: sentences written for these tests."""

from __future__ import annotations

from newsgraph.attribution.resolve import SpeakerResolver
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Entity, Record
from tests.conftest import run


def _speaker(record: Record, words: str) -> Entity | None:
    quote = next(q for q in record.quotes if any(words in c.text for c in q.content))
    return next((e for e in record.entities if e.id == quote.speaker), None)


def test_unlinked_they_gets_no_person_by_proximity() -> None:
    # No group for "they" is named: the quote keeps its source and no speaker.
    record = run("Mayor Dana Price praised the plan on Monday. They said it was long overdue.")
    speaker = _speaker(record, "long overdue")
    assert speaker is None or speaker.type != "PERSON"


def test_their_statement_is_not_the_nearest_person() -> None:
    record = run(
        "Coach Ivan Petrov left the club in March. In their statement, they said the "
        "season had been hard."
    )
    speaker = _speaker(record, "season had been hard")
    assert speaker is None or speaker.type != "PERSON"


def test_plural_role_noun_is_not_the_one_holder_of_that_role() -> None:
    record = run(
        "Ana Ruiz, an adviser to the governor, left in May. "
        "Advisers said on Friday that the budget would pass."
    )
    speaker = _speaker(record, "budget would pass")
    assert speaker is None or "Ruiz" not in speaker.name


def test_fallback_anchor_of_they_is_a_group_never_a_person() -> None:
    # Without the entities stage the resolver's own fallback picks an antecedent: for
    # "they" only an organisation, people or country, however near a person is.
    nlp = load_pipeline(None, ("dateline",))
    text = "Governor Lena Ortiz met the Northern Fisheries Union on Monday. They said the talks failed."
    doc = nlp(make_doc(nlp, Document(id="t", text=text)))
    resolver = SpeakerResolver(doc)
    they = next(t for t in doc if t.text == "They")
    anchor = resolver.anchor(they)
    assert anchor is None or "Ortiz" not in text[anchor[0] : anchor[1]]
    assert anchor is None or "Union" in text[anchor[0] : anchor[1]]


def test_i_in_the_narration_is_the_writer_not_the_last_person_named() -> None:
    # An op-ed's "I" outside any quotation is whoever wrote it: no speaker by proximity.
    record = run(
        "My uncle never liked Mayor Dana Price. As a child in Harwick, I knew this was wrong.\n\n"
        "I believe the town deserves better."
    )
    assert _speaker(record, "this was wrong") is None
    assert _speaker(record, "the town deserves better") is None


def test_i_inside_a_quotation_still_finds_its_speaker() -> None:
    record = run('Sue Patel, who lives nearby, said: "I heard a noise and I thought it was a car."')
    quotes = [q for q in record.quotes if q.speaker is not None]
    assert quotes and all(q.speaker == quotes[0].speaker for q in quotes)
