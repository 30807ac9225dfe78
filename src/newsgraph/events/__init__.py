"""Events stage: who did what to whom, coded in an open ontology (PLOVER categories + OTHER)."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_events``. Not implemented yet: leaves it empty."""
    return None
