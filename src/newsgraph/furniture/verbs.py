"""Finite verbs from the tagger: the rules that need "no finite verb" ask through a check.

The check is a plain function over character offsets so the rules run on any text (tests,
the benchmark) and, inside the pipeline, on the tagger's output before the parser.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import numpy as np
from spacy.attrs import IDX, TAG
from spacy.tokens import Doc

#: ``(start, end) -> True`` when a finite verb lies in that stretch of the text.
FiniteVerbCheck = Callable[[int, int], bool]

#: Penn Treebank tags of finite verbs (past, present 3rd person, present other, modal).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def never_finite(_start: int, _end: int) -> bool:
    """A :data:`FiniteVerbCheck` for text with no tags: assume a verb is there, so the rules
    that need "no finite verb" never fire (conservative)."""
    return True



def finite_verb_check(doc: Doc) -> FiniteVerbCheck:
    """A :data:`FiniteVerbCheck` over ``doc``'s tagger output; :func:`never_finite` without tags."""
    if len(doc) == 0 or not doc.has_annotation("TAG"):
        return never_finite
    table = doc.to_array([IDX, TAG])
    finite_ids = {doc.vocab.strings.add(tag) for tag in FINITE_TAGS}
    offsets: list[int] = [int(x) for x in table[np.isin(table[:, 1], list(finite_ids)), 0]]

    def check(start: int, end: int) -> bool:
        i = bisect_left(offsets, start)
        return i < len(offsets) and offsets[i] < end

    return check
