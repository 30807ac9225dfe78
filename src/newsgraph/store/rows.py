"""Step 2c of the store: one record flattened into the rows of the store's tables.

Pure functions of the record (and of the actor each entity resolved to): no
database here, so the write path (:mod:`newsgraph.store.writes`) only inserts what
they return. Dates follow the one rule of :mod:`newsgraph.records`
(:func:`~newsgraph.records.event_date` and :func:`~newsgraph.records.quote_day`):
an event's or quote's own time when it names exactly one day, else the
publication date.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Table

from newsgraph.records import Record, event_date, quote_day
from newsgraph.store.schema import (
    claims,
    entities,
    event_participants,
    events,
    mentions,
    quotes,
    roles,
    search_docs,
    stances,
    times,
)

Row = dict[str, Any]
#: Each entity's corpus actor (None: its name normalises to nothing), by entity id.
ActorOf = dict[str, int | None]


def article_row(record: Record, digest: str, run_id: int | None, now: dt.datetime) -> Row:
    """The ``articles`` row: the article's fields, counts, and the whole record as JSON."""
    art = record.article
    return dict(
        id=art.id,
        url=art.url,
        title=art.title,
        source=art.source,
        published=art.published,
        language=art.language,
        author=art.author,
        text_hash=digest,
        text=art.text,
        record_json=json.dumps(record.to_json_dict(), ensure_ascii=False),
        n_entities=len(record.entities),
        n_quotes=len(record.quotes),
        n_events=len(record.events),
        n_claims=len(record.claims),
        run_id=run_id,
        ingested_at=now,
    )


def entity_tables(record: Record, actor_of: ActorOf) -> tuple[list[Row], list[Row], list[Row]]:
    """The ``entities``, ``mentions`` and ``roles`` rows, each linked to its entity's actor."""
    aid, published = record.article.id, record.article.published
    entity_rows: list[Row] = []
    mention_rows: list[Row] = []
    role_rows: list[Row] = []
    for entity in record.entities:
        actor_id = actor_of[entity.id]
        entity_rows.append(
            dict(
                article_id=aid,
                id=entity.id,
                actor_id=actor_id,
                name=entity.name,
                type=entity.type,
                country=entity.country,
                sector=entity.sector,
                n_mentions=len(entity.mentions),
            )
        )
        mention_rows.extend(
            dict(
                article_id=aid,
                entity_id=entity.id,
                actor_id=actor_id,
                start=m.start,
                end=m.end,
                text=m.text,
                kind=m.kind,
            )
            for m in entity.mentions
        )
        role_rows.extend(
            dict(
                article_id=aid,
                entity_id=entity.id,
                actor_id=actor_id,
                title=r.title,
                org=r.org,
                published=published,
            )
            for r in entity.roles
        )
    return entity_rows, mention_rows, role_rows


def quote_rows(record: Record, actor_of: ActorOf) -> list[Row]:
    """The ``quotes`` rows. ``text`` joins an interrupted quote's pieces with " … " (a reader
    sees the gap); ``start``/``end`` bound all pieces; ``speaker_name`` falls back to the
    source span when the speaker is no entity."""
    aid, published = record.article.id, record.article.published
    entity_name = {e.id: e.name for e in record.entities}
    return [
        dict(
            article_id=aid,
            id=q.id,
            kind=q.kind,
            text=" … ".join(s.text for s in q.content),
            start=min((s.start for s in q.content), default=0),
            end=max((s.end for s in q.content), default=0),
            cue=q.cue.text if q.cue else None,
            speaker_entity=q.speaker if q.speaker in actor_of else None,
            speaker_name=entity_name.get(q.speaker or "", q.speaker) or (q.source.text if q.source else None),
            actor_id=actor_of.get(q.speaker or ""),
            time=q.time,
            date=quote_day(record, q),
            published=published,
            confidence=q.confidence,
            negated=q.negated,
        )
        for q in record.quotes
    ]


