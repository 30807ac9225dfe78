"""Parse helpers that more than one stage reads, as textacy keeps its ``spacier/utils``:
small questions about a noun phrase that the entities and attribution stages must answer
the same way."""

from __future__ import annotations

from spacy.tokens import Token

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
