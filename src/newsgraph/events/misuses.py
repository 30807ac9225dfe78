"""Readings of running news text that name no PLOVER act although the verb is a trigger,
told by what the verb is done to or who moves (called from the selectional constraints,
``constraints._refusal``; issue 12, session 14):

* an abstract patient (``events_abstract_objects.txt``): "had abused the trust of the
  state", "abused his powers" is a misuse of a position, no force against a party;
* civilians evacuated (``events_evacuating_verbs.txt``): "thousands evacuated",
  "residents were evacuated from the coast" is people brought out of danger, no party
  pulling back its forces ("the army evacuated its positions", "troops were evacuated"
  stay RETREAT, and so does "withdraw": "the embassy withdrew its staff");
* an event noun that only classifies a thing (called from ``senses._no_act``): "the
  payments were 'neither gifts nor loans'", "the money was a loan".
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.events.constants import ACTOR_LABELS, ARMED_SECTORS
from newsgraph.events.syntax import actorish, counted_head, party_noun, subject_of
from newsgraph.events.vocabulary import lemma_of
from newsgraph.numbers import words_to_number

#: Dependencies of a verb's patient: its direct object, or the subject of its passive.
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})


def abstract_patient(verb: Token, abstract: frozenset[str]) -> bool:
    """Whether what the verb is done to is an abstract noun ("abused the trust of the
    state", "his powers were abused"): a misuse, not force against a party or a place."""
    return any(c.dep_ in PATIENT_DEPS and lemma_of(c) in abstract for c in verb.children)


def civilians_leave(verb: Token, groups: frozenset[str], quantity: frozenset[str]) -> bool:
    """Whether those an evacuating verb moves are civilians: its people object or passive
    subject ("evacuated 3,000 residents", "thousands were evacuated"), else its subject
    ("residents evacuated their homes"), or the noun a headline's participle hangs on
    ("Thousands evacuated as river bursts banks"). Civilians are people named by a group
    noun ("residents", "families", ``entities_group_nouns``) or a bare number of them;
    a force, a role ("its ambassador") or a name is a party withdrawing."""
    patients = [c for c in verb.children if c.dep_ in PATIENT_DEPS]
    people = [t for t in patients if _civilian(t, groups, quantity)]
    if people:
        return len(people) == len(patients)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False  # "troops were evacuated": a force moved
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not patients:
        movers = [verb.head]
    else:
        movers = subject_of(verb)[0]
    return bool(movers) and all(_civilian(t, groups, quantity) for t in movers)


def _civilian(token: Token, groups: frozenset[str], quantity: frozenset[str]) -> bool:
    head = counted_head(token, quantity)
    if head.ent_type_ in ACTOR_LABELS:
        return False
    if lemma_of(head) in groups or head.lower_ in groups:
        agents = get_cameo_actors()
        agent = agents.agent(head.lower_) or agents.agent(lemma_of(head))
        # "troops", "soldiers" name a group of people too, but an armed one
        return agent is None or not ARMED_SECTORS.intersection(split_code("XXX" + agent.code)[1])
    # a bare count of people: "thousands", "3,000" (not "a unit", "a contingent")
    return head.like_num or words_to_number(lemma_of(head)) is not None


def classifying_predicate(noun: Token, event_nouns: Collection[str]) -> bool:
    """Whether an event noun only classifies a thing: the predicate of "be" whose subject
    is a common noun that is neither a party nor an act ("the payments were gifts", "the
    money was a loan to the company": what the money was, not a giving), or one of a
    "neither ... nor" pair ("neither gifts nor loans" denies both readings)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        return True
    copula = first.head
    if first.dep_ != "attr" or lemma_of(copula) != "be" or any(c.dep_ == "expl" for c in copula.children):
        return False  # "there have been protests" tells that they took place
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN"
        and not s.ent_type_
        and not actorish(s)
        and not party_noun(s)
        and lemma_of(s) not in event_nouns
        and s.lower_ not in event_nouns
        for s in subjects
    )
