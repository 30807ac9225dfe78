"""Export every table of the store to Parquet, CSV or JSONL: one file per table.

Parquet columns carry the database types (integers, floats, booleans, dates as
``date32``, timestamps), so DuckDB and pandas read dates as dates. Rows stream in
batches; nothing holds a whole table in memory. The article table leaves out the
stored record JSON; the JSONL export adds ``records.jsonl`` with the full
``newsgraph/1`` records instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table, select

from newsgraph import tables
from newsgraph.confidence import filter_record
from newsgraph.records import Record
from newsgraph.store.core import Store
from newsgraph.store.schema import TABLES, articles


def _kind(column_type: Any) -> str:
    """The column kind (:data:`newsgraph.tables.KINDS`) of a database column type."""
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Integer):
        return "int"
    if isinstance(column_type, Float):
        return "float"
    if isinstance(column_type, DateTime):
        return "timestamp"
    if isinstance(column_type, Date):
        return "date"
    return "str"


def export_columns(table: Table) -> dict[str, str]:
    """A table's columns as exported, ``{column: kind}`` (without the stored ``record_json``)."""
    return {c.name: _kind(c.type) for c in table.c if c.name != "record_json"}


def arrow_schema(table: Table) -> Any:
    """The pyarrow schema of a table as exported: :func:`newsgraph.tables.arrow_schema`, the one
    kind-to-Arrow mapping ``newsgraph batch`` uses too."""
    return tables.arrow_schema(export_columns(table))


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def export(
    store: Store, out: Path, fmt: str, *, min_confidence: float | None = None
) -> list[tuple[Path, int]]:
    """Write each table to ``out/<table>.<fmt>``; return ``(path, rows)`` per file.
    ``min_confidence`` leaves out quotes, events, claims and stances less sure than that
    (and records without a confidence), in the tables and in ``records.jsonl`` alike."""
    if fmt not in ("parquet", "csv", "jsonl"):
        raise ValueError(f"unknown export format {fmt!r}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in TABLES.items():
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            rows = _parquet(store, name, table, path, min_confidence)
        elif fmt == "csv":
            rows = _csv(store, name, table, path, min_confidence)
        else:
            rows = _jsonl(store, name, path, min_confidence)
        written.append((path, rows))
    if fmt == "jsonl":
        written.append(_records(store, out / "records.jsonl", min_confidence))
    return written


def _parquet(store: Store, name: str, table: Table, path: Path, min_confidence: float | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in store.iter_table(name, min_confidence=min_confidence):
            columns = {field.name: [row[field.name] for row in batch] for field in schema}
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _csv(store: Store, name: str, table: Table, path: Path, min_confidence: float | None) -> int:
    header = list(export_columns(table))
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for batch in store.iter_table(name, min_confidence=min_confidence):
            writer.writerows(batch)
            count += len(batch)
    return count


def _jsonl(store: Store, name: str, path: Path, min_confidence: float | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for batch in store.iter_table(name, min_confidence=min_confidence):
            for row in batch:
                handle.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
            count += len(batch)
    return count


def _records(store: Store, path: Path, min_confidence: float | None) -> tuple[Path, int]:
    count = 0
    with path.open("w", encoding="utf-8") as handle, store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=500).execute(
            select(articles.c.record_json).order_by(articles.c.id)
        )
        for (record_json,) in result:
            if min_confidence:
                record = filter_record(Record.model_validate_json(record_json), min_confidence)
                record_json = json.dumps(record.to_json_dict(), ensure_ascii=False)
            handle.write(record_json + "\n")  # json.dumps without indent: one line
            count += 1
    return path, count
