"""Flat tables from ``newsgraph/1`` records, and THE column types and Arrow schema of every table file.

Two writers produce table files: ``newsgraph batch`` (the researcher tables below,
flattened straight from records) and ``newsgraph export`` (the store's tables).
Both describe a table as ``{column: kind}`` with the kinds of :data:`KINDS` and get
their Parquet schema from :func:`arrow_schema` here, so a date is ``date32``, a count
``int64`` and a timestamp ``timestamp[us]`` in every file newsgraph writes.

A record is a nested document (entities, quotes, events pointing at each other by
id). Researchers who count events by country, day and category — as with GDELT or
POLECAT — want one row per event or per quote with every id already resolved to a
name and a code, so they never have to join the nested record back together. Each
table has a fixed, typed column list (``COLUMNS``) so that every partition of a
batch writes the same Parquet schema, even a partition with no rows, and a reader
can concatenate the parts without type fights.

Offsets in every ``*_start`` / ``*_end`` pair point into the article text (the
``text`` of the record, which the ``records`` table carries), end exclusive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from newsgraph.events.formats import plover_category
from newsgraph.records import Entity, Record, Span, TimeExpression, event_date

Row = dict[str, Any]

#: The column kinds, each with its Spark SQL type. Kept as plain strings so this
#: module does not need pyarrow (:func:`arrow_schema` imports it when called).
KINDS: dict[str, str] = {
    "str": "STRING",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
    "timestamp": "TIMESTAMP",
    "list[str]": "ARRAY<STRING>",
    "list[int]": "ARRAY<BIGINT>",
}


def arrow_schema(columns: Mapping[str, str]) -> Any:
    """The pyarrow schema of a table given as ``{column: kind}``: THE mapping of kinds to
    Arrow types for every file newsgraph writes (dates ``date32``, counts and offsets
    ``int64``, timestamps ``timestamp[us]``, every column nullable)."""
    import pyarrow as pa

    types = {
        "str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
        "date": pa.date32(), "timestamp": pa.timestamp("us"),
        "list[str]": pa.list_(pa.string()), "list[int]": pa.list_(pa.int64()),
    }
    return pa.schema([pa.field(name, types[kind], nullable=True) for name, kind in columns.items()])


#: Column name -> kind (:data:`KINDS`) of the researcher tables.
EVENT_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "published": "date",
    "event_id": "str",
    "date": "date",
    "category": "str",
    "plover_category": "str",
    "mode": "str",
    "quad": "int",
    "score": "float",
    "modality": "str",
    "confidence": "float",
    "lemma": "str",
    "trigger_text": "str",
    "trigger_start": "int",
    "trigger_end": "int",
    "actor1_id": "str",
    "actor1_name": "str",
    "actor1_type": "str",
    "actor1_country": "str",
    "actor1_sector": "str",
    "actor2_id": "str",
    "actor2_name": "str",
    "actor2_type": "str",
    "actor2_country": "str",
    "actor2_sector": "str",
    "actor_ids": "list[str]",
    "target_ids": "list[str]",
    "place_id": "str",
    "place_name": "str",
    "place_country": "str",
    "time_text": "str",
    "time_value": "str",
    "time_precision": "str",
    "time_anchor": "str",
    "quote_id": "str",
    "evidence_text": "str",
    "evidence_start": "int",
    "evidence_end": "int",
    "url": "str",
    "source": "str",
    "title": "str",
}

QUOTE_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "published": "date",
    "quote_id": "str",
    "kind": "str",
    "negated": "bool",
    "confidence": "float",
    "speaker_id": "str",
    "speaker_name": "str",
    "speaker_type": "str",
    "speaker_country": "str",
    "speaker_sector": "str",
    "source_text": "str",
    "source_start": "int",
    "source_end": "int",
    "content_text": "str",
    "content_start": "int",
    "content_end": "int",
    "content_starts": "list[int]",
    "content_ends": "list[int]",
    "cue_text": "str",
    "cue_start": "int",
    "cue_end": "int",
    "medium_text": "str",
    "medium_start": "int",
    "medium_end": "int",
    "time_text": "str",
    "time_value": "str",
    "time_anchor": "str",
    "url": "str",
    "source": "str",
    "title": "str",
}

RECORD_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "published": "date",
    "title": "str",
    "url": "str",
    "source": "str",
    "events": "int",
    "quotes": "int",
    "entities": "int",
    "record": "str",
}

def _time(record: Record, time_id: str | None) -> TimeExpression | None:
    if time_id is None:
        return None
    return next((t for t in record.times if t.id == time_id), None)


def _entity_cells(prefix: str, entity_id: str | None, entity: Entity | None) -> Row:
    return {
        f"{prefix}_id": entity_id,
        f"{prefix}_name": entity.name if entity else None,
        f"{prefix}_type": entity.type if entity else None,
        f"{prefix}_country": entity.country if entity else None,
        f"{prefix}_sector": entity.sector if entity else None,
    }


def _span_cells(prefix: str, span: Span | None) -> Row:
    return {
        f"{prefix}_text": span.text if span else None,
        f"{prefix}_start": span.start if span else None,
        f"{prefix}_end": span.end if span else None,
    }


def _article_cells(record: Record) -> Row:
    article = record.article
    return {"url": article.url, "source": article.source, "title": article.title}


def event_rows(record: Record) -> list[Row]:
    """One row per event. ``actor1`` is the first actor (who acts), ``actor2`` the
    first target; ``actor_ids`` / ``target_ids`` keep all of them for dyadic
    expansion. ``date`` is the event's own time when it names a calendar day, else
    the publication date — the convention GDELT's ``Day`` column follows."""
    rows: list[Row] = []
    published = record.article.published
    for event in record.events:
        time = _time(record, event.time)
        actor_id = event.actors[0] if event.actors else None
        target_id = event.targets[0] if event.targets else None
        place = record.entity(event.place)
        row: Row = {
            "article_id": record.article.id,
            "published": published,
            "event_id": event.id,
            "date": event_date(record, event).day,
            "category": event.category,
            "plover_category": plover_category(event),
            "mode": event.mode,
            "quad": event.quad,
            "score": event.score,
            "modality": event.modality,
            "confidence": event.confidence,
            "lemma": event.lemma,
            **_span_cells("trigger", event.trigger),
            **_entity_cells("actor1", actor_id, record.entity(actor_id)),
            **_entity_cells("actor2", target_id, record.entity(target_id)),
            "actor_ids": list(event.actors),
            "target_ids": list(event.targets),
            "place_id": event.place,
            "place_name": place.name if place else None,
            "place_country": place.country if place else None,
            "time_text": time.text if time else None,
            "time_value": time.value if time else None,
            "time_precision": time.precision if time else None,
            # what a relative time was read against: "publication", "statement" (a time
            # quoted from a dated statement) or "antecedent" ("that day")
            "time_anchor": time.anchor if time else None,
            "quote_id": event.quote,
            **_span_cells("evidence", event.evidence),
            **_article_cells(record),
        }
        rows.append(row)
    return rows


