"""Issue 12, sixth round: actors by construction on unseen sentences. Commands ("X ordered
Y to V"), adjectival predicates of stance ("X is committed to V"), relative and personal
pronouns, and adjunct event nouns against the finite clause. Sentences written for
these tests, run through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.evaluation.plover import main_event
from newsgraph.events import event_details
from newsgraph.events.ontology import OTHER
from newsgraph.records import Event
from tests.events.support import run_pipeline as run


def of_category(doc: Doc, category: str) -> list[Event]:
    return [e for e in doc._.ng_events if e.category == category]


def phrases(doc: Doc, event: Event, side: str = "actor") -> list[str]:
    detail = event_details(doc)[event.id]
    spans = detail.actor_spans if side == "actor" else detail.target_spans
    return [doc.text[s:e] for s, e in spans]


# ---------------------------------------------------------------- commands


@pytest.mark.parametrize(
    ("text", "category", "actor", "target"),
    [
        ("The government ordered the rebels to withdraw.", "REQUEST", "The government", "the rebels"),
        ("The court forced the company to pay the villagers.", "COERCE", "The court", "the company"),
        ("The governor instructed the police to clear the square.", "REQUEST", "The governor", "the police"),
        ("The ministry compelled two banks to freeze the accounts.", "COERCE", "The ministry", "two banks"),
    ],
)
def test_a_command_is_the_commanders_act_on_the_commanded(
    text: str, category: str, actor: str, target: str
) -> None:
    doc = run(text)
    event, _actors, _targets = main_event(doc)
    assert event is not None and event.category == category
    assert phrases(doc, event) == [actor]
    assert target in phrases(doc, event, "target")


def test_the_commanded_act_stays_the_commanded_partys_and_is_not_asserted() -> None:
    doc = run("The junta ordered the rebels to withdraw from the border.")
    (retreat,) = of_category(doc, "RETREAT")
    assert phrases(doc, retreat) == ["the rebels"]
    assert retreat.modality != "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The police ordered a review of the case.",  # a light verb carrying its noun
        "Heavy rain forced the organisers to cancel the festival.",  # no agent commands
        "The firefighters forced entry into the flat.",  # no to-clause
    ],
)
def test_no_command_without_a_party_an_object_and_a_to_clause(text: str) -> None:
    doc = run(text)
    assert not [e for e in doc._.ng_events if e.lemma in ("order", "force") and e.category != OTHER]


# ---------------------------------------------------------------- adjectival predicates of stance


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The government is committed to cutting taxes.", "The government"),
        ("Officials said Corland is committed to opening its market but will not be rushed.", "Corland"),
    ],
)
def test_a_participle_of_stance_has_its_subject_as_actor(text: str, actor: str) -> None:
    doc = run(text)
    (agree,) = of_category(doc, "AGREE")
    assert phrases(doc, agree) == [actor]
    assert actor not in phrases(doc, agree, "target")


def test_a_stance_participle_with_a_by_agent_stays_passive() -> None:
    from newsgraph.events.syntax import subject_of

    doc = run("The reserve battalions were committed to the offensive by the general staff.")
    verb = next(t for t in doc if t.text == "committed")
    assert subject_of(verb)[1] is True


# ---------------------------------------------------------------- verbs that carry an act noun


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Police in Varnia said they had opened an inquiry.", "ACCUSE", "Police in Varnia"),
        ("The army has tightened its blockade of the port.", "COERCE", "The army"),
        ("The rebels have waged an attack on the garrison since dawn.", "ASSAULT", "The rebels"),
    ],
)
def test_a_verb_that_opens_or_performs_an_act_noun_lends_it_its_subject(
    text: str, category: str, actor: str
) -> None:
    doc = run(text)
    found = [e for e in doc._.ng_events if e.category == category]
    assert found, doc._.ng_events
    assert phrases(doc, found[0]) == [actor]


# ---------------------------------------------------------------- participle modifiers


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("One weeping woman at the station spoke to reporters.", "weeping", {"woman"}),
        ("The protesting farmers blocked the road to the port.", "protesting", {"farmers"}),
        ("The rebels had a fighting chance.", "fighting", set()),  # the noun is nobody
    ],
)
def test_a_present_participle_modifier_is_done_by_the_people_it_describes(
    text: str, verb: str, actor: set[str]
) -> None:
    from newsgraph.events.arguments import verb_actors
    from newsgraph.events.ontology import get_ontology

    doc = run(text)
    token = next(t for t in doc if t.text == verb)
    assert {t.text for t in verb_actors(token, get_ontology())} == actor


def test_the_noun_a_light_verb_carries_is_its_subjects_plan() -> None:
    from newsgraph.events.arguments import verb_actors
    from newsgraph.events.ontology import get_ontology

    doc = run("The council announced plans to cut the harbour fees.")
    token = next(t for t in doc if t.text == "cut")
    assert {t.text for t in verb_actors(token, get_ontology())} == {"council"}


# ---------------------------------------------------------------- first person in a quote


def test_a_first_person_actor_in_a_quote_is_linked_to_the_quotes_speaker() -> None:
    doc = run('"I have asked Varnia to withdraw its troops," President Karlo Vesna said.')
    (quote,) = doc._.ng_quotes
    (request,) = of_category(doc, "REQUEST")
    assert phrases(doc, request) == ["I"]  # the phrase stays the pronoun
    assert quote.speaker is not None and request.actors == [quote.speaker]


def test_a_first_person_actor_outside_a_quote_stays_unlinked() -> None:
    doc = run("I asked Varnia to withdraw its troops.")
    (request,) = of_category(doc, "REQUEST")
    assert request.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister was forced to step down in July.",  # no commander named
        "Rising costs forced the company to raise its prices.",  # a thing, no party
    ],
)
def test_no_command_without_a_commanding_party(text: str) -> None:
    assert not of_category(run(text), "COERCE")
