"""Which CAMEO reading of a verb the candidates step may use (``events/candidates.py``).

Our ontology is the overlay and wins where it names the word; the CAMEO verb dictionary
(``events/patterns.py``) fills in a verb the ontology lacks when the clause meets one of
its patterns, and, for a subject that is a political party, with the verb block's own
code. A light verb ("expressed", "held", "gave") means what its object makes of it, so
only a frame written for that very object word reads it ("expressed its gratitude",
"held Israel responsible", "gave them 48 hours").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.events.constants import ACTOR_LABELS
from newsgraph.events.ontology import OTHER, Entry, Ontology
from newsgraph.events.patterns import PatternBook, PatternMatch, object_complements
from newsgraph.events.syntax import actorish, agent_sectors, frame_preps, party_noun, subject_of
from newsgraph.events.vocabulary import lemma_of, words

#: A CAMEO reading counts only when the clause met this many of its pattern's
#: constraints (0 is the verb's own code). Chosen on the PLOVER tune half (docs/events.md).
CAMEO_MIN_SPECIFICITY = 1
#: CAMEO readings that never replace an ontology category: statements (CAMEO 01) and
#: the verb's own OTHER reading say nothing against our entry.
NEUTRAL = frozenset({OTHER})


def pattern_word(obj: Token, pattern: str) -> bool:
    """Whether ``obj`` is a literal word of the CAMEO pattern that read the clause
    ("* fire" in "exchanged fire"), not a class of the dictionary ("&MILITARY") or its
    placeholder ("*"), and a thing, not a party, a place or a site ("expelled a diplomat"
    and "attacked a base" keep their objects): such an object names the act itself, not
    whom it is done to."""
    literal = {w.lower() for w in pattern.replace("(", " ").replace(")", " ").split() if w.isalpha()}
    lemma = lemma_of(obj)
    if obj.lower_ not in literal and lemma not in literal:
        return False
    if obj.ent_type_ or actorish(obj) or party_noun(obj):
        return False
    vocab = words()
    return lemma not in vocab.place_nouns and lemma not in vocab.site_nouns


def cameo_reading(
    book: PatternBook, verb: Token, onto: Ontology, match: tuple[Entry, bool] | None
) -> PatternMatch | None:
    """The CAMEO reading that may decide or confirm a verb's category, or None.

    Our ontology is the overlay and wins; the dictionary is asked only for a verb the
    ontology does not name as a phrase (a phrase is already a constrained reading), and
    only a reading backed by a pattern of the clause (object, preposition, particle)
    counts, never a verb block's bare default code: the defaults are what reads "a
    statement" into every clause of a speech verb.
    """
    if match is not None and match[0].words:
        return None
    lemma = lemma_of(verb)
    light = match is None and lemma in onto.light_verbs
    if match is None and lemma in onto.ignore and not light:
        return None  # "called it a revenge attack", "stressing the need": no act of its own
    if not book.may_code(lemma, verb.lower_):
        return None  # one set probe: this verb's patterns only ever code statements
    if not light:
        return book.best_specific(verb, CAMEO_MIN_SPECIFICITY)
    # "expressed its gratitude", "held Israel responsible", "gave them 48 hours": a light
    # verb means what its object makes of it, so only a frame written for that very object
    # word counts, never one met by a preposition or a class ("imposed sanctions",
    # "launched an assault": an event noun object is the act, and the noun decides)
    if not _framed_complements(verb) or names_the_act(verb, onto) or not political_subject(verb):
        return None
    reading = book.best_specific(verb, CAMEO_MIN_SPECIFICITY)
    return reading if reading is not None and frames_its_object(verb, reading) else None


def _framed_complements(verb: Token) -> bool:
    return any(c.dep_ in FRAMED_OBJECT_DEPS for c in verb.children) or bool(object_complements(verb))


def political_subject(verb: Token, *, by_owner: bool = True) -> bool:
    """Whether the subject of ``verb`` names a political party to an act: a named actor, or
    a noun the CAMEO agents dictionary gives a political sector ("president", "union",
    "prosecutors", ``POLITICAL_SECTORS``). "Runners took part", "the orchestra staged a
    return", "citizens celebrated", "he helped": a verb's bare code or a light verb's frame
    over-reads the clauses of everybody else (a pronoun could be anyone). ``by_owner``:
    people by role owned by a named party count too ("Azerbaijan's leader"); the verb's bare
    code asks for more ("Cubs players celebrate", "Trump supporters leave")."""
    subjects, passive = subject_of(verb)
    if passive or not subjects:
        return False
    return all(
        t.ent_type_ in ACTOR_LABELS
        or bool(agent_sectors(t) & POLITICAL_SECTORS)
        or (by_owner and _of_a_named_party(t))
        for t in subjects
    )


def meets_nobody(verb: Token, entry: Entry) -> bool:
    """A consultation read from a CAMEO block's bare code (CAMEO codes "leave" and "depart"
    040) for a verb of departing with a direct object (``events_departing_verbs.txt``):
    the object is what is left ("she left school at 15", "left Paris on Monday"), nobody
    met and nowhere visited. "Left for Paris" is read by the book's own pattern."""
    if entry.category != "CONSULT" or lemma_of(verb) not in words().departing_verbs:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _of_a_named_party(noun: Token) -> bool:
    """ "Azerbaijan's leader", "Serbian and Kosovar leaders", "Chinese officials": people
    by role whose owner or modifier is a named state, people or body speak for it."""
    if noun.pos_ != "NOUN" or not party_noun(noun):
        return False
    return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ACTOR_LABELS for c in noun.children)


