"""The parse repairs every stage reads: sentences written for these tests."""

from __future__ import annotations

from newsgraph.model import load_parser
from newsgraph.syntax_repairs import repair
from tests.conftest import run

TEXT = "Talks ended. Georgia, which hosted the talks, called on both sides to return soon. Moscow warned."


def test_the_verb_after_a_relative_clause_becomes_the_predicate() -> None:
    doc = load_parser()(TEXT)
    before = [s.text for s in doc.sents]
    repair(doc)
    called = next(t for t in doc if t.text == "called")
    georgia = next(t for t in doc if t.text == "Georgia")
    assert called.dep_ == "ROOT" and called.tag_ == "VBD"
    assert georgia.head == called and georgia.dep_ == "nsubj"
    assert [s.text for s in doc.sents] == before
    # the subject's phrase ends at the comma closing its relative clause
    assert doc[georgia.left_edge.i : georgia.right_edge.i + 1].text == "Georgia, which hosted the talks,"


def test_the_repaired_subject_is_the_speaker_and_the_actor() -> None:
    record = run(TEXT)
    georgia = next(e.id for e in record.entities if e.name == "Georgia")
    quote = next(q for q in record.quotes if q.cue is not None and q.cue.text == "called")
    assert quote.speaker == georgia
    assert any(georgia in event.actors for event in record.events if event.lemma.startswith("call"))


def test_a_participle_phrase_without_a_relative_clause_is_left_alone() -> None:
    doc = load_parser()("The talks, held in Tbilisi last week, ended without a deal.")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_the_verb_after_an_apposition_becomes_the_predicate() -> None:
    doc = load_parser()("The regional envoy, Mara Quint, called on the two clans to lay down their arms.")
    repair(doc)
    called = next(t for t in doc if t.text == "called")
    envoy = next(t for t in doc if t.text == "envoy")
    assert called.dep_ == "ROOT" and envoy.head == called and envoy.dep_ == "nsubj"


def test_a_finite_verb_is_not_coordinated_into_an_infinitive() -> None:
    text = (
        "The regional envoy, Mara Quint, called on the two clans to lay down their arms and "
        "offered to host talks in Ostrava next month."
    )
    doc = load_parser()(text)
    repair(doc)
    offered = next(t for t in doc if t.text == "offered")
    assert offered.head.text == "called" and offered.dep_ == "conj"
    record = run(text)
    quint = next(e.id for e in record.entities if e.name == "Mara Quint")
    offer = next(e for e in record.events if e.trigger.text == "offered")
    assert offer.actors == [quint]


def test_an_infinitive_with_its_own_coordinated_infinitive_is_left_alone() -> None:
    doc = load_parser()("The council asked residents to stay indoors and keep their windows shut.")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_a_given_name_read_as_a_preposition_is_part_of_the_name() -> None:
    text = (
        "Norvaly's opposition won the election on Sunday.\n\n"
        "Prime Minister Per Aasen conceded defeat in a brief statement and congratulated Mette Holm."
    )
    doc = load_parser()(text)
    repair(doc)
    aasen = next(t for t in doc if t.text == "Aasen")
    assert aasen.dep_ == "nsubj" and aasen.head.text == "conceded"
    assert {t.text for t in aasen.children if t.dep_ == "compound"} >= {"Per", "Minister"}
    record = run(text)
    person = next(e.id for e in record.entities if e.name == "Per Aasen")
    conceding = [e for e in record.events if e.trigger.text == "conceded"]
    assert conceding and all(e.actors == [person] for e in conceding)
