"""Mending the small English model's lemma slips on verbs.

en_core_web_sm sometimes cuts the final "e" with the inflection: "hopes"/"hoped"/"hoping"
-> "hop", "staged" -> "stag", or adds one: "cordoned" -> "cordone". A stage that looks a
verb up by lemma in one of its word lists would miss it, so each asks here with the list it
is about to consult: when the word is the cut lemma plus an inflection and the lemma with
its "e" is in that list (or the lemma without its added "e"), the listed verb is meant.

It also leaves an irregular past of a prefixed verb as written ("retook", "outfought":
the tagger reads it as a present tense or a noun, which the lemmatiser keeps whole),
though it knows the bare form ("took" -> "take"). A word that is a verb prefix plus an
irregular past form the caller lists (``verb_irregular_pasts.tsv``) is that verb.
"""

from __future__ import annotations

from collections.abc import Container, Mapping

#: What the model leaves after the cut lemma: "hop|es", "stag|ed", "hop|ing", "hop|e".
_INFLECTIONS = ("es", "ed", "ing", "e")
#: Inflections after which the model may add an "e" to the lemma ("cordoned" -> "cordone").
_ADDED_E_INFLECTIONS = ("ed", "ing")
#: Prefixes that make a verb of a verb ("retake", "outfight", "overrun", "withhold").
VERB_PREFIXES = ("re", "out", "over", "under", "with", "mis", "up", "fore")


def repaired_lemma(
    lemma: str, lower: str, known: Container[str], pasts: Mapping[str, str] | None = None
) -> str:
    """``lemma``, or ``lemma + "e"`` when the spelling proves it (``proven_e_lemma``: "rates",
    "staged" are no "rat", "stag") or when that is a verb in ``known`` and ``lower`` (the
    word as written, lower case) is it inflected; or, when the model left the word as written,
    the prefixed verb whose irregular past it is (``pasts``: form -> base)."""
    proven = proven_e_lemma(lemma, lower)
    if proven is not None:
        return proven
    if lemma + "e" in known and lower.startswith(lemma) and lower[len(lemma) :] in _INFLECTIONS:
        return lemma + "e"
    stem = lemma[:-1]
    if (
        lemma.endswith("e")
        and lemma not in known
        and stem in known
        and lower.startswith(stem)
        and lower[len(stem) :] in _ADDED_E_INFLECTIONS
    ):
        return stem  # "cordoned" -> "cordone": the model added an "e" the verb lacks
    if pasts and lemma == lower:
        for prefix in VERB_PREFIXES:
            base = pasts.get(lower[len(prefix) :]) if lower.startswith(prefix) else None
            if base is not None:
                return prefix + base
    return lemma


#: Letters that end a word without asking for "-es" ("rats") or a doubled consonant.
_VOWELS = frozenset("aeiou")
#: Endings whose third person takes "-es" after the lemma itself ("fixes", "watches").
_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")


def proven_e_lemma(lemma: str, lower: str) -> str | None:
    """``lemma + "e"`` when the word as written cannot be an inflection of the model's
    lemma, whatever list is consulted: "rates" (of "rat" it would be "rats"), "spared",
    "hoping", "staged" (a one-syllable verb ending in consonant, vowel, consonant doubles
    its last letter: "sparred", "hopping", "stagged"). None otherwise."""
    if len(lemma) < 3 or not lemma.isalpha() or lemma.endswith("e") or not lower.startswith(lemma):
        return None
    rest = lower[len(lemma) :]
    if rest == "es" and not lemma.endswith(_ES_ENDINGS):
        return lemma + "e"
    if rest in ("ed", "ing") and _short_closed(lemma):
        return lemma + "e"
    return None


def _short_closed(word: str) -> bool:
    """One syllable ending in consonant, vowel, consonant ("spar", "hop"; not "fix",
    "play", "rain", "visit"), which doubles its last letter before "-ed"/"-ing"."""
    last, vowel, before = word[-1], word[-2], word[-3]
    if last in _VOWELS or last in "wxy" or vowel not in _VOWELS or before in _VOWELS:
        return False
    groups = sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))
    return groups == 1
