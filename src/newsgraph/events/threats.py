"""Threats announced in a candidate's own clause (step 1 of the events pass, read by
``candidates.find_candidates`` before the ontology and the CAMEO patterns): a reprisal
its doer announces ("vowed to retaliate", "said it would hit back") and harm a party
promises ("vowed revenge", "promised a proportionate response") are THREATEN whatever
frame the verb has (CAMEO 13x). Each rule gives the entry and the trigger's word, or
None."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.constants import MATERIAL_CONFLICT, PARTICLES
from newsgraph.events.ontology import Entry, Ontology
from newsgraph.events.vocabulary import lemma_of, words

#: Auxiliaries by which a party announces its own act ("will retaliate", "would hit back");
#: not "should", "could", "might": a question or an option is no announcement.
ANNOUNCING_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})


def announced_reprisal(verb: Token, lemma: str, onto: Ontology) -> tuple[Entry, str] | None:
    """ "Beijing vowed to retaliate if Washington imposes the tariffs", "said it would hit
    back": a reprisal its own doer announces is a threat (CAMEO 13x), whatever form it
    would take. One done is left to the clause's other readings ("retaliated with
    tariffs"), and so is one asked of another ("urged the president to retaliate") or
    weighed ("how strongly should Mexico retaliate?")."""
    vocab = words()
    reprisals = vocab.reprisal_verbs
    if lemma not in reprisals and lemma not in vocab.reprisal_openers:
        return None  # asked of every verb: no walk over its children for most
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in PARTICLES]
    if lemma not in reprisals and not any(f"{lemma} {p}" in reprisals for p in particles):
        return None
    if not announced_by_its_doer(verb, onto):
        return None
    quad, score = onto.classes.get("THREATEN", (3, None))
    return Entry("THREATEN", None, quad, score, "reprisal"), " ".join((lemma, *particles))


def promised_harm(verb: Token, onto: Ontology) -> tuple[Entry, str] | None:
    """ "Hamas vowed revenge", "promised a proportionate response", "pledged a crackdown
    on the gangs": a verb of promising (AGREE in the ontology) whose object is harm its
    subject would do is a threat (CAMEO 13x), as a reprisal announced by its doer is. The
    harm is a noun of ``events_reprisal_nouns.tsv`` (with a modifier it needs) or an act
    of material conflict; "promised a full inquiry" stays an agreement. The noun is the
    phrase's own word, so whom it is aimed at ("revenge on X") is the target, not it."""
    lemma = lemma_of(verb)
    vocab = words()
    if lemma not in vocab.promising_verbs:
        return None
    harm = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if harm is None:
        return None
    noun = lemma_of(harm)
    needed = vocab.reprisal_nouns.get(noun)
    if needed is not None:
        modifiers = {w for c in harm.children if c.dep_ == "amod" for w in (lemma_of(c), c.lower_)}
        if "*" not in needed and needed.isdisjoint(modifiers):
            return None
    elif not any(e.quad == MATERIAL_CONFLICT for e in onto.nouns.get(noun, ())):
        return None
    quad, score = onto.classes.get("THREATEN", (3, None))
    return Entry("THREATEN", None, quad, score, "reprisal", (noun,)), f"{lemma} {noun}"


def announced_by_its_doer(verb: Token, onto: Ontology) -> bool:
    """Whether the doer of ``verb`` commits to it: a future auxiliary on the verb, or a
    to-clause under a commissive verb of its subject ("vowed to", "pledged to",
    ``events_future_governors.txt``) or a verb of threatening ("threatened to")."""
    if any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_AUX for c in verb.lefts):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)
    if verb.dep_ not in ("xcomp", "advcl") or not infinitive or verb.head.i == verb.i:
        return False
    governor = verb.head
    governing = lemma_of(governor)
    entry = onto.verbs.get(governing)
    commissive = governing in words().future_governors or (entry is not None and entry.category == "THREATEN")
    # "urged the president to retaliate": an object's act, asked of it
    return commissive and not any(c.dep_ in ("dobj", "dative") for c in governor.children)
