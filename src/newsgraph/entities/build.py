"""Building the entity list (placeholder until the clustering lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Entity


def build_entities(doc: Doc) -> list[Entity]:
    return []
