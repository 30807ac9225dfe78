"""One date rule and one Arrow schema: the store's export and ``newsgraph batch`` agree."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from newsgraph import tables
from newsgraph.batch import arrow_schema as batch_schema
from newsgraph.records import Record, event_date, quote_day
from newsgraph.store import Store
from newsgraph.store.export import arrow_schema as export_schema
from newsgraph.store.schema import TABLES

TEXT = "Ana Ruiz said on Monday: \"We will sign.\" The talks resumed in May."


def record(time_value: str | None) -> Record:
    """One quote and one event that both point at a time expression with ``time_value``."""
    times = [] if time_value is None else [
        {"id": "t1", "start": 28, "end": 34, "text": "Monday", "value": time_value, "precision": "day"}
    ]
    return Record.model_validate({
        "schema": "newsgraph/1",
        "article": {"id": "a1", "text": TEXT, "published": "2024-05-10"},
        "entities": [{"id": "e1", "name": "Ana Ruiz", "type": "PERSON",
                      "mentions": [{"start": 0, "end": 8, "text": "Ana Ruiz", "kind": "name"}]}],
        "times": times,
        "quotes": [{"id": "q1", "kind": "direct", "speaker": "e1", "time": "t1" if times else None,
                    "content": [{"start": 26, "end": 40, "text": TEXT[26:40]}]}],
        "events": [{"id": "v1", "category": "AGREE", "lemma": "sign", "time": "t1" if times else None,
                    "trigger": {"start": 34, "end": 38, "text": TEXT[34:38]},
                    "evidence": {"start": 26, "end": 40, "text": TEXT[26:40]}, "actors": ["e1"]}],
    })


def test_a_quote_and_an_event_get_the_same_day() -> None:
    named = record("2024-05-06")
    assert quote_day(named, named.quotes[0]) == dt.date(2024, 5, 6)
    assert event_date(named, named.events[0]).day == dt.date(2024, 5, 6)
    # A month names no single day: both fall back to the publication date.
    month = record("2024-05")
    assert quote_day(month, month.quotes[0]) == dt.date(2024, 5, 10)
    assert event_date(month, month.events[0]).day == dt.date(2024, 5, 10)


def test_the_store_and_batch_tables_date_an_event_alike(store: Store) -> None:
    rec = record("2024-05-06")
    store.add_record(rec)
    stored = store.events(article_id="a1").items[0]
    (row,) = tables.event_rows(rec)
    assert stored.date == row["date"] == dt.date(2024, 5, 6)
    assert store.quotes(article_id="a1").items[0].date == dt.date(2024, 5, 6)


def test_export_and_batch_use_one_arrow_type_per_kind() -> None:
    exported = {f.type for name in TABLES for f in export_schema(TABLES[name])}
    batched = {f.type for name in tables.TABLES for f in batch_schema(name)}
    every_kind = set(tables.arrow_schema({kind: kind for kind in tables.KINDS}).types)
    assert exported | batched <= every_kind
    assert export_schema(TABLES["events"]).field("date").type == batch_schema("events").field("date").type
    assert batch_schema("events").field("date").type == pa.date32()
    assert set(tables.KINDS) >= set(tables.table_columns("events").values())
