"""Attribution stage: direct, indirect and mixed quotes with source, cue, speaker, medium and time."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_quotes``. Not implemented yet: leaves it empty."""
    return None
