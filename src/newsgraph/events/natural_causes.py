"""Acts nobody did: the selectional constraints' test for weather, natural forces and
accidents (called from ``constraints._refusal``; word list ``events_natural_causes.txt``).

"The race was suspended due to heavy rain", "Typhoon Kaia slammed into the coast,
killing 12", "six died in the crash": a clause whose subject or stated cause is a
natural force or an accident names no PLOVER act, and deaths told with an accident are
no assault.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.syntax import subject_of
from newsgraph.events.vocabulary import lemma_of

#: Prepositions whose object is the cause of what the clause reports.
CAUSE_PREPS = frozenset({"by", "in", "from", "amid", "of"})
#: Second words of two-word cause prepositions ("due to", "because of", "owing to").
CAUSE_SECOND = frozenset({"to", "of"})
CAUSE_FIRST = frozenset({"due", "because", "owing", "thanks"})


def natural_cause(cand: Candidate, natural: frozenset[str]) -> bool:
    """The act's subject (for an act noun, the subject of the verb whose object it is) or
    stated cause is weather, a natural force or an accident."""
    token = cand.token
    if not cand.nominal:
        subj, _passive = subject_of(token)
    elif token.dep_ == "dobj":
        # "the storm poses a threat to the coast": the act noun's bearer is the subject
        # of the verb that has it as its object
        subj = [c for c in token.head.children if c.dep_ == "nsubj"]
    else:
        subj = []
    # the clause's own subject, or the doer found through a participle or control verb
    # ("Typhoon Kaia slammed into the coast, killing 12": a storm by its name)
    for t in [*subj, *cand.actor_tokens]:
        unnamed = t.pos_ in ("NOUN", "PROPN") and not t.ent_type_
        if (unnamed and lemma_of(t) in natural) or _misread_natural(t, natural) or natural_noun(t, natural):
            return True
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in CAUSE_PREPS:
            pobjs = [g for g in child.children if g.dep_ == "pobj"]
        elif child.lower_ in CAUSE_FIRST or (child.dep_ == "prep" and child.lower_ in CAUSE_SECOND):
            pobjs = [g for g in child.subtree if g.dep_ == "pobj"]
        else:
            continue
        if any(natural_noun(p, natural) for p in pobjs):
            return True
    return False


def _misread_natural(noun: Token, natural: frozenset[str]) -> bool:
    """A natural force opening the sentence that the tagger took for a one-word name,
    leaving its plural as the lemma ("Wildfires destroyed ...", tagged a PERSON)."""
    if noun.pos_ != "PROPN" or not noun.is_sent_start:
        return False
    following = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.ent_iob_ == "I":
        return False  # a name of more words ("Storm Prediction Center")
    lower = noun.lower_
    return lower in natural or (lower.endswith("s") and lower[:-1] in natural)


def natural_noun(noun: Token, natural: frozenset[str]) -> bool:
    """A natural force ("heavy rain"), or a storm by its name: a name whose title is one
    ("the threat of Cyclone Phailin", "Hurricane Ida")."""
    if noun.pos_ == "NOUN":
        return lemma_of(noun) in natural
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < noun.i and c.lower_ in natural for c in noun.children
    )


def accident(token: Token, natural: frozenset[str], things: frozenset[str]) -> bool:
    """Deaths and injuries nobody is said to cause, told with an accident: the sentence
    names one ("six died in the crash, while 50 passengers were injured") or the act's
    "when" clause has a thing or a natural force as its subject ("were killed when a tram
    derailed")."""
    causes = natural
    sent = doc_index(token.doc).sentence_of(token)  # Token.sent walks the Doc each call
    if sent is not None and any(t.pos_ == "NOUN" and lemma_of(t) in causes for t in sent):
        return True
    for child in token.children:
        if child.dep_ == "advcl":
            subjects = [g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"]
            if any(lemma_of(g) in causes or lemma_of(g) in things for g in subjects):
                return True
    return False
