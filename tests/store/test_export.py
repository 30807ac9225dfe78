"""Exports: one file per table, typed Parquet that analysis tools read with dates as dates."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.records import Record
from newsgraph.store import Store
from newsgraph.store.export import export
from tests.store.test_store import fill


def test_parquet_keeps_dates_numbers_and_booleans_typed(store: Store, tmp_path: Path) -> None:
    fill(store)
    written = dict((p.name, n) for p, n in export(store, tmp_path, "parquet"))
    assert written["articles.parquet"] == 3
    assert written["quotes.parquet"] == 4
    quotes = pq.read_table(tmp_path / "quotes.parquet")
    assert quotes.schema.field("date").type == pa.date32()
    assert dt.date(2024, 9, 2) in quotes.column("date").to_pylist()
    events = pq.read_table(tmp_path / "events.parquet")
    assert events.schema.field("score").type == pa.float64()
    assert events.schema.field("quad").type == pa.int64()
    assert pq.read_table(tmp_path / "times.parquet").schema.field("resolved").type == pa.bool_()
    assert "record_json" not in pq.read_table(tmp_path / "articles.parquet").column_names
    # An empty table is still a readable file with its columns.
    assert pq.read_table(tmp_path / "ingest_errors.parquet").num_rows == 0


def test_csv_and_jsonl_exports(store: Store, tmp_path: Path) -> None:
    fill(store)
    export(store, tmp_path / "csv", "csv")
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["category"] for r in rows} == {"ACCUSE", "SUPPORT", "CONSULT"}
    export(store, tmp_path / "jsonl", "jsonl")
    lines = (tmp_path / "jsonl" / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    assert "Mira Castellan" in {json.loads(line)["name"] for line in lines}
    records = [
        Record.model_validate_json(line)
        for line in (tmp_path / "jsonl" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert {r.article.id for r in records} == {"levy", "meeting", "market"}
