"""Read queries about actors: the actor list, one actor's page, the timeline and the actor graph.

They build on the record queries (an actor's page lists its quotes, events and
stances through the same queries the API's list endpoints use).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, Select, and_, case, func, or_, select, tuple_

from newsgraph.store.identity import fold, normalise
from newsgraph.store.models import (
    ActorDetail,
    ActorSummary,
    ArticleSummary,
    DayCount,
    Evidence,
    Graph,
    GraphEdge,
    GraphNode,
    Page,
    RoleRow,
    Timeline,
    TimelineItem,
)
from newsgraph.store.queries.common import ARTICLE_SUMMARY_COLUMNS, MAX_ID, names_something
from newsgraph.store.queries.records import RecordQueries
from newsgraph.store.schema import (
    actor_aliases,
    actors,
    articles,
    entities,
    event_participants,
    events,
    roles,
    stances,
)


class ActorQueries(RecordQueries):
    """Queries over ``actors`` and what links to them."""

    def _summaries(self, conn: Connection, rows: Iterable[Row[Any]]) -> list[ActorSummary]:
        rows = list(rows)
        aliases: dict[int, list[str]] = defaultdict(list)
        if rows:
            for a in conn.execute(
                select(actor_aliases.c.actor_id, actor_aliases.c.name)
                .where(actor_aliases.c.actor_id.in_([r.id for r in rows]))
                .order_by(actor_aliases.c.name)
            ):
                aliases[a.actor_id].append(a.name)
        return [ActorSummary(**r._asdict(), aliases=[a for a in aliases[r.id] if a != r.name]) for r in rows]

    def actors(
        self,
        top: int | None = None,
        *,
        q: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Page[ActorSummary]:
        """Actors by number of articles that mention them (most first); ``top`` = limit."""
        query = self._actor_stats()
        if q:
            query = query.where(actors.c.id.in_(self._actor_ids(q)))
        if type:
            query = query.where(actors.c.type == type.upper())
        query = query.order_by(
            actors.c.n_articles.desc(),
            actors.c.n_mentions.desc(),
            actors.c.name,
        )
        limit = top if top is not None else limit
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
            items = self._summaries(conn, rows)
        return Page(total=total, limit=limit, offset=offset, items=items)

    def find_actor(self, name: str) -> ActorSummary | None:
        """The best actor for a name or id: exact alias, then surname, then substring, then
        country code; among several, the one most articles mention."""
        name = name.strip()
        if not names_something(name):
            return None
        base = self._actor_stats().order_by(actors.c.n_articles.desc(), actors.c.id)
        folded = fold(name)
        tries: list[ColumnElement[bool]] = []
        if name.isascii() and name.isdigit() and len(name) <= 19 and int(name) <= MAX_ID:
            tries.append(actors.c.id == int(name))
        tries += [
            actors.c.id.in_(select(actor_aliases.c.actor_id).where(actor_aliases.c.norm == folded)),
            actors.c.id.in_(
                select(actor_aliases.c.actor_id).where(actor_aliases.c.norm == normalise(name, "PERSON"))
            ),
            actors.c.surname == folded,
            actors.c.id.in_(self._actor_ids(name)),
        ]
        with self._read() as conn:
            for cond in tries:
                row = conn.execute(base.where(cond).limit(1)).first()
                if row is not None:
                    return self._summaries(conn, [row])[0]
        return None

    def _actor_summary(self, actor: int | str) -> ActorSummary | None:
        if isinstance(actor, int):
            with self._read() as conn:
                row = conn.execute(self._actor_stats().where(actors.c.id == actor)).first()
                return None if row is None else self._summaries(conn, [row])[0]
        return self.find_actor(actor)

    def actor(self, actor_id: int | str) -> ActorDetail | None:
        """One actor with roles over time, quotes, events as actor and target, stances.

        ``actor_id`` may be the integer id or a name (resolved as in :meth:`find_actor`).
        """
        summary = self._actor_summary(actor_id)
        if summary is None:
            return None
        aid = summary.id
        with self._read() as conn:
            role_rows = conn.execute(
                select(roles.c.title, roles.c.org, roles.c.article_id, roles.c.published)
                .where(roles.c.actor_id == aid)
                .order_by(roles.c.published.nulls_last(), roles.c.article_id)
            ).all()
            article_rows = conn.execute(
                select(*ARTICLE_SUMMARY_COLUMNS)
                .where(articles.c.id.in_(select(entities.c.article_id).where(entities.c.actor_id == aid)))
                .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
                .limit(200)
            ).all()
        return ActorDetail(
            **summary.model_dump(),
            roles=[RoleRow.model_validate(r._asdict()) for r in role_rows],
            quotes=self.quotes(actor_id=aid, limit=200).items,
            events_as_actor=self._events_page(
                [self._has_participant("actor", event_participants.c.actor_id == aid)], 200, 0
            ).items,
            events_as_target=self._events_page(
                [self._has_participant("target", event_participants.c.actor_id == aid)], 200, 0
            ).items,
            stances_held=self._stances_page([stances.c.holder_actor == aid], 200, 0).items,
            stances_received=self._stances_page([stances.c.target_actor == aid], 200, 0).items,
            articles=[ArticleSummary.model_validate(r._asdict()) for r in article_rows],
        )

    def timeline(
        self,
        actor: int | str | None = None,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        category: str | None = None,
    ) -> Timeline:
        """Dated events, quotes and roles of one actor, oldest first, and events per day and
        category (of that actor, or of the whole corpus when ``actor`` is None)."""
        summary: ActorSummary | None = None
        conds: list[ColumnElement[bool]] = [events.c.date.is_not(None)]
        if since:
            conds.append(events.c.date >= since)
        if until:
            conds.append(events.c.date <= until)
        if category:
            conds.append(events.c.category.in_([c.strip().upper() for c in category.split(",") if c.strip()]))
        items: list[TimelineItem] = []
        if actor is not None:
            summary = self._actor_summary(actor)
            if summary is None:
                return Timeline()
            aid = summary.id
            conds.append(
                or_(
                    self._has_participant("actor", event_participants.c.actor_id == aid),
                    self._has_participant("target", event_participants.c.actor_id == aid),
                )
            )
            for e in self._events_page(list(conds), None, 0).items:
                who = ", ".join(a.name for a in e.actors) or "?"
                whom = ", ".join(t.name for t in e.targets)
                items.append(
                    TimelineItem(
                        date=e.date,
                        kind="event",
                        article_id=e.article_id,
                        record_id=e.id,
                        category=e.category,
                        text=f"{who} {e.trigger} {whom}".strip() + f" — {e.evidence}",
                    )
                )
            if not category:
                for qrow in self.quotes(actor_id=aid, since=since, until=until, limit=None).items:
                    items.append(
                        TimelineItem(
                            date=qrow.date,
                            kind="quote",
                            article_id=qrow.article_id,
                            record_id=qrow.id,
                            text=qrow.text,
                        )
                    )
                detail_roles = self._roles_of(aid)
                items += [
                    TimelineItem(
                        date=r.published,
                        kind="role",
                        article_id=r.article_id,
                        text=r.title + (f", {r.org}" if r.org else ""),
                    )
                    for r in detail_roles
                    if (since is None or (r.published and r.published >= since))
                    and (until is None or (r.published and r.published <= until))
                ]
            items.sort(key=lambda i: (i.date or dt.date.max, i.article_id, i.kind))
        query = (
            select(events.c.date, events.c.category, func.count().label("count"))
            .where(*conds)
            .group_by(events.c.date, events.c.category)
            .order_by(events.c.date, events.c.category)
        )
        with self._read() as conn:
            days = [DayCount(date=r.date, category=r.category, count=r.count) for r in conn.execute(query)]
        return Timeline(actor=summary, items=items, days=days)

    def _roles_of(self, actor_id: int) -> list[RoleRow]:
        with self._read() as conn:
            rows = conn.execute(
                select(roles.c.title, roles.c.org, roles.c.article_id, roles.c.published).where(
                    roles.c.actor_id == actor_id
                )
            ).all()
        return [RoleRow.model_validate(r._asdict()) for r in rows]

    def graph(
        self,
        *,
        actor: int | str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        min_count: int = 1,
        limit: int = 200,
    ) -> Graph:
        """The actor network: an edge per (source, target, relation) from events with an
        actor and a target, and from stances; polarity from the event's quad class
        (1-2 positive, 3-4 negative, unknown neutral) or the stance; evidence ids link to
        the articles."""
        focus: int | None = None
        if actor is not None:
            summary = self._actor_summary(actor)
            if summary is None:
                return Graph()
            focus = summary.id
        src, tgt = event_participants.alias("src"), event_participants.alias("tgt")
        polarity = case(
            (events.c.quad.is_(None), "neutral"), (events.c.quad <= 2, "positive"), else_="negative"
        )
        event_where, stance_where = _graph_filters(src, tgt, focus, since, until)

        def event_rows(*columns: Any) -> Select[Any]:
            return (
                select(*columns)
                .select_from(src)
                .join(
                    tgt,
                    and_(
                        tgt.c.article_id == src.c.article_id,
                        tgt.c.event_id == src.c.event_id,
                        tgt.c.role == "target",
                    ),
                )
                .join(events, and_(events.c.article_id == src.c.article_id, events.c.id == src.c.event_id))
                .where(*event_where)
            )

        # Counting happens in the database; evidence is fetched for the kept edges only.
        event_edges = (
            event_rows(src.c.actor_id, tgt.c.actor_id, events.c.category, polarity, func.count())
            .group_by(src.c.actor_id, tgt.c.actor_id, events.c.category, polarity)
            .having(func.count() >= min_count)
            .order_by(func.count().desc())
            .limit(limit)
        )
        stance_edges = (
            select(stances.c.holder_actor, stances.c.target_actor, stances.c.polarity, func.count())
            .where(*stance_where)
            .group_by(stances.c.holder_actor, stances.c.target_actor, stances.c.polarity)
            .having(func.count() >= min_count)
            .order_by(func.count().desc())
            .limit(limit)
        )
        with self._read() as conn:
            edges = [
                GraphEdge(source=a, target=b, relation=rel, polarity=pol, count=n)
                for a, b, rel, pol, n in conn.execute(event_edges)
            ]
            edges += [
                GraphEdge(source=a, target=b, relation="STANCE", polarity=pol, count=n)
                for a, b, pol, n in conn.execute(stance_edges)
            ]
            kept = sorted(edges, key=lambda e: (-e.count, e.source, e.target, e.relation))[:limit]
            self._graph_evidence(conn, kept, event_rows, src, tgt, polarity, stance_where)
            nodes = _graph_nodes(conn, kept)
        return Graph(nodes=nodes, edges=kept)

    def _graph_evidence(
        self,
        conn: Connection,
        edges: list[GraphEdge],
        event_rows: Any,
        src: Any,
        tgt: Any,
        polarity: Any,
        stance_where: list[ColumnElement[bool]],
        per_edge: int = 20,
    ) -> None:
        """Up to ``per_edge`` evidence ids per edge, newest first (a window function)."""
        by_key = {(e.source, e.target, e.relation, e.polarity): e for e in edges}
        event_keys = [(e.source, e.target, e.relation) for e in edges if e.relation != "STANCE"]
        if event_keys:
            rank = func.row_number().over(
                partition_by=(src.c.actor_id, tgt.c.actor_id, events.c.category, polarity),
                order_by=(events.c.date.desc(), events.c.article_id, events.c.id),
            )
            ranked = (
                event_rows(
                    src.c.actor_id.label("a"),
                    tgt.c.actor_id.label("b"),
                    events.c.category.label("rel"),
                    polarity.label("pol"),
                    events.c.article_id,
                    events.c.id,
                    events.c.trigger,
                    rank.label("rank"),
                )
                .where(tuple_(src.c.actor_id, tgt.c.actor_id, events.c.category).in_(event_keys))
                .subquery()
            )
            for r in conn.execute(select(ranked).where(ranked.c.rank <= per_edge)):
                edge = by_key.get((r.a, r.b, r.rel, r.pol))
                if edge is not None:
                    edge.evidence.append(
                        Evidence(article_id=r.article_id, record_id=r.id, kind="event", text=r.trigger)
                    )
        stance_keys = [(e.source, e.target) for e in edges if e.relation == "STANCE"]
        if stance_keys:
            rank = func.row_number().over(
                partition_by=(stances.c.holder_actor, stances.c.target_actor, stances.c.polarity),
                order_by=(stances.c.published.desc(), stances.c.article_id, stances.c.id),
            )
            ranked = (
                select(
                    stances.c.holder_actor.label("a"),
                    stances.c.target_actor.label("b"),
                    stances.c.polarity.label("pol"),
                    stances.c.article_id,
                    stances.c.id,
                    rank.label("rank"),
                )
                .where(*stance_where, tuple_(stances.c.holder_actor, stances.c.target_actor).in_(stance_keys))
                .subquery()
            )
            for r in conn.execute(select(ranked).where(ranked.c.rank <= per_edge)):
                edge = by_key.get((r.a, r.b, "STANCE", r.pol))
                if edge is not None:
                    edge.evidence.append(Evidence(article_id=r.article_id, record_id=r.id, kind="stance"))


def _graph_filters(
    src: Any, tgt: Any, focus: int | None, since: dt.date | None, until: dt.date | None
) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """The conditions on event edges (an actor and a different target, both actors) and on
    stance edges (holder and a different target), narrowed by date and focus actor."""
    event_where: list[ColumnElement[bool]] = [
        src.c.role == "actor",
        src.c.actor_id.is_not(None),
        tgt.c.actor_id.is_not(None),
        src.c.actor_id != tgt.c.actor_id,
    ]
    stance_where: list[ColumnElement[bool]] = [
        stances.c.holder_actor.is_not(None),
        stances.c.target_actor.is_not(None),
        stances.c.holder_actor != stances.c.target_actor,
    ]
    if since:
        event_where.append(events.c.date >= since)
        stance_where.append(stances.c.published >= since)
    if until:
        event_where.append(events.c.date <= until)
        stance_where.append(stances.c.published <= until)
    if focus is not None:
        event_where.append(or_(src.c.actor_id == focus, tgt.c.actor_id == focus))
        stance_where.append(or_(stances.c.holder_actor == focus, stances.c.target_actor == focus))
    return event_where, stance_where


def _graph_nodes(conn: Connection, kept: list[GraphEdge]) -> list[GraphNode]:
    """The actors the kept edges join, weighted by the edges' counts, heaviest first."""
    weight: dict[int, int] = defaultdict(int)
    for e in kept:
        weight[e.source] += e.count
        weight[e.target] += e.count
    node_rows = (
        conn.execute(
            select(actors.c.id, actors.c.name, actors.c.type, actors.c.country).where(
                actors.c.id.in_(list(weight))
            )
        ).all()
        if weight
        else []
    )
    return sorted(
        (
            GraphNode(id=r.id, name=r.name, type=r.type, country=r.country, weight=weight[r.id])
            for r in node_rows
        ),
        key=lambda n: (-n.weight, n.name),
    )