#: CAMEO sectors of states, forces, courts, parties, unions and advocacy bodies.
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "REB", "OPP", "JUD", "COP", "LEG", "UAF", "SPY", "PTY", "INS", "LAB", "NGO", "HRI", "IGO"}
)


def governs_an_act(verb: Token) -> bool:
    """ "prepared to resume shelling", "moved to block the bill": a verb of intent,
    readiness or attempt whose complement clause is the act (``events_*_governors``)."""
    vocab = words()
    lemma = lemma_of(verb)
    governors = vocab.future_governors | vocab.hypothetical_governors | vocab.negating_governors
    return lemma in governors or any(c.dep_ == "xcomp" for c in verb.children)


def frames_its_object(verb: Token, reading: PatternMatch) -> bool:
    """Whether a complement of ``verb`` is a literal word of the CAMEO pattern that read it
    ("* gratitude", "* responsible"), a thing, not a party (``pattern_word``)."""
    framed = [c for c in verb.children if c.dep_ in FRAMED_OBJECT_DEPS] + object_complements(verb)
    return any(pattern_word(c, reading.pattern) for c in framed)


def frames_the_act_noun(verb: Token, reading: PatternMatch, onto: Ontology) -> bool:
    """Whether the CAMEO pattern that read ``verb`` names its object act noun itself
    ("DROP * CHARGES": "dropped all charges"), not a carrier of one ("escaped an
    assassination attempt" names the attempt, whose act the noun "assassination" is), and
    makes it an act of another category."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        entries = onto.nouns.get(lemma_of(child)) or onto.nouns.get(child.lower_)
        # a frame of the noun's own category ("the summit was attended by ...") adds
        # nothing: the noun stays the act, with its parties
        if entries and pattern_word(child, reading.pattern):
            return all(e.category != reading.category for e in entries)
    return False


#: Complements whose word a light verb's frame names ("expressed gratitude", "held X responsible").
FRAMED_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp"})


def names_the_act(verb: Token, onto: Ontology) -> bool:
    """Whether the verb's object is an event noun the ontology codes (any category):
    then the verb only carries that act ("completed the withdrawal") or performs it
    ("signed an agreement"), and a CAMEO frame built on the object adds nothing."""
    preps: frozenset[str] | None = None
    index = doc_index(verb.doc)  # the tree's tables: a Token only for a noun looked up
    deps, lowers = index.column("dep_"), index.column("lower_")
    for child in index.children(verb.i):
        dep = deps[child]
        if dep in ("dobj", "nsubjpass") and event_noun(index.tokens[child], onto):
            return True
        if dep == "prep":
            # "pressed ahead with its offensive", "proceeded with the withdrawal": a verb
            # of carrying on with an act carries the act its frame's object names
            preps = frame_preps(verb) if preps is None else preps
            for pobj in index.children(child):
                if lowers[child] in preps and deps[pobj] == "pobj" and event_noun(index.tokens[pobj], onto):
                    return True
    return False


def event_noun(token: Token, onto: Ontology) -> bool:
    """An event noun of the ontology, or a carrier noun an event noun modifies ("an
    assassination attempt", "a mediation effort")."""
    if onto.nouns.get(lemma_of(token)) or onto.nouns.get(token.lower_):
        return True
    if lemma_of(token) not in onto.carrier_nouns and token.lower_ not in onto.carrier_nouns:
        return False
    return any(
        c.dep_ in ("compound", "amod") and (onto.nouns.get(lemma_of(c)) or onto.nouns.get(c.lower_))
        for c in token.lefts
    )


__all__ = [
    "CAMEO_MIN_SPECIFICITY",
    "NEUTRAL",
    "cameo_reading",
    "event_noun",
    "frames_its_object",
    "frames_the_act_noun",
    "governs_an_act",
    "names_the_act",
    "pattern_word",
    "political_subject",
]