def quote_rows(record: Record) -> list[Row]:
    """One row per quote. ``content_text`` joins the quote's pieces with a space (an
    interrupted quote has several); ``content_start``/``content_end`` bound all of
    them and ``content_starts``/``content_ends`` give each piece exactly."""
    rows: list[Row] = []
    for quote in record.quotes:
        pieces = sorted(quote.content, key=lambda s: s.start)
        speaker = record.entity(quote.speaker)
        time = _time(record, quote.time)
        row: Row = {
            "article_id": record.article.id,
            "published": record.article.published,
            "quote_id": quote.id,
            "kind": quote.kind,
            "negated": quote.negated,
            "confidence": quote.confidence,
            "speaker_id": quote.speaker,
            "speaker_name": speaker.name if speaker else None,
            "speaker_type": speaker.type if speaker else None,
            "speaker_country": speaker.country if speaker else None,
            "speaker_sector": speaker.sector if speaker else None,
            **_span_cells("source", quote.source),
            "content_text": " ".join(p.text for p in pieces) if pieces else None,
            "content_start": pieces[0].start if pieces else None,
            "content_end": max(p.end for p in pieces) if pieces else None,
            "content_starts": [p.start for p in pieces],
            "content_ends": [p.end for p in pieces],
            **_span_cells("cue", quote.cue),
            **_span_cells("medium", quote.medium),
            "time_text": time.text if time else None,
            "time_value": time.value if time else quote.time,
            "time_anchor": time.anchor if time else None,
            **_article_cells(record),
        }
        rows.append(row)
    return rows


def record_rows(record: Record) -> list[Row]:
    """One row per article with the whole ``newsgraph/1`` record as a JSON string,
    plus the few columns needed to pick records without parsing them."""
    article = record.article
    return [
        {
            "article_id": article.id,
            "published": article.published,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "events": len(record.events),
            "quotes": len(record.quotes),
            "entities": len(record.entities),
            "record": json.dumps(record.to_json_dict(), ensure_ascii=False),
        }
    ]


Flattener = Callable[[Record], list[Row]]

#: Table name -> (flattener, columns). The CLI's ``--table`` choices come from here.
TABLES: dict[str, tuple[Flattener, dict[str, str]]] = {
    "events": (event_rows, EVENT_COLUMNS),
    "quotes": (quote_rows, QUOTE_COLUMNS),
    "records": (record_rows, RECORD_COLUMNS),
}


def table_columns(table: str) -> dict[str, str]:
    """The typed column list of ``table``; raises ``KeyError`` for an unknown name."""
    return TABLES[table][1]


def spark_ddl(table: str) -> str:
    """The table's schema as a Spark DDL string, for ``spark.createDataFrame(rdd, schema=...)``
    (a string, so newsgraph needs no pyspark import)."""
    return ", ".join(f"`{name}` {KINDS[kind]}" for name, kind in table_columns(table).items())
