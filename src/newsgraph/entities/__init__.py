"""Entities stage: named, nominal and pronoun mentions clustered into referents, with roles and affiliations."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_entities``. Not implemented yet: leaves it empty."""
    return None
