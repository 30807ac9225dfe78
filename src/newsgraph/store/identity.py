"""Cross-article identity: which stored actor an article's entity is.

The rule (documented in docs/store.md), applied within one entity type:

1. **Normalised name.** Accents folded, lower-cased, punctuation and possessive
   ``'s`` dropped, a leading "the" and leading titles ("President", "Dr.",
   "Sheikh"...) removed, and, for people, one-letter middle initials dropped:
   "President Donald J. Trump" and "Donald Trump" both become ``donald trump``.
   Every normalised name an actor was seen under is kept as an alias, so the
   lookup is one indexed equality.
2. **Surname match (people only).** A one-word person name ("Trump") joins the
   one person actor whose surname it is; a full name ("Donald Trump") joins an
   actor so far known only by that surname, and the actor takes the fuller
   name. When several people share the surname, no guess is made: the one-word
   name becomes an actor of its own.

No fuzzy matching beyond that: a wrong merge mixes two people's quotes, which
is worse for a reader than a missed one.
"""

from __future__ import annotations

import re
import unicodedata

PERSON_TYPES = frozenset({"PERSON", "PER"})

_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "prime",
        "minister",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "mayor",
        "general",
        "gen",
        "col",
        "colonel",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "adm",
        "admiral",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "sheik",
        "emir",
        "imam",
        "ayatollah",
        "mullah",
        "rev",
        "reverend",
        "father",
        "pope",
        "secretary",
        "judge",
        "justice",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "foreign",
        "deputy",
        "former",
        "acting",
        "interim",
        "leader",
        "commander",
    ]
)

_PUNCT = re.compile(r"[^\w\s-]+")
_SPACE = re.compile(r"[\s-]+")
_POSSESSIVE = re.compile(r"['’]s\b")


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _POSSESSIVE.sub("", stripped.lower())
    return _SPACE.sub(" ", _PUNCT.sub(" ", stripped)).strip()


def normalise(name: str, entity_type: str) -> str:
    """The key an actor is looked up by within its type (see the module docstring)."""
    words = fold(name).split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    if entity_type in PERSON_TYPES:
        while len(words) > 1 and words[0] in _TITLES:
            words = words[1:]
        if len(words) > 2:
            words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


def surname(norm: str, entity_type: str) -> str | None:
    """The last word of a person's normalised name (None for other types)."""
    if entity_type not in PERSON_TYPES or not norm:
        return None
    return norm.rsplit(" ", 1)[-1]
