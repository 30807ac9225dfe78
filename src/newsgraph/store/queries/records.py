"""Read queries by record kind: articles, quotes, events, stances, claims, and full-text search.

Every list query returns a :class:`~newsgraph.store.models.Page` (``total`` and one
page of ``items``), newest first; name filters match actors as described in
:mod:`newsgraph.store.queries.common`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any, get_args

from pydantic import ValidationError
from sqlalchemy import ColumnElement, Connection, Row, and_, false, func, or_, select, tuple_

from newsgraph.records import QuoteKind, Record
from newsgraph.store import fts
from newsgraph.store.integrity import StoreDamagedError, one_line, store_label
from newsgraph.store.models import (
    ActorRef,
    ArticleSummary,
    ClaimRow,
    EventRow,
    Page,
    QuoteRow,
    SearchHit,
    SearchResults,
    StanceRow,
)
from newsgraph.store.queries.common import ARTICLE_SUMMARY_COLUMNS, QueryBase, names_something
from newsgraph.store.schema import (
    actors,
    articles,
    claims,
    entities,
    event_participants,
    events,
    mentions,
    quotes,
    search_docs,
    stances,
)

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)


def confident(column: Any, minimum: float | None) -> list[ColumnElement[bool]]:
    """The condition of a ``min_confidence`` filter on ``column``: none without a filter
    (or at 0), else ``column >= minimum``, which drops rows without a confidence (NULL)
    as ``confidence.passes`` does for records. Outside [0, 1] is a ``ValueError``."""
    if minimum is None:
        return []
    if not 0.0 <= minimum <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, got {minimum}")
    if minimum == 0:
        return []
    return [column >= minimum]


class RecordQueries(QueryBase):
    """Queries over the per-article tables."""

    def article(self, article_id: str) -> Record | None:
        """The full record exactly as it was added, or None."""
        with self._read() as conn:
            row = conn.execute(select(articles.c.record_json).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        try:
            return Record.model_validate_json(row[0])
        except ValidationError as exc:  # the JSON text was damaged (SQLite keeps no checksums)
            raise StoreDamagedError(store_label(self.url), f"the stored record of article {article_id!r} "
                                    f"cannot be read: {one_line(str(exc.errors()[0]['msg']))}") from exc

    def articles(
        self,
        q: str | None = None,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[ArticleSummary]:
        """Articles, newest first; ``q`` is a full-text query over title and text."""
        conds: list[ColumnElement[bool]] = []
        if q:
            matching = fts.matching_articles(self.dialect, q) if fts.has_terms(q) else None
            conds.append(false() if matching is None else articles.c.id.in_(matching))
        if since:
            conds.append(articles.c.published >= since)
        if until:
            conds.append(articles.c.published <= until)
        if source:
            conds.append(func.lower(articles.c.source).contains(source.lower(), autoescape=True))
        query = (
            select(
                *ARTICLE_SUMMARY_COLUMNS,
                func.substr(articles.c.text, 1, 240).label("snippet"),
            )
            .where(*conds)
            .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        return Page(
            total=total,
            limit=limit,
            offset=offset,
            items=[ArticleSummary.model_validate(r._asdict()) for r in rows],
        )

    def quotes(
        self,
        speaker: str | None = None,
        *,
        actor_id: int | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        q: str | None = None,
        article_id: str | None = None,
        kind: str | None = None,
        about: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[QuoteRow]:
        """Quotes, newest first. ``speaker`` matches an actor by name or alias (substring,
        case-insensitive); ``q`` searches the quoted words; ``kind`` is ``direct``,
        ``indirect`` or ``mixed`` (anything else is a ``ValueError``); ``about`` keeps
        quotes whose words mention an actor matched like ``speaker`` ("what did the
        Taliban say about the US": ``speaker="Taliban", about="USA"``), through the
        resolved mentions, so "he" and "the president" count. ``min_confidence`` keeps
        quotes at least that sure (:func:`confident`)."""
        if kind is not None and kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {kind!r}: use one of {', '.join(QUOTE_KINDS)}")
        conds: list[ColumnElement[bool]] = []
        if kind is not None:
            conds.append(quotes.c.kind == kind)
        if speaker:
            conds.append(self._quote_speaker_is(speaker))
        if actor_id is not None:
            conds.append(quotes.c.actor_id == actor_id)
        if about:
            conds.append(self._quote_mentions(about))
        if since:
            conds.append(quotes.c.date >= since)
        if until:
            conds.append(quotes.c.date <= until)
        if q:
            conds.append(
                tuple_(quotes.c.article_id, quotes.c.id).in_(fts.matching_ids(self.dialect, q, "quote"))
                if fts.has_terms(q)
                else false()
            )
        if article_id:
            conds.append(quotes.c.article_id == article_id)
        conds.extend(confident(quotes.c.confidence, min_confidence))
        query = (
            select(
                quotes,
                articles.c.title.label("article_title"),
                actors.c.name.label("actor_name"),
                actors.c.type.label("actor_type"),
                actors.c.country.label("actor_country"),
            )
            .join(articles, articles.c.id == quotes.c.article_id)
            .outerjoin(actors, actors.c.id == quotes.c.actor_id)
            .where(*conds)
            .order_by(quotes.c.date.desc().nulls_last(), quotes.c.article_id, quotes.c.start)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        return Page(total=total, limit=limit, offset=offset, items=[_quote_row(r) for r in rows])

    def _quote_speaker_is(self, speaker: str) -> ColumnElement[bool]:
        """Quotes by an actor named ``speaker`` (name or alias), or, for quotes whose speaker
        is no actor, by that name as written."""
        if not names_something(speaker):
            return false()
        return or_(
            quotes.c.actor_id.in_(self._actor_ids(speaker)),
            # Quotes whose speaker is no actor are matched by the name as written
            # (only those: the actor_id index narrows the scan to them).
            and_(
                quotes.c.actor_id.is_(None),
                func.lower(quotes.c.speaker_name).contains(speaker.lower(), autoescape=True),
            ),
        )

    def _quote_mentions(self, about: str) -> ColumnElement[bool]:
        """Quotes whose words hold a resolved mention of an actor named ``about``."""
        return (
            select(mentions.c.id)
            .where(
                mentions.c.article_id == quotes.c.article_id,
                mentions.c.start >= quotes.c.start,
                mentions.c.end <= quotes.c.end,
                mentions.c.actor_id.in_(self._actor_ids(about)),
            )
            .exists()
        )

    def entity_actors(self, article_id: str) -> dict[str, int]:
        """This article's entity ids mapped to their corpus actors, as stored at ingest.

        Entities without an actor (a name that normalises to nothing) are left out;
        an unknown article gives ``{}``.
        """
        query = select(entities.c.id, entities.c.actor_id).where(
            entities.c.article_id == article_id, entities.c.actor_id.is_not(None)
        )
        with self._read() as conn:
            return {str(r.id): int(r.actor_id) for r in conn.execute(query)}

    def events(
        self,
        actor: str | None = None,
        *,
        target: str | None = None,
        category: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor_id: int | None = None,
        article_id: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[EventRow]:
        """Events, newest first. ``actor``/``target`` is a name (substring) or a
        three-letter country code (``AFG``) matching the actor's country; ``category``
        may list several, comma-separated; ``min_confidence`` as in :meth:`quotes`."""
        conds: list[ColumnElement[bool]] = []
        if actor:
            conds.append(
                self._has_participant("actor", event_participants.c.actor_id.in_(self._actor_ids(actor)))
            )
        if target:
            conds.append(
                self._has_participant("target", event_participants.c.actor_id.in_(self._actor_ids(target)))
            )
        if actor_id is not None:
            conds.append(self._has_participant("actor", event_participants.c.actor_id == actor_id))
        if category:
            wanted = [c.strip().upper() for c in category.split(",") if c.strip()]
            conds.append(events.c.category.in_(wanted))
        if since:
            conds.append(events.c.date >= since)
        if until:
            conds.append(events.c.date <= until)
        if article_id:
            conds.append(events.c.article_id == article_id)
        conds.extend(confident(events.c.confidence, min_confidence))
        return self._events_page(conds, limit, offset)

    def _has_participant(self, role: str, cond: ColumnElement[bool]) -> ColumnElement[bool]:
        """Events with a participant in ``role`` matching ``cond``. An uncorrelated IN (not
        EXISTS): the participant index finds the few events first, instead of probing
        every event against a busy actor's many rows."""
        p = event_participants
        return tuple_(events.c.article_id, events.c.id).in_(
            select(p.c.article_id, p.c.event_id).where(p.c.role == role, cond)
        )

    def _events_page(
        self, conds: list[ColumnElement[bool]], limit: int | None, offset: int
    ) -> Page[EventRow]:
        query = (
            select(events, articles.c.title.label("article_title"))
            .join(articles, articles.c.id == events.c.article_id)
            .where(*conds)
            .order_by(events.c.date.desc().nulls_last(), events.c.article_id, events.c.start)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
            parts = self._participants(conn, [(r.article_id, r.id) for r in rows])
        items = []
        for r in rows:
            data = r._asdict()
            who = parts.get((r.article_id, r.id), {})
            data["actors"] = who.get("actor", [])
            data["targets"] = who.get("target", [])
            items.append(EventRow.model_validate(data))
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _participants(
        self, conn: Connection, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], dict[str, list[ActorRef]]]:
        out: dict[tuple[str, str], dict[str, list[ActorRef]]] = defaultdict(lambda: defaultdict(list))
        if not keys:
            return out
        p = event_participants
        query = (
            select(
                p.c.article_id,
                p.c.event_id,
                p.c.role,
                p.c.entity_id,
                p.c.actor_id,
                entities.c.name.label("entity_name"),
                entities.c.type.label("entity_type"),
                entities.c.country.label("entity_country"),
                actors.c.name.label("actor_name"),
                actors.c.type.label("actor_type"),
                actors.c.country.label("actor_country"),
            )
            .outerjoin(
                entities, and_(entities.c.article_id == p.c.article_id, entities.c.id == p.c.entity_id)
            )
            .outerjoin(actors, actors.c.id == p.c.actor_id)
            .where(tuple_(p.c.article_id, p.c.event_id).in_(keys))
            .order_by(p.c.article_id, p.c.event_id, p.c.role, p.c.position)
        )
        for r in conn.execute(query):
            out[(r.article_id, r.event_id)][r.role].append(
                ActorRef(
                    id=r.actor_id,
                    name=r.actor_name or r.entity_name or r.entity_id,
                    type=r.actor_type or r.entity_type,
                    country=r.actor_country or r.entity_country,
                    entity_id=r.entity_id,
                )
            )
        return out

    def search(self, text: str, *, limit: int = 20) -> SearchResults:
        """Full-text search (FTS5 / tsvector) over articles, quotes, events and claims; names over actors."""
        results = SearchResults(query=text, total=0)
        if not fts.has_terms(text):
            return results
        groups: dict[str, list[SearchHit]] = {}
        with self._read() as conn:
            for kind in ("article", "quote", "event", "claim"):
                base = (
                    select(
                        search_docs.c.article_id,
                        search_docs.c.record_id,
                        fts.snippet(self.dialect, text).label("snippet"),
                        articles.c.title,
                        articles.c.published,
                    )
                    .select_from(search_docs)
                    .join(articles, articles.c.id == search_docs.c.article_id)
                    .where(fts.match(self.dialect, text), search_docs.c.kind == kind)
                )
                total = conn.execute(
                    select(func.count()).select_from(
                        select(search_docs.c.article_id)
                        .where(fts.match(self.dialect, text), search_docs.c.kind == kind)
                        .subquery()
                    )
                ).scalar_one()
                rows = conn.execute(base.order_by(fts.rank(self.dialect, text)).limit(limit)).all()
                groups[kind] = [
                    SearchHit(
                        kind=kind,
                        article_id=r.article_id,
                        record_id=r.record_id,
                        title=r.title,
                        snippet=r.snippet,
                        published=r.published,
                    )
                    for r in rows
                ]
                results.total += int(total)
            actor_rows = conn.execute(
                self._actor_stats()
                .where(actors.c.id.in_(self._actor_ids(text)))
                .order_by(actors.c.n_articles.desc())
                .limit(limit)
            ).all()
        results.articles, results.quotes = groups["article"], groups["quote"]
        results.events, results.claims = groups["event"], groups["claim"]
        results.actors = [
            SearchHit(
                kind="actor", actor_id=r.id, title=r.name, snippet=f"{r.type}, in {r.n_articles} article(s)"
            )
            for r in actor_rows
        ]
        results.total += len(results.actors)
        return results

    def stances(
        self,
        holder: str | None = None,
        *,
        target: str | None = None,
        polarity: str | None = None,
        article_id: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[StanceRow]:
        """Stances, newest first; ``holder``/``target`` match actor names as in :meth:`events`;
        ``min_confidence`` as in :meth:`quotes`."""
        conds: list[ColumnElement[bool]] = []
        if holder:
            conds.append(stances.c.holder_actor.in_(self._actor_ids(holder)))
        if target:
            conds.append(stances.c.target_actor.in_(self._actor_ids(target)))
        if polarity:
            conds.append(stances.c.polarity == polarity)
        if article_id:
            conds.append(stances.c.article_id == article_id)
        conds.extend(confident(stances.c.confidence, min_confidence))
        return self._stances_page(conds, limit, offset)

    def _stances_page(
        self, conds: list[ColumnElement[bool]], limit: int | None, offset: int
    ) -> Page[StanceRow]:
        holder_ent, target_ent = entities.alias("holder_ent"), entities.alias("target_ent")
        holder_act, target_act = actors.alias("holder_act"), actors.alias("target_act")
        query = (
            select(
                stances,
                articles.c.title.label("article_title"),
                holder_ent.c.name.label("h_ename"),
                holder_ent.c.type.label("h_etype"),
                holder_act.c.name.label("h_aname"),
                holder_act.c.country.label("h_country"),
                target_ent.c.name.label("t_ename"),
                target_ent.c.type.label("t_etype"),
                target_act.c.name.label("t_aname"),
                target_act.c.country.label("t_country"),
            )
            .join(articles, articles.c.id == stances.c.article_id)
            .outerjoin(
                holder_ent,
                and_(
                    holder_ent.c.article_id == stances.c.article_id,
                    holder_ent.c.id == stances.c.holder_entity,
                ),
            )
            .outerjoin(
                target_ent,
                and_(
                    target_ent.c.article_id == stances.c.article_id,
                    target_ent.c.id == stances.c.target_entity,
                ),
            )
            .outerjoin(holder_act, holder_act.c.id == stances.c.holder_actor)
            .outerjoin(target_act, target_act.c.id == stances.c.target_actor)
            .where(*conds)
            .order_by(stances.c.published.desc().nulls_last(), stances.c.article_id, stances.c.id)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        items = [
            StanceRow(
                id=r.id,
                article_id=r.article_id,
                article_title=r.article_title,
                published=r.published,
                holder=ActorRef(
                    id=r.holder_actor,
                    name=r.h_aname or r.h_ename or r.holder_entity,
                    type=r.h_etype,
                    country=r.h_country,
                    entity_id=r.holder_entity,
                ),
                target=ActorRef(
                    id=r.target_actor,
                    name=r.t_aname or r.t_ename or r.target_entity,
                    type=r.t_etype,
                    country=r.t_country,
                    entity_id=r.target_entity,
                ),
                polarity=r.polarity,
                evidence=json.loads(r.evidence_json),
                confidence=r.confidence,
            )
            for r in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def claims(
        self,
        claimant: str | None = None,
        *,
        q: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        article_id: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[ClaimRow]:
        """Check-worthy claims, newest first; ``claimant`` matches an actor name, or
        ``"narrator"`` for claims the article itself makes, or ``"unresolved"`` for claims
        inside a quote whose speaker is unknown; ``min_confidence`` as in :meth:`quotes`."""
        conds: list[ColumnElement[bool]] = []
        if claimant:
            if claimant.lower() == "narrator":
                conds.append(and_(claims.c.claimant_entity.is_(None), claims.c.quote.is_(None)))
            elif claimant.lower() == "unresolved":
                conds.append(and_(claims.c.claimant_entity.is_(None), claims.c.quote.is_not(None)))
            else:
                conds.append(claims.c.actor_id.in_(self._actor_ids(claimant)))
        if q:
            conds.append(
                tuple_(claims.c.article_id, claims.c.id).in_(fts.matching_ids(self.dialect, q, "claim"))
                if fts.has_terms(q)
                else false()
            )
        if since:
            conds.append(claims.c.published >= since)
        if until:
            conds.append(claims.c.published <= until)
        if article_id:
            conds.append(claims.c.article_id == article_id)
        conds.extend(confident(claims.c.confidence, min_confidence))
        query = (
            select(
                claims,
                articles.c.title.label("article_title"),
                entities.c.name.label("entity_name"),
                entities.c.type.label("entity_type"),
                actors.c.name.label("actor_name"),
                actors.c.country.label("actor_country"),
            )
            .join(articles, articles.c.id == claims.c.article_id)
            .outerjoin(
                entities,
                and_(entities.c.article_id == claims.c.article_id, entities.c.id == claims.c.claimant_entity),
            )
            .outerjoin(actors, actors.c.id == claims.c.actor_id)
            .where(*conds)
            .order_by(claims.c.published.desc().nulls_last(), claims.c.article_id, claims.c.start)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        items = [
            ClaimRow(
                id=r.id,
                article_id=r.article_id,
                article_title=r.article_title,
                published=r.published,
                text=r.text,
                start=r.start,
                end=r.end,
                quote=r.quote,
                confidence=r.confidence,
                quantities=json.loads(r.quantities_json),
                claimant=None
                if r.claimant_entity is None
                else ActorRef(
                    id=r.actor_id,
                    name=r.actor_name or r.entity_name or r.claimant_entity,
                    type=r.entity_type,
                    country=r.actor_country,
                    entity_id=r.claimant_entity,
                ),
            )
            for r in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)


def _quote_row(r: Row[Any]) -> QuoteRow:
    speaker = None
    if r.actor_id is not None or r.speaker_name:
        speaker = ActorRef(
            id=r.actor_id,
            name=r.actor_name or r.speaker_name or "",
            type=r.actor_type,
            country=r.actor_country,
            entity_id=r.speaker_entity,
        )
    return QuoteRow(
        id=r.id,
        article_id=r.article_id,
        article_title=r.article_title,
        published=r.published,
        date=r.date,
        kind=r.kind,
        text=r.text,
        start=r.start,
        end=r.end,
        cue=r.cue,
        speaker=speaker,
        time=r.time,
        negated=bool(r.negated),
        confidence=r.confidence,
    )
