"""The classes of participants the selectional constraints (``events/constraints.py``) read:
which kind of party or thing a token of an event's clause is.

Classes, all read from the parse, the entity labels and small word lists (no WordNet):

* ``agent``: a person, group, organisation or state: an entity mention or name, a
  personal pronoun, a group noun of the actor dictionary, an agent noun of the Phoenix
  agents dictionary ("police", "rebels", "minister"), a person role ("coach") or an
  organisation noun ("committee", "union");
* ``person``: an agent that is one or more people (PERSON/NORP entities, personal
  pronouns, person and role nouns, agent nouns), not an organisation or a state;
* ``place``: a GPE/LOC/FAC entity, a place noun ("village") or a site of force
  (``events_site_nouns.txt``: "camp", "convoy", "checkpoint");
* ``weapon``: a weapon or means of attack (``events_weapon_nouns.txt``) or one of the
  category's own event nouns ("the bombing killed ...");
* ``document``: a text that speaks for its authors ("the resolution calls for ...").

Only a common noun outside every allowed class is refused: a name, a pronoun ("it",
"they") or a word the parser misread always fits, so the rule refuses only what the
parse shows is of the wrong kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.actors.cameo import get_cameo_actors
from newsgraph.events.constants import ACTOR_LABELS, ARMED_SECTORS, PLACE_LABELS
from newsgraph.events.ontology import CLASSES, Ontology
from newsgraph.events.syntax import (
    actorish,
    agent_noun_form,
    agent_sectors,
    conflict_party,
    counted_people,
    one_of_a_party,
    prep_objects,
)
from newsgraph.events.vocabulary import lemma_of, words

#: Entity labels of a party that can run a vehicle or craft (a state, a people, a body).
PARTY_LABELS = frozenset({"NORP", "GPE", "ORG"})
#: Personal pronouns: people (or a group speaking as people), never a thing.
PERSONAL_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them"})
#: Words the tagger calls nouns that stand for people the text has named or implies
#: ("others called on the company", "many protested").
INDEFINITE_PEOPLE = frozenset({"others", "many", "several", "everyone", "everybody", "someone", "somebody"})


@dataclass(frozen=True)
class Classes:
    """The word lists the classes are read from, fetched once per pipeline."""

    weapons: frozenset[str]
    documents: frozenset[str]
    sports: frozenset[str]
    natural: frozenset[str]
    people: frozenset[str]
    #: organisation nouns ("committee", "union", "club")
    bodies: frozenset[str]
    places: frozenset[str]
    #: inanimate things ("rocket", "prices", "copies"): never a party
    things: frozenset[str]
    #: harm a party would do that a warning can announce ("consequences", "reprisals")
    threat_contents: frozenset[str]
    #: people protesting or on strike ("demonstrators", "strikers")
    protesters: frozenset[str]
    #: verbs saying their to-clause did not happen, refusing nothing ("failed to consider")
    failures: frozenset[str]
    #: abstract nouns no force is done to ("abused the trust", "abused his powers")
    abstract: frozenset[str]
    #: verbs of facing an opponent or an ordeal ("will face Chelsea", "faces a vote")
    facing: frozenset[str]
    #: nouns whose plural names a group of people ("residents", "families", "civilians")
    groups: frozenset[str]
    #: verbs of bringing people out of danger ("evacuate")
    evacuating: frozenset[str]
    #: modifiers saying that people bear arms ("armed")
    armed: frozenset[str]
    #: words of voting or ruling whose count is no match score ("voted 51-49")
    tallies: frozenset[str]
    #: courts of law, where a fight is a lawsuit ("fighting in court")
    courts: frozenset[str]
    #: causes campaigned for, where a fight is a campaign ("fought for equal pay")
    causes: frozenset[str]
    #: chambers of a legislature named with a modifier ("the lower house")
    chambers: frozenset[str]
    #: parts of a place or building ("entrance", "gates"), judged by their "of" whole
    parts: frozenset[str]


def participant_classes() -> Classes:
    current = resources.current()
    lists = current.lexicons

    def build() -> Classes:
        # nouns naming people by kind or role, and nouns whose plural names a group of
        # people ("families of the victims", "hostages")
        people = (
            lists.words("entities_person_nouns")
            | lists.words("entities_person_roles")
            | lists.words("entities_group_nouns")
        )
        bodies = frozenset(lists.table("entities_org_nouns"))
        return Classes(
            weapons=lists.words("events_weapon_nouns"),
            documents=lists.words("events_document_nouns"),
            sports=lists.words("events_sports_words"),
            natural=lists.words("events_natural_causes"),
            people=people,
            bodies=bodies,
            places=words().place_nouns
            | lists.words("events_site_nouns")
            | lists.words("entities_facility_heads"),
            things=lists.words("events_thing_nouns"),
            threat_contents=lists.words("events_threat_content_nouns"),
            protesters=lists.words("events_protester_nouns"),
            failures=lists.words("events_failure_verbs"),
            abstract=lists.words("events_abstract_objects"),
            facing=lists.words("events_facing_verbs"),
            groups=lists.words("entities_group_nouns"),
            evacuating=lists.words("events_evacuating_verbs"),
            armed=lists.words("events_armed_modifiers"),
            tallies=lists.words("events_tally_words"),
            courts=lists.words("events_court_nouns"),
            causes=lists.words("events_cause_nouns"),
            chambers=lists.words("events_chamber_nouns"),
            parts=lists.words("events_part_nouns"),
        )

    vocab = words()  # built before ``load``: the resources' lock is not re-entrant
    del vocab
    return current.load("events.classes", build)


class Sorter:
    """Which classes a participant token belongs to (answers cached per token)."""

    def __init__(self, onto: Ontology) -> None:
        self.lists = participant_classes()
        self.agents = get_cameo_actors()
        self.event_nouns = onto.nouns
        # Categories whose doer may be a weapon (acts of force): only there is the
        # category's own event noun a means ("the bombing killed"); "accepted the offer"
        # names the act agreed to, not a weapon.
        self.armed_categories = frozenset(
            key.split("/")[0] for key, rule in onto.constraints.items() if "weapon" in rule.actor
        )
        self.cache: dict[tuple[int, str], bool] = {}

    def fits(self, token: Token, allowed: frozenset[str], category: str, strict: bool) -> bool:
        """Whether ``token`` is of an allowed class, or of no class the parse can tell.

        ``strict`` (closed world): a common noun must be in an allowed class. Otherwise
        (open world) it is refused only when a word list puts it in a class the side does
        not allow: the lists cannot name every agent noun ("builders", "peacekeepers"),
        so silence is not a "no"; a thing, a place or a document is."""
        if token.pos_ != "NOUN" and not (token.ent_type_ and token.pos_ == "PROPN"):
            # A name, a pronoun ("it", "they": the referent decides, and we do not know
            # it), a word the parser misread as a verb: only a common noun is refused.
            return True
        if any(self._is(token, name, category) for name in allowed):
            return True
        if strict:
            return False
        return not any(self._is(token, name, category) for name in CLASSES - allowed)

    def an_act(self, token: Token, allowed: frozenset[str], category: str) -> bool:
        """Whether ``token`` is an event noun of the ontology ("talks", "ceasefire") and
        of no allowed class: a process, which breaks down or stalls but does no act. The
        category's own event noun as the means of force ("the bombing killed") and a
        document ("the agreement calls for") stay allowed."""
        if token.pos_ != "NOUN":
            return False
        if lemma_of(token) not in self.event_nouns and token.lower_ not in self.event_nouns:
            return False
        return not any(self._is(token, name, category) for name in allowed)

    def _is(self, token: Token, name: str, category: str) -> bool:
        key = (token.i, name)
        found = self.cache.get(key)
        if found is None:
            found = self._test(token, name, category)
            self.cache[key] = found
        return found

    def _test(self, token: Token, name: str, category: str) -> bool:
        lemma = lemma_of(token)
        if name == "agent":
            return (
                actorish(token)
                or self._agent_noun(token)
                or lemma in self.lists.people
                or lemma in self.lists.bodies
                or token.lower_ in PERSONAL_PRONOUNS
                or token.lower_ in INDEFINITE_PEOPLE
                or counted_people(token)
                or _operated_by_a_party(token)
                or conflict_party(token)
                or self._bearing_arms(token)
                or one_of_a_party(token)
            )
        if name == "person":
            if token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSONAL_PRONOUNS | INDEFINITE_PEOPLE:
                return True
            if counted_people(token):
                return True  # "dozens were shot": people counted without a noun
            if token.ent_type_ in ACTOR_LABELS:
                return False
            return lemma in self.lists.people or self._agent_noun(token)
        if name == "place":
            return token.ent_type_ in PLACE_LABELS or lemma in self.lists.places
        if name == "weapon":
            if lemma in self.lists.weapons or token.lower_ in self.lists.weapons:
                return True
            if self._armed(token):
                return True
            if category not in self.armed_categories:
                return False
            return any(e.category == category for e in self.event_nouns.get(lemma, ()))
        if name == "document":
            return lemma in self.lists.documents
        if name == "thing":
            return lemma in self.lists.things or token.lower_ in self.lists.things
        return False

    def _armed(self, token: Token) -> bool:
        """ "a car laden with explosives", "a truck packed with bombs", "an explosives-laden
        vest": a thing carrying a weapon is the weapon (a participle on it whose "with" object is one)."""
        weapons = self.lists.weapons
        for child in token.children:
            if child.dep_ == "amod" and any(lemma_of(g) in weapons for g in child.subtree if g.i != child.i):
                return True  # "an explosives-laden vest", "a bomb-rigged car"
            if child.dep_ in ("acl", "amod"):
                for _prep, pobj in prep_objects(child, ("with",)):
                    if lemma_of(pobj) in weapons or pobj.lower_ in weapons:
                        return True
            # "a van with explosives": the parser may hang the phrase on the noun
            if (
                child.dep_ == "prep"
                and child.lower_ == "with"
                and any(c.dep_ == "pobj" and lemma_of(c) in weapons for c in child.children)
            ):
                return True
        return False

    def _bearing_arms(self, token: Token) -> bool:
        """ "armed herders", "heavily armed men": people a modifier says bear arms
        (``events_armed_modifiers.txt``) are a party whatever noun names them."""
        armed = self.lists.armed
        return token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in armed for c in token.children)

    def _agent_noun(self, token: Token) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        if self.agents.agent(token.lower_) is not None or self.agents.agent(lemma_of(token)) is not None:
            return True
        modifier = token.doc[token.i - 1] if token.i > 0 else None
        if (
            modifier is not None
            and modifier.dep_ in ("compound", "amod")
            and modifier.head.i == token.i
            and (
                self.agents.agent(phrase := f"{modifier.lower_} {token.lower_}") is not None
                or phrase in self.lists.chambers
            )
        ):
            # "law enforcement", "riot police", "the upper house": the dictionary's agent
            # phrases (a chamber is no building)
            return True
        # a doer of any act but conflict ("builders", "visitors") is no agent by its form
        return agent_noun_form(lemma_of(token), words().conflict_verbs) or self._people_compound(token)

    def _people_compound(self, token: Token) -> bool:
        """ "schoolgirls", "schoolchildren", "tribesmen": a closed compound whose last part
        (three letters or more, after three or more) is an agent noun of the dictionary."""
        word = lemma_of(token)
        if token.pos_ != "NOUN" or not word.isalpha():
            return False
        return any(self.agents.agent(word[cut:]) is not None for cut in range(3, len(word) - 2))


def positively_of(token: Token, allowed: frozenset[str], category: str, onto: Ontology) -> bool:
    """Whether a word list or the parse puts ``token`` in one of the ``allowed`` classes
    (closed world): for a participant the arguments step adds only when it is sure, since
    a wrong one could refuse the act here."""
    sorter = Sorter(onto)
    return any(sorter._is(token, name, category) for name in allowed)


def _operated_by_a_party(token: Token) -> bool:
    """ "Iranian boats seized a tanker", "a Navy ship fired on ...", "army helicopters": a
    vehicle or craft named with the state or body that runs it stands for that party. A
    ship also by a name the tagger left unlabelled or an armed body of the CAMEO agents
    dictionary ("Dessan navy vessels"), which for other words would name an owner only
    ("a Clinton victory")."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if any(c.ent_type_ in PARTY_LABELS for c in mods):
        return True
    if lemma_of(token) not in words().vessels:
        return False  # "Police car smashed up by protesters" (a headline's passive)
    return any(
        (c.pos_ == "PROPN" and not c.ent_type_) or bool(agent_sectors(c) & ARMED_SECTORS) for c in mods
    )


__all__ = ["Classes", "Sorter", "participant_classes", "positively_of"]
