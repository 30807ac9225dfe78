"""The editable word lists behind attribution, read once per process.

They live in ``newsgraph/data/attribution/`` as plain text (one entry a line,
``#`` comments) so a user can add a cue verb without touching code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "attribution"


def _read(name: str) -> frozenset[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Lemmas of speech, writing, belief and intention verbs."""
    return _read("cue_verbs.txt") | np_cue_verbs() | intent_verbs()


@lru_cache(maxsize=1)
def np_cue_verbs() -> frozenset[str]:
    """Cue verbs whose noun-phrase object is the content ("called the deal a disaster")."""
    return _read("np_cue_verbs.txt")


@lru_cache(maxsize=1)
def intent_verbs() -> frozenset[str]:
    """Cue verbs whose infinitive complement is the content ("expects Trump to play")."""
    return _read("intent_verbs.txt")


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    """Head nouns of a statement's medium ("in a post on X", "in an interview")."""
    return _read("media.txt")


@lru_cache(maxsize=1)
def nominal_cues() -> tuple[tuple[str, ...], ...]:
    """Multi-word prepositional cues ("according to"), as lower-cased word tuples."""
    return tuple(tuple(entry.split()) for entry in sorted(_read("nominal_cues.txt")))


@lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Nouns that report a statement or attitude ("Trump's claim that ...")."""
    return _read("cue_nouns.txt")


@lru_cache(maxsize=1)
def cue_adjectives() -> frozenset[str]:
    """Adjectives that report a stance when predicated of someone ("X was confident that ...")."""
    return _read("cue_adjectives.txt")
