"""A phrasal verb or idiom no list names, read whole from WordNet (issue 12, session 25).

WordNet lists many verbs of more than one word as one lemma: a verb and its particle
("knuckle under", "hammer out", "team up"), a verb and a fixed object ("join forces",
"beat a retreat"), a verb, an object and a preposition ("lay waste to", "pour cold water
on"), a verb and a prepositional phrase around its object ("take to task"). Their head
alone says something else ("take", "pour", "lay"), and a light verb ("take", "give") is
never read on its own. So a verb the ontology and the CAMEO dictionary leave uncoded (or
code only as ``OTHER``) is first looked up with its particle, its object and its
prepositions, the longest lemma WordNet knows first; the reading itself is
``lexical_backoff``'s, with all of its guards (at most four senses, the first sense
only, its lexicographer file allowing the category, seeds that agree).

The clause must be a party's act, as for the single verb: a political subject (a named
party, an office or body of a political sector), no verb governing another act, no
object that names the act (the noun decides), no preposition's clause.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.events import wordnet
from newsgraph.events.cameo_readings import governs_an_act, names_the_act, political_subject
from newsgraph.events.constants import ACTOR_LABELS, PARTICLES
from newsgraph.events.lexical_backoff import (
    Backoff,
    noun_backoff,
    verb_backoff,
    wordnet_lists,
)
from newsgraph.events.ontology import Ontology
from newsgraph.events.patterns import PatternBook
from newsgraph.events.vocabulary import lemma_of

#: Dependents of a noun kept in its fixed-phrase form ("a retreat", "cold water").
PHRASE_MODIFIERS = frozenset({"det", "amod", "compound", "poss"})
#: Words that are a phrasal verb's particle when they have no object ("knuckled under
#: after", "bowed out of"); "about" is left out: a clause after it is often misparsed.
ADVERB_PARTICLES = PARTICLES | {
    "under",
    "aside",
    "apart",
    "forward",
    "through",
    "together",
    "around",
    "along",
}
#: Prepositions of a direction: a verb of motion taken literally ("out onto the balcony").
DIRECTIONS = frozenset({"onto", "into"})
#: Possessive pronouns: WordNet writes them "one's" ("rattle one's sabre").
POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})


def _noun_forms(noun: Token) -> list[str]:
    """The forms of a noun in a fixed phrase, fullest first: with its determiner and
    modifiers ("a retreat", "cold water", "one's weight"), without the determiner, the
    bare noun ("forces")."""
    lefts = [
        ("one's" if c.lower_ in POSSESSIVES else c.lower_, c.dep_)
        for c in noun.lefts
        if c.dep_ in PHRASE_MODIFIERS
    ]
    full = " ".join((*(word for word, _dep in lefts), noun.lower_))
    bare_det = " ".join((*(word for word, dep in lefts if dep != "det"), noun.lower_))
    return list(dict.fromkeys((full, bare_det, noun.lower_)))


def _particle_as_modifier(verb: Token, child: Token) -> bool:
    """ "knuckled under to": a particle right after its verb the parser made an adverb."""
    return child.dep_ == "advmod" and child.i == verb.i + 1 and child.tag_ in ("RP", "IN", "RB")


def idiom_keys(verb: Token, lemma: str) -> list[str]:
    """Multi-word verb lemmas ``verb`` and its dependents could spell, longest first."""
    children = list(verb.children)
    particles = " ".join(c.lower_ for c in children if c.dep_ == "prt" or _particle_as_modifier(verb, c))
    objects = [
        c for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.ent_type_ not in ACTOR_LABELS
    ]
    preps = [c for c in children if c.dep_ == "prep"]
    head = f"{lemma} {particles}" if particles else lemma
    keys: list[str] = []
    for obj in objects:
        for form in _noun_forms(obj):
            keys.extend(f"{head} {form} {p.lower_}" for p in preps)
            keys.append(f"{head} {form}")
    for prep in preps:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ in ADVERB_PARTICLES and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            keys.append(f"{head} {prep.lower_}")  # a particle read as a preposition
        for pobj in (c for c in objects if c.pos_ == "NOUN"):
            keys.extend(f"{head} {prep.lower_} {form}" for form in _noun_forms(pobj))
    if particles:
        keys.append(head)
    keys = [k for k in dict.fromkeys(keys) if " " in k]
    return sorted(keys, key=lambda k: -len(k.split()))


def _particle_of_direction(verb: Token) -> bool:
    """A particle right before a preposition of direction ("out onto", "out into"): the
    verb is a motion taken literally."""
    doc = verb.doc
    return any(
        c.dep_ == "prep" and c.lower_ in DIRECTIONS and c.i > 0 and doc[c.i - 1].dep_ == "prt"
        for c in verb.children
    )


@lru_cache(maxsize=4096)
def _second_words(lemma: str) -> frozenset[str]:
    """The second words of WordNet's verbs of several words that start with ``lemma``
    ("under" of "knuckle under"), kept per lemma: asked for most verbs of a text."""
    net = wordnet.get()
    return net.phrase_words(lemma, "v") if net is not None else frozenset()


def _may_continue(verb: Token, seconds: frozenset[str]) -> bool:
    """Whether a word of the verb's dependents or theirs is the second word of one of
    its multi-word lemmas (one table probe a word, no ``Token`` made)."""
    if not seconds:
        return False
    index = doc_index(verb.doc)
    lowers = index.column("lower_")
    for child in index.children(verb.i):
        if lowers[child] in seconds:
            return True
        for below in index.children(child):
            word = lowers[below]
            if word in seconds or (word in POSSESSIVES and "one's" in seconds):
                return True
    return False


def idiom_reading(verb: Token, onto: Ontology) -> tuple[str, Backoff] | None:
    """The multi-word lemma a party's uncoded verb makes with its dependents, and the
    category WordNet gives it (``lexical_backoff``), or None."""
    index = doc_index(verb.doc)
    deps = index.column("dep_")
    if deps[verb.i] == "pcomp" or not any(deps[c] == "nsubj" for c in index.children(verb.i)):
        return None  # a party's act names its doer as the subject (checked fully below)
    lemma = lemma_of(verb)
    if not _may_continue(verb, _second_words(lemma)):
        return None
    keys = [k for k in idiom_keys(verb, lemma) if wordnet_lists(k, "v", onto)]
    if not keys or not political_subject(verb) or governs_an_act(verb) or names_the_act(verb, onto):
        return None
    if _particle_of_direction(verb):
        return None  # "ushered the senator out onto the balcony": a motion, no dismissal
    found = verb_backoff(keys[0], onto)  # the longest lemma WordNet has decides
    # a synonym of a coded verb only: an idiom's hypernym is often its literal act's
    # ("shake hands" is a kind of "greet", "bow out" of "withdraw")
    return (keys[0], found) if found is not None and found.depth == 0 else None


def light_object_reading(verb: Token, onto: Ontology) -> tuple[str, Backoff] | None:
    """A light verb of a party whose direct object is a noun the ontology does not list:
    the noun and the category WordNet reaches from it to one of the ontology's event
    nouns ("delivered a tirade" ACCUSE, "made an entreaty" REQUEST)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    noun = lemma_of(obj)
    if noun in onto.nouns or obj.lower_ in onto.nouns or not political_subject(verb):
        return None
    # the noun with its modifiers first, when WordNet lists them as one noun ("gave short
    # shrift to", "cold water"): the head alone is another word
    for form in _noun_forms(obj):
        if " " in form and wordnet_lists(form, "n", onto):
            found = noun_backoff(form, onto)
            return (form, found) if found is not None else None
    found = noun_backoff(noun, onto)
    return (noun, found) if found is not None else None


def verb_reading(book: PatternBook, verb: Token, lemma: str, onto: Ontology) -> Backoff | None:
    """WordNet's category of a single verb neither list codes (``lexical_backoff``). A
    verb the book codes by itself was already weighed (its bare code of force is refused
    on purpose); a clause that is a preposition's object ("with Kessa forgoing the usual
    greeting") tells a circumstance of another act: too weak a place for so weak a
    reading."""
    if verb.dep_ == "pcomp" or lemma in book.own_codes():
        return None
    return verb_backoff(lemma, onto)
