"""Mending the small English model's lemma slips on verbs that end in "e".

en_core_web_sm sometimes cuts the final "e" with the inflection: "hopes"/"hoped"/"hoping"
-> "hop", "staged" -> "stag". A stage that looks a verb up by lemma in one of its word
lists would miss it, so each asks here with the list it is about to consult: when the word
is the cut lemma plus an inflection and the lemma with its "e" is in that list, the
listed verb is meant.
"""

from __future__ import annotations

from collections.abc import Container

#: What the model leaves after the cut lemma: "hop|es", "stag|ed", "hop|ing", "hop|e".
_INFLECTIONS = ("es", "ed", "ing", "e")


def repaired_lemma(lemma: str, lower: str, known: Container[str]) -> str:
    """``lemma``, or ``lemma + "e"`` when that is a verb in ``known`` and ``lower`` (the word
    as written, lower case) is it inflected."""
    if lemma + "e" in known and lower.startswith(lemma) and lower[len(lemma) :] in _INFLECTIONS:
        return lemma + "e"
    return lemma
