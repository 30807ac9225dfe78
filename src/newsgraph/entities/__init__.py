"""Entities stage: named, nominal and pronoun mentions clustered into referents, with roles and affiliations.

Public API for later stages (they must not import this package's private modules):

- ``annotate(doc)`` writes ``doc._.ng_entities`` (``list[records.Entity]``);
- ``entity_for_span(doc, start, end)`` answers "which entity is this stretch of text?"
  so the attribution and events stages resolve speakers, actors and targets to the
  same clustered referent;
- ``entity_for_token(doc, token)`` is the same question for one token;
- ``resolver_link(doc, start, end)`` says whether the learned resolver judged the
  pronoun or role noun at exactly that span, which entity it linked (``None``: it
  declined, below its threshold) and with what probability, so a later stage does
  not fall back to a guess of its own where the resolver chose to abstain.

The steps, one module each, run in this order by ``build.build_entities``:

1. ``mentions``  — named mentions: spaCy's entities with boundaries and labels fixed,
   dateline places, names after a title and common given names the tagger missed;
2. ``cluster``   — names clustered by string rules (keys, acronyms, surnames,
   misspellings) and untagged repeats of known names;
3. ``roles``     — pre-name titles ("Labour Minister Elena Sorvik") as roles;
4. ``nominals``  — definite role, organisation and kinship descriptions, linked
   through appositions and head words; "X, from the Y Party";
5. ``pronouns``  — third-person pronouns; this module also holds the antecedent
   choices (pronoun and role noun); ``confidence`` lets the learned resolver
   (``newsgraph.resolver``) keep or drop each pronoun link the rules made;
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


def resolver_link(doc: Doc, start: int, end: int) -> tuple[Entity | None, float] | None:
    """For the pronoun or role noun at ``[start, end)``: the entity the resolver linked it
    to (``None`` when its best candidate fell below the threshold) and that candidate's
    probability; ``None`` when the resolver never judged that span."""
    from newsgraph.entities.confidence import JUDGED_KEY

    judged: dict[tuple[int, int], tuple[str | None, float]] = doc.user_data.get(JUDGED_KEY) or {}
    found = judged.get((start, end))
    if found is None:
        return None
    entity_id, probability = found
    entity = next((e for e in doc._.ng_entities if e.id == entity_id), None) if entity_id else None
    return entity, probability


__all__ = ["annotate", "entity_for_span", "entity_for_token", "resolver_link"]
