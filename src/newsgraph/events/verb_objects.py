"""What a verb that counts only with certain participants needs to name an act.

Some verbs of the ontology are acts only with people or a body as their object
(``person_object``: "released the hostages", not "released a report"), or with parties
meeting one another (``reciprocal``: "the two leaders met", not "two hundred farmers
met"). The exceptions are read here: an act noun hosted ("hosted talks"), a force moving
itself ("troops massed along the border") or moving weapons ("stationed missiles").
``candidates`` asks these questions when it finds a trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.constants import ARMED_SECTORS
from newsgraph.events.control import controller
from newsgraph.events.ontology import Entry, Ontology
from newsgraph.events.syntax import actorish, agent_sectors, bare_count, counted_head, party_noun, subject_of
from newsgraph.events.vocabulary import lemma_of, words


def has_person_object(verb: Token, onto: Ontology) -> bool:
    """ "released the prisoners" / "asked the minister to ..." but not "released her tax
    returns" / "asked whether ...": the object names people or a body (a name, a group
    noun, or a noun naming people by kind: "sentenced a scholar")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            # "released two of the hostages": a number counts the people of its "of" phrase
            heads = [counted_head(c, onto.quantity_nouns) for c in (child, *child.conjuncts)]
            # "killed five at a wedding": a bare count is people (``syntax.bare_count``)
            return any(actorish(c) or party_noun(c) or bare_count(c) for c in heads)
    return False


def hosts_an_act(verb: Token, entry: Entry, onto: Ontology) -> bool:
    """ "Egypt hosted talks between ...", "hosted a summit": a verb that counts only with
    people as its object also counts with an event noun of its own category as object
    (the act it hosts or holds), not with a thing ("hosted a dinner")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    entries = onto.nouns.get(lemma_of(obj), ()) or onto.nouns.get(obj.lower_, ())
    return any(e.category == entry.category and not e.words for e in entries)


def force_moving_itself(verb: Token, entry: Entry, onto: Ontology) -> bool:
    """ "Orlenian troops massed along the border", "thousands of police deployed in the
    capital": a verb of moving a force used with no object has the force as its subject,
    which must be an armed body (CAMEO agent sectors); "crowds massed" is no mobilization."""
    if entry.category != "MOBILIZE" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subj, passive = subject_of(verb)
    forces = [counted_head(t, onto.quantity_nouns) for t in subj]
    return not passive and any(agent_sectors(t) & ARMED_SECTORS for t in forces)


def weapons_moved(verb: Token, entry: Entry, onto: Ontology) -> bool:
    """ "stationed missiles near the border", "deployed warships": a verb of moving a force
    counts with weapons as its object too (``events_weapon_nouns.txt``)."""
    if entry.category != "MOBILIZE":
        return False
    weapons = words().weapons
    return any(
        c.dep_ in ("dobj", "nsubjpass") and lemma_of(counted_head(c, onto.quantity_nouns)) in weapons
        for c in verb.children
    )


def meets_reciprocally(verb: Token) -> bool:
    """ "Valmoria and Corland agreed to meet", "met with the envoy": a reciprocal verb with
    coordinated parties (its own subject or its controller's) or a "with" party."""
    subj, passive = subject_of(verb)
    if passive:
        return False  # "was met with scepticism", "were met with chants": a reception
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    parties = subj or controller(verb)
    if len(parties) == 1 and parties[0].tag_ == "NNS" and office_holders(parties[0]):
        return True  # "the foreign ministers met", "lawmakers met behind closed doors"
    if len(parties) == 1 and parties[0].tag_ == "NNS" and counted_parties(parties[0]):
        return True  # "the two leaders were set to meet", "both sides will meet"
    if len(parties) == 1 and parties[0].tag_ == "NNS" and sides_named(parties[0]):
        return True  # "rebel and government negotiators convened", "envoys from both sides"
    return len(parties) > 1


def sides_named(noun: Token) -> bool:
    """A plural noun whose modifiers or "from"/"of" phrase name two or more sides ("rebel
    and government negotiators", "Kessan and Dessan officials", "negotiators from both
    sides", "envoys of the two countries"): the people of different parties meet."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(any(g.dep_ == "conj" for g in c.children) for c in modifiers):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for sides in (g for g in prep.children if g.dep_ == "pobj"):
            if any(g.dep_ == "conj" for g in sides.children) or counted_parties(sides):
                return True
    return False


def counted_parties(noun: Token) -> bool:
    """A plural noun counted as two or more ("the two leaders", "both sides", "the three
    presidents"): parties who meet one another, not a number of people gathering."""
    return any(
        (c.dep_ == "nummod" and c.lower_ in FEW_PARTIES and not list(c.children))
        or (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
        for c in noun.children
    )


#: Counts of parties that meet one another ("two hundred farmers met" is a gathering).
FEW_PARTIES = frozenset({"two", "three", "four", "2", "3", "4"})


#: CAMEO sectors of people who meet for a state, a legislature, a court, an armed group
#: or an international body: "ministers met" is a consultation, "protesters met" or
#: "scientists met" is a gathering.
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "REB", "IGO"})


def office_holders(noun: Token) -> bool:
    """A plural noun naming holders of office (its CAMEO agent's sector, read with the
    modifier right before it: "foreign ministers")."""
    return bool(agent_sectors(noun) & OFFICE_SECTORS)