def event_tables(record: Record, actor_of: ActorOf) -> tuple[list[Row], list[Row]]:
    """The ``events`` rows and their ``event_participants`` (actors and targets, in order)."""
    aid, published = record.article.id, record.article.published
    event_rows = [
        dict(
            article_id=aid,
            id=e.id,
            category=e.category,
            mode=e.mode,
            lemma=e.lemma,
            trigger=e.trigger.text,
            time=e.time,
            date=event_date(record, e).day,
            published=published,
            place=e.place,
            quote=e.quote,
            modality=e.modality,
            quad=e.quad,
            score=e.score,
            evidence=e.evidence.text,
            start=e.evidence.start,
            end=e.evidence.end,
            confidence=e.confidence,
        )
        for e in record.events
    ]
    participant_rows = [
        dict(
            article_id=aid,
            event_id=e.id,
            role=role,
            position=i,
            entity_id=ent,
            actor_id=actor_of.get(ent),
        )
        for e in record.events
        for role, ids in (("actor", e.actors), ("target", e.targets))
        for i, ent in enumerate(ids)
    ]
    return event_rows, participant_rows


def time_rows(record: Record) -> list[Row]:
    """The ``times`` rows: every time expression with its normalised value."""
    aid = record.article.id
    return [
        dict(
            article_id=aid,
            id=t.id,
            start=t.start,
            end=t.end,
            text=t.text,
            value=t.value,
            precision=t.precision,
            resolved=t.resolved,
            anchor=t.anchor,
            anchor_date=t.anchor_date,
        )
        for t in record.times
    ]


def claim_rows(record: Record, actor_of: ActorOf) -> list[Row]:
    """The ``claims`` rows; a claim without a claimant entity is the article's own (narrator)
    unless it links a quote (then its speaker is unresolved)."""
    aid, published = record.article.id, record.article.published
    return [
        dict(
            article_id=aid,
            id=c.id,
            text=c.span.text,
            start=c.span.start,
            end=c.span.end,
            claimant_entity=c.claimant if c.claimant in actor_of else None,
            actor_id=actor_of.get(c.claimant),
            quote=c.quote,
            quantities_json=json.dumps([q.model_dump(mode="json") for q in c.quantities]),
            published=published,
            confidence=c.confidence,
        )
        for c in record.claims
    ]


def stance_rows(record: Record, actor_of: ActorOf) -> list[Row]:
    """The ``stances`` rows, holder and target each as entity and actor."""
    aid, published = record.article.id, record.article.published
    return [
        dict(
            article_id=aid,
            id=s.id,
            holder_entity=s.holder,
            holder_actor=actor_of.get(s.holder),
            target_entity=s.target,
            target_actor=actor_of.get(s.target),
            polarity=s.polarity,
            evidence_json=json.dumps(s.evidence),
            published=published,
            confidence=s.confidence,
        )
        for s in record.stances
    ]


def search_rows(
    record: Record, quote_rows: list[Row], event_rows: list[Row], claim_rows: list[Row]
) -> list[Row]:
    """The full-text documents: the article (title first unless the text starts with it),
    and each quote's words, event's evidence and claim's text."""
    art = record.article
    aid = art.id
    titled = not art.title or art.text.lstrip().startswith(art.title)
    body = art.text if titled else f"{art.title}\n{art.text}"
    rows: list[Row] = [dict(body=body, kind="article", article_id=aid, record_id=None)]
    rows += [dict(body=r["text"], kind="quote", article_id=aid, record_id=r["id"]) for r in quote_rows]
    rows += [dict(body=r["evidence"], kind="event", article_id=aid, record_id=r["id"]) for r in event_rows]
    rows += [dict(body=r["text"], kind="claim", article_id=aid, record_id=r["id"]) for r in claim_rows]
    return rows


def unique_ids(rows: list[Row]) -> list[Row]:
    """The first row of each id: a stage that emits one id twice must not cost the whole article."""
    seen: set[Any] = set()
    out = []
    for row in rows:
        if row["id"] not in seen:
            seen.add(row["id"])
            out.append(row)
    return out


def table_rows(record: Record, actor_of: ActorOf) -> list[tuple[Table, list[Row]]]:
    """Every per-article table's rows for ``record`` (not ``articles``), in insert order."""
    entity_rows, mention_rows, role_rows = entity_tables(record, actor_of)
    quotes_ = quote_rows(record, actor_of)
    events_, participants = event_tables(record, actor_of)
    claims_ = claim_rows(record, actor_of)
    return [
        (entities, entity_rows),
        (mentions, mention_rows),
        (roles, role_rows),
        (quotes, quotes_),
        (events, events_),
        (event_participants, participants),
        (times, time_rows(record)),
        (claims, claims_),
        (stances, stance_rows(record, actor_of)),
        (search_docs, search_rows(record, quotes_, events_, claims_)),  # type: ignore[list-item]
    ]
