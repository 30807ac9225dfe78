"""Whole-corpus views: row counts and table streams for exports."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_

from newsgraph.store.connection import Database
from newsgraph.store.integrity import database_errors
from newsgraph.store.models import Counts
from newsgraph.store.schema import (
    TABLES,
    actors,
    articles,
    claims,
    entities,
    event_participants,
    events,
    ingest_errors,
    ingest_runs,
    mentions,
    quotes,
    stances,
    times,
)


class CorpusViews(Database):
    """Counts and streams over every table."""

    def counts(self) -> Counts:
        """How many rows of each kind the corpus holds (actors: those some article mentions)."""
        with self._read() as conn:

            def n(table: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

            return Counts(
                articles=n(articles),
                actors=n(actors),
                entities=n(entities),
                mentions=n(mentions),
                quotes=n(quotes),
                events=n(events),
                times=n(times),
                claims=n(claims),
                stances=n(stances),
                ingest_runs=n(ingest_runs),
                ingest_errors=n(ingest_errors),
            )

    def iter_table(
        self, name: str, *, batch: int = 5000, min_confidence: float | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        """Every row of one table (``articles``, ``quotes``... as in :data:`TABLES`), in batches,
        for exports. ``articles`` leaves out the stored record JSON. ``min_confidence``
        keeps only the quotes, events (and their participants), claims and stances at
        least that sure, as ``Store.quotes(min_confidence=...)`` does."""
        table = TABLES[name]
        columns = [c for c in table.c if c.name != "record_json"]
        order = list(table.primary_key.columns)
        conds: list[ColumnElement[bool]] = []
        if min_confidence is not None and min_confidence > 0:
            if "confidence" in table.c:
                conds.append(table.c.confidence >= min_confidence)
            elif table is event_participants:
                kept = select(events.c.article_id, events.c.id).where(events.c.confidence >= min_confidence)
                conds.append(tuple_(table.c.article_id, table.c.event_id).in_(kept))
        with database_errors(self.url), self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(
                select(*columns).where(*conds).order_by(*order)
            )
            for part in result.partitions(batch):
                yield [r._asdict() for r in part]
