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
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from newsgraph.records import Entity

_INDEX_KEY = "_ng_entity_mention_index"


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_entities``: every referent with its clustered mentions, roles and affiliations."""
    from newsgraph.entities.build import build_entities

    doc._.ng_entities = build_entities(doc)
    doc.user_data.pop(_INDEX_KEY, None)


def _index(doc: Doc) -> tuple[list[int], list[tuple[int, int, Entity]]]:
    """Mentions sorted by start, cached on the doc; rebuilt when the entity list is replaced."""
    entities: list[Entity] = doc._.ng_entities
    cached = doc.user_data.get(_INDEX_KEY)
    # Later stages may replace entities in place (``entities[i] = e.model_copy(...)``):
    # key on the objects themselves so the index never hands out a stale copy.
    key = tuple(id(e) for e in entities)
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    rows = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda r: (r[0], r[1]))
    starts = [r[0] for r in rows]
    doc.user_data[_INDEX_KEY] = (key, starts, rows)
    return starts, rows


#: The longest mention we expect; bounds the backwards scan in ``entity_for_span``.
_MAX_MENTION_CHARS = 200


def entity_for_span(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)`` (character offsets).

    Preference: a mention inside the span, the earliest and then the longest such
    (so "Abdul Qahar Balkhi, spokesperson for the Taliban ministry" gives Balkhi, not
    the ministry, and "the ministry's spokesperson" gives the spokesperson); else the
    tightest mention overlapping it. ``None`` when no mention overlaps.
    """
    if end <= start:
        end = start + 1
    starts, rows = _index(doc)
    hi = bisect_right(starts, end - 1)
    lo = bisect_right(starts, start - _MAX_MENTION_CHARS)
    best: tuple[int, int, int] | None = None
    best_entity: Entity | None = None
    for m_start, m_end, entity in rows[max(0, lo - 1) : hi]:
        if m_end <= start or m_start >= end:
            continue
        if m_start >= start and m_end <= end:
            rank = (0, m_start, start - m_end)
        else:
            rank = (1, m_end - m_start, m_start)
        if best is None or rank < best:
            best, best_entity = rank, entity
    return best_entity


def entity_for_token(doc: Doc, token: Token) -> Entity | None:
    """The entity one token belongs to (see ``entity_for_span``)."""
    return entity_for_span(doc, token.idx, token.idx + len(token.text))


def resolver_link(doc: Doc, start: int, end: int) -> tuple[Entity | None, float] | None:
    """For the pronoun or role noun at ``[start, end)``: the entity the resolver linked it
    to (``None`` when its best candidate fell below the threshold) and that candidate's
    probability; ``None`` when the resolver never judged that span."""
    from newsgraph.entities.build import JUDGED_KEY

    judged: dict[tuple[int, int], tuple[str | None, float]] = doc.user_data.get(JUDGED_KEY) or {}
    found = judged.get((start, end))
    if found is None:
        return None
    entity_id, probability = found
    entity = next((e for e in doc._.ng_entities if e.id == entity_id), None) if entity_id else None
    return entity, probability


__all__ = ["annotate", "entity_for_span", "entity_for_token", "resolver_link"]
