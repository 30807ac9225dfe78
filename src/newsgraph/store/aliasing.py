"""Step 2b of the store: cross-article actor identity on the write path.

An article's entities become *actors* keyed by type and normalised name (the rule is
in :mod:`newsgraph.store.identity`): :func:`resolve_actors` finds or creates the
actor of each entity; :func:`bump_actors` adds a new article to its actors' counts
and :func:`recount_actors` recomputes them after a delete. Every function runs
inside the caller's write transaction (``conn``), so an article and its actor
bookkeeping commit or roll back together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Date, Select, bindparam, case, func, insert, or_, select, tuple_, update

from newsgraph.constants import GROUP_TYPE
from newsgraph.records import Entity
from newsgraph.store.identity import PERSON_TYPES, normalise, surname
from newsgraph.store.schema import actor_aliases, actors, articles, entities, event_participants, quotes

# Statements run for every new name, built once (SQLAlchemy then reuses their compiled form).
_BY_SURNAME = (
    select(actors.c.id)
    .where(actors.c.type == bindparam("p_type"), actors.c.surname == bindparam("p_surname"))
    .limit(2)
)
_SURNAME_ONLY = (
    select(actors.c.id)
    .where(
        actors.c.type == bindparam("p_type"),
        actors.c.surname == bindparam("p_surname"),
        actors.c.norm == bindparam("p_surname"),
    )
    .limit(2)
)
_RENAME = (
    update(actors)
    .where(actors.c.id == bindparam("p_id"))
    .values(name=bindparam("p_name"), norm=bindparam("p_norm"))
)


def resolve_actors(conn: Connection, found_entities: Sequence[Entity]) -> dict[str, int | None]:
    """The cross-article actor of each entity (by entity id), created if new (rule: see
    ``identity``). Known names are looked up in one query; only new names cost more."""
    # A group named only by a plural noun ("officials") is no actor: one article's
    # officials are not another's.
    keys = {
        e.id: (e.type or "OTHER", "" if e.type == GROUP_TYPE else normalise(e.name, e.type or "OTHER"))
        for e in found_entities
    }
    wanted = sorted({key for key in keys.values() if key[1]})
    known: dict[tuple[str, str], tuple[int, str | None]] = {}
    if wanted:
        rows = conn.execute(
            select(actor_aliases.c.type, actor_aliases.c.norm, actor_aliases.c.actor_id, actors.c.country)
            .join(actors, actors.c.id == actor_aliases.c.actor_id)
            .where(tuple_(actor_aliases.c.type, actor_aliases.c.norm).in_(wanted))
        )
        known = {(r.type, r.norm): (int(r.actor_id), r.country) for r in rows}
    out: dict[str, int | None] = {}
    for entity in found_entities:
        kind, norm = keys[entity.id]
        if not norm:
            out[entity.id] = None
            continue
        hit = known.get((kind, norm))
        if hit is None:
            actor_id = new_alias(conn, entity.name, kind, norm, entity.country, entity.sector)
            known[(kind, norm)] = (actor_id, entity.country)
        else:
            actor_id = hit[0]
            if hit[1] is None and entity.country:
                conn.execute(
                    update(actors)
                    .where(actors.c.id == actor_id, actors.c.country.is_(None))
                    .values(country=entity.country, sector=entity.sector)
                )
                known[(kind, norm)] = (actor_id, entity.country)
        out[entity.id] = actor_id
    return out

def new_alias(
    conn: Connection, name: str, kind: str, norm: str, country: str | None, sector: str | None
) -> int:
    """A name not seen before: join a person by surname, or create an actor; record the alias."""
    actor_id: int | None = None
    if kind in PERSON_TYPES:
        words = norm.split()
        if len(words) == 1:
            candidates = conn.execute(_BY_SURNAME, {"p_type": kind, "p_surname": norm}).all()
        else:
            candidates = conn.execute(_SURNAME_ONLY, {"p_type": kind, "p_surname": words[-1]}).all()
            if len(candidates) == 1:  # a surname-only actor gets its full name
                conn.execute(_RENAME, {"p_id": candidates[0][0], "p_name": name, "p_norm": norm})
        if len(candidates) == 1:
            actor_id = int(candidates[0][0])
    if actor_id is None:
        result = conn.execute(
            insert(actors),
            {
                "name": name,
                "norm": norm,
                "type": kind,
                "surname": surname(norm, kind),
                "country": country,
                "sector": sector,
            },
        )
        actor_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    conn.execute(insert(actor_aliases), {"type": kind, "norm": norm, "actor_id": actor_id, "name": name})
    return actor_id


def bump_actors(
    conn: Connection,
    entity_rows: list[dict[str, Any]],
    quote_rows: list[dict[str, Any]],
    participant_rows: list[dict[str, Any]],
    published: dt.date | None,
) -> None:
    """Add one new article's contribution to its actors' counts (one executemany)."""
    delta: dict[int, list[int]] = defaultdict(lambda: [1, 0, 0, 0])
    for row in entity_rows:
        if row["actor_id"] is not None:
            delta[row["actor_id"]][1] += row["n_mentions"]
    for row in quote_rows:
        if row["actor_id"] in delta:
            delta[row["actor_id"]][2] += 1
    for row in participant_rows:
        if row["actor_id"] in delta:
            delta[row["actor_id"]][3] += 1
    if not delta:
        return
    pub = bindparam("p_pub", type_=Date)
    statement = (
        update(actors)
        .where(actors.c.id == bindparam("p_id"))
        .values(
            n_articles=actors.c.n_articles + bindparam("p_articles"),
            n_mentions=actors.c.n_mentions + bindparam("p_mentions"),
            n_quotes=actors.c.n_quotes + bindparam("p_quotes"),
            n_events=actors.c.n_events + bindparam("p_events"),
            first_seen=case(
                (or_(actors.c.first_seen.is_(None), actors.c.first_seen > pub), pub),
                else_=actors.c.first_seen,
            )
            if published
            else actors.c.first_seen,
            last_seen=case(
                (or_(actors.c.last_seen.is_(None), actors.c.last_seen < pub), pub),
                else_=actors.c.last_seen,
            )
            if published
            else actors.c.last_seen,
        )
    )
    params = [
        {
            "p_id": aid,
            "p_articles": d[0],
            "p_mentions": d[1],
            "p_quotes": d[2],
            "p_events": d[3],
            **({"p_pub": published} if published else {}),
        }
        for aid, d in sorted(delta.items())
    ]
    conn.execute(statement, params)


def recount_actors(conn: Connection, actor_ids: list[int]) -> None:
    """Recompute the counts of some actors from the per-article tables (after a delete)."""

    def scalar(query: Select[Any]) -> Any:
        return query.correlate(actors).scalar_subquery()

    e = entities
    seen = (
        select(articles.c.published)
        .join(e, e.c.article_id == articles.c.id)
        .where(e.c.actor_id == actors.c.id)
    )
    conn.execute(
        update(actors)
        .where(actors.c.id.in_(actor_ids))
        .values(
            n_articles=scalar(
                select(func.count(func.distinct(e.c.article_id))).where(e.c.actor_id == actors.c.id)
            ),
            n_mentions=scalar(
                select(func.coalesce(func.sum(e.c.n_mentions), 0)).where(e.c.actor_id == actors.c.id)
            ),
            n_quotes=scalar(
                select(func.count()).select_from(quotes).where(quotes.c.actor_id == actors.c.id)
            ),
            n_events=scalar(
                select(func.count())
                .select_from(event_participants)
                .where(event_participants.c.actor_id == actors.c.id)
            ),
            first_seen=scalar(seen.with_only_columns(func.min(articles.c.published))),
            last_seen=scalar(seen.with_only_columns(func.max(articles.c.published))),
        )
    )
