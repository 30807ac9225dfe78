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
    """``lemma``, or ``lemma + "e"`` when that is a verb in ``known`` and ``lower`` (the word
    as written, lower case) is it inflected; or, when the model left the word as written,
    the prefixed verb whose irregular past it is (``pasts``: form -> base)."""
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
    if lower.startswith(lemma) and _spelling_needs_e(lemma, lower[len(lemma) :]):
        return lemma + "e"  # "rates" -> "rat": "rat" would make "rats", "ratted"
    if pasts and lemma == lower:
        for prefix in VERB_PREFIXES:
            base = pasts.get(lower[len(prefix) :]) if lower.startswith(prefix) else None
            if base is not None:
                return prefix + base
    return lemma


#: Letters after which English spells the plural or third person "-es" (and "o").
_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")
_VOWELS = frozenset("aeiou")


def _spelling_needs_e(lemma: str, rest: str) -> bool:
    """Whether ``lemma + rest`` cannot be ``lemma`` inflected, so the model cut an "e" the
    verb has ("rates", "rated", "rating" -> "rat"): "-es" follows only a sibilant or "o"
    ("rats", not "rates"), and a one-syllable verb ending in one vowel and one consonant
    doubles it before "-ed"/"-ing" ("ratted", "hopping"); "w", "x" and "y" never double."""
    if len(lemma) < 2 or not lemma.isalpha() or lemma[-1] in _VOWELS or lemma[-1] == "y":
        return False
    if rest == "es":
        return not lemma.endswith(_ES_ENDINGS)
    if rest not in ("ed", "ing") or lemma[-1] in "wx" or lemma[-2] not in _VOWELS:
        return False
    groups = sum(1 for k, ch in enumerate(lemma) if ch in _VOWELS and (k == 0 or lemma[k - 1] not in _VOWELS))
    return groups == 1 and (len(lemma) < 3 or lemma[-3] not in _VOWELS)
