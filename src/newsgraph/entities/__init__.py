"""Entities stage: named, nominal and pronoun mentions clustered into referents, with roles and affiliations.

Public API for later stages (they must not import this package's private modules):

- ``annotate(doc)`` writes ``doc._.ng_entities`` (``list[records.Entity]``);
- ``entity_for_span(doc, start, end)`` answers "which entity is this stretch of text?"
  so the attribution and events stages resolve speakers, actors and targets to the
  same clustered referent;
- ``entity_for_token(doc, token)`` is the same question for one token.

The steps, one module each, run in this order by ``build.build_entities``:

1. ``mentions``  — named mentions: spaCy's entities with boundaries and labels fixed,
   dateline places, names after a title and common given names the tagger missed;
2. ``cluster``   — names clustered by string rules (keys, acronyms, surnames,
   misspellings) and untagged repeats of known names;
3. ``roles``     — pre-name titles ("Labour Minister Elena Sorvik") as roles;
4. ``nominals``  — definite role, organisation and kinship descriptions, linked
   through appositions and head words; "X, from the Y Party";
5. ``pronouns``  — third-person pronouns; this module also holds the antecedent
   choices (pronoun and role noun) a learned resolver may replace;
6. ``roles``     — predicate roles ("X became minister");
7. ``records``   — the ``Entity`` records: types, names, de-duplicated roles and
   affiliations.

``state`` holds the per-document mentions, clusters and shared look-ups the steps
work on; ``vocabulary`` the rule word lists (``data/lexicon/entities_*.txt``);
``lexicon`` the lexical resources (``data/entities/``).
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
