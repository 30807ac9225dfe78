"""Senses an act word takes from what it is of or for (session 19b): a market's demand
for goods is no request, a release of records no freeing of captives, and a thing held
hostage no abduction. Called from ``events.senses``."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.events.candidates import Candidate
from newsgraph.events.ontology import Ontology
from newsgraph.events.participant_classes import positively_of
from newsgraph.events.syntax import conjuncts, counted_head, prep_objects
from newsgraph.events.vocabulary import lemma_of

#: The nouns of a request that also name a market's appetite.
DEMAND_NOUNS = frozenset({"demand", "demands"})
#: Dependents that modify a noun from before it.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Who can be held hostage: people (not a budget, an economy or a city).
CAPTIVES = frozenset({"person"})
#: Personal pronouns that may name people held.
PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "they", "he", "she", "we", "i", "you"})


class _Lists(NamedTuple):
    """The word lists the senses here read (each from ``data/lexicon``)."""

    market_modifiers: frozenset[str]
    goods: frozenset[str]
    published: frozenset[str]
    level_verbs: frozenset[str]
    cause_verbs: frozenset[str]


def _lists() -> _Lists:
    current = resources.current()
    lexicons = current.lexicons

    def build() -> _Lists:
        things = lexicons.words("events_thing_nouns")
        documents = lexicons.words("events_document_nouns")
        return _Lists(
            market_modifiers=lexicons.words("events_market_modifiers"),
            goods=lexicons.words("events_goods_nouns") | things,
            published=lexicons.words("events_published_things") | things | documents,
            level_verbs=lexicons.words("events_level_verbs"),
            cause_verbs=lexicons.words("events_cause_verbs"),
        )

    return current.load("events.object_senses", build)


def _of_kind(token: Token, kinds: Collection[str]) -> bool:
    return lemma_of(token) in kinds or token.lower_ in kinds


def market_demand(cand: Candidate, onto: Ontology) -> bool:
    """ "blamed weaker than expected demand for electric vehicles", "strong demand for
    summer flights", "global demand for steel", "oil demand": a market's appetite for
    goods or services (``events_goods_nouns.txt``, the things of
    ``events_thing_nouns.txt``), or a demand a market word modifies
    (``events_market_modifiers.txt``) asking for no act, is no request. A demand someone
    owns ("the union's demand for a pay rise", "their demands for a ceasefire") or one for
    an act of the ontology stays a request. An unowned singular "demand" whose level goes
    up or down (``events_level_verbs.txt``: "as demand from Dessa slows", "demand fell")
    is a market's too; "demands for a ceasefire grew" are still demands made. So is a bare
    singular "demand", with no article, adjective or "for" phrase ("hired ahead of
    demand"): a demand someone makes is "a demand", "the demand", "their demand"."""
    token = cand.token
    if not cand.nominal or cand.entry.category != "REQUEST" or token.lower_ not in DEMAND_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in token.children):
        return False
    lists = _lists()
    modifiers, goods = lists.market_modifiers, lists.goods
    wanted = [counted_head(t, onto.quantity_nouns) for _p, t in prep_objects(token, ("for",))]
    if any(_of_kind(t, onto.nouns) for t in wanted):
        return False  # "rising demands for a ceasefire"
    if any(_of_kind(t, goods) for t in wanted):
        return True
    if token.lower_ == "demand" and token.dep_ == "nsubj" and lemma_of(token.head) in lists.level_verbs:
        return True  # "as demand from Dessa slows": a market's level (demands made are plural)
    if token.lower_ == "demand" and not wanted and not any(c.dep_ in ("det", "amod") for c in token.children):
        return True  # "hired ahead of demand", "to keep up with demand": a demand made has an article
    mods = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    return any(c.lower_ in modifiers or (c.dep_ == "compound" and _of_kind(c, goods)) for c in mods)


