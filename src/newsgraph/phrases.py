"""Parse helpers that more than one stage reads, as textacy keeps its ``spacier/utils``:
small questions about a noun phrase that the entities and attribution stages must answer
the same way."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.constants import FEMININE_PRONOUNS, MASCULINE_PRONOUNS

#: Relations of the words before a noun that name whose it is ("Kremlin spokesman",
#: "Russia's president").
_OWNER_DEPS = frozenset({"compound", "poss", "nmod"})


def named_owners(noun: Token) -> frozenset[str]:
    """The proper-noun words before a role noun naming whose role it is, lower-cased:
    "The European Commission president" -> {european, commission}, "Russia's president"
    -> {russia}; "the president", "the former president" -> none. A description that
    names a body is somebody holding the role there, never a holder named before without it."""
    return frozenset(
        t.lower_ for c in noun.lefts if c.dep_ in _OWNER_DEPS for t in c.subtree if t.pos_ == "PROPN"
    )


def group_owners(noun: Token) -> frozenset[str]:
    """The words (form and lemma) of a plural common noun naming whose role it is ("the
    rebels' spokesman", "the spokesman for the families"): people named by their kind, not a
    body. A holder named before is only that person if their roles or affiliations say so."""
    owners: list[Token] = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        owners.extend(g for g in prep.children if g.dep_ == "pobj")
    return frozenset(
        w for o in owners if o.tag_ == "NNS" and o.pos_ == "NOUN" for w in (o.lower_, o.lemma_.lower())
    )


def rank_words(noun: Token, ranks: frozenset[str]) -> frozenset[str]:
    """The rank words before a role noun, lower-cased ("deputy" in "its deputy
    ambassador"): a holder of another rank of the post is somebody else, so a description
    links to an earlier holder only where both name the same rank."""
    return frozenset(c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound") and c.lower_ in ranks)


def possessive_pronoun(noun: Token) -> str | None:
    """The possessive pronoun before a noun, lower-cased ("her" in "her daughter"), or None:
    a kinship or role noun repeated with another owner's pronoun ("his son" after "Her son,
    Jaan") is somebody else."""
    return next((c.lower_ for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)


def of_a_common_noun(noun: Token) -> bool:
    """Whether ``noun`` is the object of an "of" that a common noun governs ("Aitaroun" in
    "a resident of Aitaroun"): a relative "who" the parser hangs on it is of that noun."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"


def pronoun_gender(word: str) -> str | None:
    """ "m" for a he form, "f" for a she form (any case, reflexives too), None for any other word."""
    return "m" if word in MASCULINE_PRONOUNS else "f" if word in FEMININE_PRONOUNS else None
