"""Stances stage: who is for or against whom, with evidence."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_stances``. Not implemented yet: leaves it empty."""
    return None