def publication(cand: Candidate) -> bool:
    """ "blocks release of former minister's phone records", "delayed the release of the
    inflation data", "the film's release": what is released is published
    (``events_published_things.txt``, documents and things), no captive set free."""
    token = cand.token
    if not cand.nominal or cand.entry.mode != "release" or lemma_of(token) != "release":
        return False
    published = _lists().published
    released = [t for _p, t in prep_objects(token, ("of",))]
    if not released:  # "the film's release"
        released = [c for c in token.children if c.dep_ in ("poss", "compound")]
    return bool(released) and all(_of_kind(t, published) for t in released)


def figurative_hostage(cand: Candidate, onto: Ontology) -> bool:
    """ "accused the union of holding the economy hostage", "were holding the budget
    hostage": a phrase of hostage-taking whose held object is no person (a common noun of
    no people's class) is figurative; "held three aid workers hostage" is an abduction."""
    token = cand.token
    if cand.nominal or "hostage" not in cand.entry.words:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    held = [counted_head(t, onto.quantity_nouns) for o in objects for t in conjuncts(o)]
    # "holding the economy hostage": the parser may make the held noun a compound of it
    held = [c for t in held for c in ([t] if t.lower_ != "hostage" else _compounds(t))]
    if not held:
        return False
    return not any(
        t.lower_ in PEOPLE_PRONOUNS
        or (t.pos_ == "PROPN" and not t.ent_type_)
        or positively_of(t, CAPTIVES, "ASSAULT", onto)
        for t in held
    )


def _compounds(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "compound"]


def measured_level(cand: Candidate) -> bool:
    """ "support for the war has dropped", "public support for the president rose to 61
    percent", "a poll showed support for her party falling": an attitude noun whose level
    goes up, down or stands somewhere (``events_level_verbs.txt``) is a measure of many
    people's attitude, not an act of supporting by anyone. Not for requests: "demands for a
    ceasefire grew" are still demands made (a market's demand is ``market_demand``)."""
    token = cand.token
    if not cand.nominal or cand.entry.category != "SUPPORT":
        return False
    levels = _lists().level_verbs
    if token.dep_ in ("nsubj", "nsubjpass") and lemma_of(token.head) in levels:
        return True
    # "showed support for her party falling": the parse hangs the level verb on "for"
    return any(
        c.dep_ == "pcomp" and lemma_of(c) in levels
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for c in prep.children
    )


#: Who a cause verb can blame: a party or a text speaking for one ("the report blamed").
BLAMED = frozenset({"agent", "document"})


def blamed_cause(cand: Candidate, onto: Ontology) -> bool:
    """ "blaming falling vaccination rates", "blamed the delays on heavy rain": a verb that
    puts a cause on an effect (``events_cause_verbs.txt``) accuses nobody when neither its
    object nor its "on"/"for" phrase can be a party. A name or a pronoun may be one, and a
    noun the word lists put among parties is one ("blamed the attack on rebels", "blamed
    Kessa for the attack", "blamed the government")."""
    token = cand.token
    if cand.nominal or cand.entry.category != "ACCUSE" or lemma_of(token) not in _lists().cause_verbs:
        return False
    # the one blamed: the object, or the subject of a passive ("the minister was blamed")
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    named = objects + [t for h in [token, *objects] for _p, t in prep_objects(h, ("on", "upon", "for"))]
    if not named:
        return False  # "rebels were blamed", "he blamed them": somebody is meant
    # "blamed Comey's decision", "blamed her defeat on interventions by the FBI director":
    # the act blamed names its doer
    # (not a possessive pronoun: "blamed its losses on rising costs" is the blamer's own)
    named += [c for t in list(named) for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    named += [t for n in list(named) for _p, t in prep_objects(n, ("by", "of"))]
    return not any(
        t.pos_ in ("PROPN", "PRON") or t.ent_type_ or positively_of(t, BLAMED, "ACCUSE", onto) for t in named
    )
