"""Stances from hand-built events, quotes and entities on parsed sentences we wrote.

The upstream records are set by hand so these tests check the stance logic
alone, whatever the entities, attribution and events stages currently return.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsgraph import stances
from newsgraph.pipeline import load_pipeline
from newsgraph.records import Entity, Event, Mention, Modality, Quote, Span, Stance
from newsgraph.resources import Resources, using
from newsgraph.stances.vocabulary import lexicon


def parse(text: str) -> Doc:
    nlp = load_pipeline(stages=("dateline",))
    return nlp(text)


def span(doc: Doc, text: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Span(start=start, end=start + len(text), text=text)


def entity(doc: Doc, id: str, name: str, type: str, *mentions: str) -> Entity:
    found: list[Mention] = []
    for text in mentions or (name,):
        start = 0
        while (start := doc.text.find(text, start)) >= 0:
            found.append(Mention(start=start, end=start + len(text), text=text))
            start += len(text)
    return Entity(id=id, name=name, type=type, mentions=found)


def event(
    doc: Doc,
    id: str,
    category: str,
    lemma: str,
    trigger: str,
    actors: list[str],
    targets: list[str],
    modality: Modality = "asserted",
) -> Event:
    trig = span(doc, trigger)
    return Event(
        id=id,
        category=category,
        lemma=lemma,
        trigger=trig,
        actors=actors,
        targets=targets,
        modality=modality,
        evidence=trig,
    )


def quote(doc: Doc, id: str, speaker: str, cue: str, *content: str) -> Quote:
    return Quote(
        id=id, kind="indirect", content=[span(doc, c) for c in content], cue=span(doc, cue), speaker=speaker
    )


def triples(found: list[Stance]) -> set[tuple[str, str, str]]:
    return {(s.holder, s.target, s.polarity) for s in found}


def test_hostile_event_gives_a_negative_stance() -> None:
    doc = parse("Mara Quin criticized Leo Hart on Monday.")
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "criticize", "criticized", ["e1"], ["e2"])]
    stances.annotate(doc)
    assert [(s.id, s.holder, s.target, s.polarity, s.evidence) for s in doc._.ng_stances] == [
        ("s1", "e1", "e2", "negative", ["v1"])
    ]


def test_meetings_and_negated_events_show_no_attitude() -> None:
    doc = parse("Mara Quin met Leo Hart. She did not attack him.")
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    doc._.ng_events = [
        event(doc, "v1", "CONSULT", "meet", "met", ["e1"], ["e2"]),
        event(doc, "v2", "ASSAULT", "attack", "attack", ["e1"], ["e2"], modality="negated"),
    ]
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_negated_support_is_a_negative_stance() -> None:
    doc = parse("Mara Quin gives zero support to Leo Hart.")
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    doc._.ng_events = [event(doc, "v1", "SUPPORT", "support", "support", ["e1"], ["e2"], modality="negated")]
    stances.annotate(doc)
    assert [(s.holder, s.target, s.polarity) for s in doc._.ng_stances] == [("e1", "e2", "negative")]


def test_event_lemma_in_the_lexicon_decides_over_a_neutral_category() -> None:
    doc = parse("The mayor defended the Harbor Board against its critics.")
    doc._.ng_entities = [entity(doc, "e1", "mayor", "PERSON"), entity(doc, "e2", "Harbor Board", "ORG")]
    doc._.ng_events = [event(doc, "v1", "OTHER", "defend", "defended", ["e1"], ["e2"])]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "positive")}


def test_praise_as_a_quote_cue_targets_its_object() -> None:
    doc = parse("Mara Quin praised Leo Hart for his work on the bridge, saying it was finished early.")
    doc._.ng_entities = [
        entity(doc, "e1", "Mara Quin", "PERSON"),
        entity(doc, "e2", "Leo Hart", "PERSON", "Leo Hart", "his"),
    ]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "praised", "Leo Hart for his work on the bridge")]
    stances.annotate(doc)
    assert [(s.holder, s.target, s.polarity, s.evidence) for s in doc._.ng_stances] == [
        ("e1", "e2", "positive", ["q1"])
    ]


def test_expressed_hope_is_about_the_subject_of_the_reported_clause() -> None:
    doc = parse("The Farmers League expressed hope that Governor Ana Pell would lower the water tax.")
    doc._.ng_entities = [
        entity(doc, "e1", "Farmers League", "ORG"),
        entity(doc, "e2", "Ana Pell", "PERSON", "Governor Ana Pell"),
    ]
    doc._.ng_quotes = [
        quote(doc, "q1", "e1", "expressed", "that Governor Ana Pell would lower the water tax")
    ]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "positive")}


def test_calling_a_group_a_criminal_gang_is_negative() -> None:
    doc = parse('Senator Ida Moss called the Red Hand a "criminal gang."')
    doc._.ng_entities = [
        entity(doc, "e1", "Ida Moss", "PERSON", "Senator Ida Moss"),
        entity(doc, "e2", "Red Hand", "ORG"),
    ]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "called", 'the Red Hand a "criminal gang."')]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_a_place_named_in_a_quote_is_not_a_target() -> None:
    doc = parse('"The shelling in Norland is brutal and dangerous," Ida Moss said.')
    doc._.ng_entities = [entity(doc, "e1", "Ida Moss", "PERSON"), entity(doc, "e2", "Norland", "GPE")]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "said", "The shelling in Norland is brutal and dangerous,")]
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_conduct_words_count_against_whoever_acts() -> None:
    doc = parse('"The council mishandled the flood relief," Ida Moss said.')
    doc._.ng_entities = [
        entity(doc, "e1", "Ida Moss", "PERSON"),
        entity(doc, "e2", "council", "ORG", "The council"),
    ]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "said", "The council mishandled the flood relief,")]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_same_holder_target_and_polarity_merge_into_one_record() -> None:
    doc = parse("Mara Quin criticized Leo Hart for the delay, calling him a reckless manager.")
    doc._.ng_entities = [
        entity(doc, "e1", "Mara Quin", "PERSON"),
        entity(doc, "e2", "Leo Hart", "PERSON", "Leo Hart", "him"),
    ]
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "criticize", "criticized", ["e1"], ["e2"])]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "calling", "him a reckless manager")]
    stances.annotate(doc)
    assert len(doc._.ng_stances) == 1
    only = doc._.ng_stances[0]
    assert (only.holder, only.target, only.polarity) == ("e1", "e2", "negative")
    assert set(only.evidence) == {"v1", "q1"}


def test_a_pattern_needs_an_event_or_quote_to_cite() -> None:
    doc = parse("Mara Quin condemned Leo Hart.")
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    stances.annotate(doc)
    assert doc._.ng_stances == []
    # An event on the same verb without participants: the parse supplies them, the event is the evidence.
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "condemn", "condemned", [], [])]
    stances.annotate(doc)
    assert [(s.holder, s.target, s.polarity, s.evidence) for s in doc._.ng_stances] == [
        ("e1", "e2", "negative", ["v1"])
    ]


def test_shared_subject_of_a_participle_clause_holds_the_stance() -> None:
    doc = parse("Leo Hart defended the plan, while criticizing the Port Authority for its delays.")
    doc._.ng_entities = [
        entity(doc, "e1", "Leo Hart", "PERSON"),
        entity(doc, "e2", "Port Authority", "ORG", "the Port Authority"),
    ]
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "criticize", "criticizing", [], [])]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


@pytest.mark.parametrize("text", ["", "   ", "\u201cunbalanced quote", "No entities here at all."])
def test_odd_input_gives_no_stances_and_no_error(text: str) -> None:
    doc = parse(text)
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_unparsed_doc_still_uses_events() -> None:
    nlp = load_pipeline(stages=("dateline",))
    doc = nlp.make_doc("Mara Quin criticized Leo Hart.")
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "criticize", "criticized", ["e1"], ["e2"])]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_lexicon_loads_both_polarities() -> None:
    words = lexicon()
    assert words.verbs["criticize"] == -1
    assert words.verbs["praise"] == 1
    assert words.words["terrorist"] == -1
    assert "refuse" in words.cancelling


def _criticism(doc: Doc) -> None:
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    doc._.ng_events = [event(doc, "v1", "OTHER", "snub", "snubbed", ["e1"], ["e2"])]


def test_a_lexicon_overlay_adds_a_stance_verb(tmp_path: Path) -> None:
    doc = parse("Mara Quin snubbed Leo Hart.")
    _criticism(doc)
    stances.annotate(doc)
    assert doc._.ng_stances == []  # "snub" is not a shipped stance verb
    overlay = tmp_path / "snub.yaml"
    overlay.write_text("stance_words:\n  add: {snub: '- verb'}\n", encoding="utf-8")
    with using(Resources(lexicon_overlay=str(overlay))):
        stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_a_lexicon_overlay_removes_a_cancelling_verb(tmp_path: Path) -> None:
    text = 'Ida Moss said, "We must stop attacking the Harbor Board."'
    overlay = tmp_path / "no-stop.yaml"
    overlay.write_text("stance_cancelling_verbs:\n  remove: [stop]\n", encoding="utf-8")
    doc = parse(text)
    doc._.ng_entities = [entity(doc, "e1", "Ida Moss", "PERSON"), entity(doc, "e2", "Harbor Board", "ORG")]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "said", "We must stop attacking the Harbor Board.")]
    with using(Resources(lexicon_overlay=str(overlay))):
        stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_asking_someone_to_stop_attacking_is_not_an_attack() -> None:
    doc = parse('Ida Moss said, "We must stop attacking the Harbor Board."')
    doc._.ng_entities = [entity(doc, "e1", "Ida Moss", "PERSON"), entity(doc, "e2", "Harbor Board", "ORG")]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "said", "We must stop attacking the Harbor Board.")]
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_the_speakers_own_attitude_verb_in_a_quote() -> None:
    doc = parse('"We strongly condemn the Red Hand," Ida Moss said.')
    doc._.ng_entities = [
        entity(doc, "e1", "Ida Moss", "PERSON"),
        entity(doc, "e2", "Red Hand", "ORG", "the Red Hand"),
    ]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "said", "We strongly condemn the Red Hand,")]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_a_condition_is_not_an_opinion() -> None:
    doc = parse(
        '"Leo Hart could back the plan, but only if he is convinced it is a good deal," Ida Moss said.'
    )
    doc._.ng_entities = [
        entity(doc, "e1", "Ida Moss", "PERSON"),
        entity(doc, "e2", "Leo Hart", "PERSON", "Leo Hart", "he"),
    ]
    doc._.ng_quotes = [
        quote(
            doc,
            "q1",
            "e1",
            "said",
            "Leo Hart could back the plan, but only if he is convinced it is a good deal,",
        )
    ]
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_an_event_place_is_not_a_target() -> None:
    doc = parse("Sergeant Tom Reyes fought in Norland for two years.")
    doc._.ng_entities = [
        entity(doc, "e1", "Tom Reyes", "PERSON", "Sergeant Tom Reyes"),
        entity(doc, "e2", "Norland", "GPE"),
    ]
    doc._.ng_events = [
        Event(
            id="v1",
            category="ASSAULT",
            lemma="fight",
            trigger=span(doc, "fought"),
            actors=["e1"],
            targets=["e2"],
            evidence=span(doc, "Sergeant Tom Reyes fought in Norland for two years."),
        )
    ]
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_the_owner_of_an_attitude_holds_it() -> None:
    doc = parse("Mara Quin criticized Leo Hart for his support of the dam project.")
    doc._.ng_entities = [
        entity(doc, "e1", "Mara Quin", "PERSON"),
        entity(doc, "e2", "Leo Hart", "PERSON", "Leo Hart", "his"),
    ]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "criticized", "Leo Hart for his support of the dam project")]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_records_with_offsets_outside_the_text_are_ignored() -> None:
    doc = parse("Mara Quin praised Leo Hart.")
    doc._.ng_entities = [entity(doc, "e1", "Mara Quin", "PERSON"), entity(doc, "e2", "Leo Hart", "PERSON")]
    far = Span(start=500, end=520, text="x")
    doc._.ng_quotes = [Quote(id="q1", kind="indirect", content=[far], cue=far, speaker="e1")]
    stances.annotate(doc)
    assert doc._.ng_stances == []


def test_criticism_from_someone_is_their_stance() -> None:
    doc = parse("Mayor Ana Pell faced sharp criticism from the Harbor Board over the delays.")
    doc._.ng_entities = [
        entity(doc, "e1", "Ana Pell", "PERSON", "Mayor Ana Pell"),
        entity(doc, "e2", "Harbor Board", "ORG", "the Harbor Board"),
    ]
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "criticism", "criticism", [], [])]
    stances.annotate(doc)
    assert [(s.holder, s.target, s.polarity, s.evidence) for s in doc._.ng_stances] == [
        ("e2", "e1", "negative", ["v1"])
    ]


def test_lashing_out_at_someone_targets_them() -> None:
    doc = parse("Leo Hart protested against the Harbor Board on Monday.")
    doc._.ng_entities = [
        entity(doc, "e1", "Leo Hart", "PERSON"),
        entity(doc, "e2", "Harbor Board", "ORG", "the Harbor Board"),
    ]
    doc._.ng_events = [event(doc, "v1", "PROTEST", "protest", "protested", [], [])]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_an_event_on_the_attitude_verb_decides_who_holds_the_stance() -> None:
    # The parse joins "accused" to "waited", whose subject is the council; the events
    # stage gives the act to the speaker.
    doc = parse("Tomas Brell said the council had waited long and accused the Fisheries Ministry of lies.")
    doc._.ng_entities = [
        entity(doc, "e1", "Tomas Brell", "PERSON"),
        entity(doc, "e2", "council", "ORG"),
        entity(doc, "e3", "Fisheries Ministry", "ORG"),
    ]
    doc._.ng_events = [event(doc, "v1", "ACCUSE", "accuse", "accused", ["e1"], ["e3"])]
    doc._.ng_quotes = [quote(doc, "q1", "e1", "said", "the council had waited long")]
    stances.annotate(doc)
    holders = {s.holder for s in doc._.ng_stances if s.target == "e3"}
    assert holders == {"e1"}


def test_a_group_holds_a_stance_but_is_not_its_target() -> None:
    # A GROUP entity (a group named only by a plural noun, entities step 5b) may hold a
    # stance; as a target it is left out (such groups are often generic: "people").
    doc = parse("Rebels shelled the convoy of Lena Ortiz on Monday. Ortiz shelled residents.")
    doc._.ng_entities = [
        entity(doc, "e1", "Rebels", "GROUP"),
        entity(doc, "e2", "Lena Ortiz", "PERSON", "Lena Ortiz", "Ortiz shelled"),
        entity(doc, "e3", "residents", "GROUP"),
    ]
    doc._.ng_events = [
        event(doc, "v1", "ASSAULT", "shell", "shelled", ["e1"], ["e2"]),
        event(doc, "v2", "ASSAULT", "shell", "shelled residents", ["e2"], ["e3"]),
    ]
    stances.annotate(doc)
    assert triples(doc._.ng_stances) == {("e1", "e2", "negative")}


def test_a_town_struck_is_no_stance_but_a_country_struck_is() -> None:
    doc = parse("Norland struck the port of Bexa and then attacked Sudland.")
    bexa = entity(doc, "e2", "Bexa", "GPE")
    sudland = entity(doc, "e3", "Sudland", "GPE").model_copy(update={"country": "SUD"})
    doc._.ng_entities = [
        entity(doc, "e1", "Norland", "GPE").model_copy(update={"country": "NOR"}),
        bexa,
        sudland,
    ]
    doc._.ng_events = [
        event(doc, "v1", "ASSAULT", "strike", "struck", ["e1"], ["e2"]),
        event(doc, "v2", "ASSAULT", "attack", "attacked", ["e1"], ["e3"]),
    ]
    stances.annotate(doc)
    # a town is where force landed, not an actor opposed; a country is both
    assert triples(doc._.ng_stances) == {("e1", "e3", "negative")}
