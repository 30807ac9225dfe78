"""Entities stage: named, nominal and pronoun mentions clustered into referents, with roles and affiliations.

Public API for later stages (they must not import this package's private modules):

- ``annotate(doc)`` writes ``doc._.ng_entities`` (``list[records.Entity]``);
- ``entity_for_span(doc, start, end)`` answers "which entity is this stretch of text?"
  so the attribution and events stages resolve speakers, actors and targets to the
  same clustered referent;
- ``entity_for_token(doc, token)`` is the same question for one token.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.docindex import doc_index
from newsgraph.records import Entity


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_entities``: every referent with its clustered mentions, roles and affiliations."""
    from newsgraph.entities.build import build_entities

    doc._.ng_entities = build_entities(doc)


def entity_for_span(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)``: see ``DocIndex.entity_for_span``."""
    return doc_index(doc).entity_for_span(start, end)


def entity_for_token(doc: Doc, token: Token) -> Entity | None:
    """The entity one token belongs to (see ``entity_for_span``)."""
    return doc_index(doc).entity_for_token(token)


__all__ = ["annotate", "entity_for_span", "entity_for_token"]
