"""``extract_partition``: the whole of newsgraph as a pure function over a partition.

Every distributed engine (Dask bags, Spark's ``rdd.mapPartitions``, Ray datasets,
a plain ``multiprocessing`` pool) can call a function that takes an iterable of
rows and returns an iterator of rows. Keeping the unit of work that small means
newsgraph needs no adapter code per engine beyond "read files, call this, write
files", and the same function is what the tests exercise.

A bad input never raises: it becomes an *error row* (a dict with the key
``ERROR_KEY``) in the output stream, in input order, so one broken article cannot
fail a partition of a million. The spaCy pipeline is loaded once per worker
process (``newsgraph.pipeline.load_pipeline`` is cached), not once per partition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import MAX_CHARS, InputFailure, document_from_record
from newsgraph.records import Record
from newsgraph.tables import TABLES, Row

#: Key that marks an error row; table rows never have it.
ERROR_KEY = "_error"

#: Articles handed to ``extract_many`` at a time: large enough for spaCy's batching,
#: small enough that a partition of millions streams in bounded memory.
CHUNK = 64

#: One input of a partition: a label saying where it came from (``file@offset``) and
#: either the raw row or an ``InputFailure`` found while reading it (bad JSON).
LabelledItem = tuple[str, Any]


def is_error(row: Row) -> bool:
    """True for the rows ``extract_partition`` emits for inputs it could not read."""
    return ERROR_KEY in row


def error_row(failure: InputFailure, item: Any = None) -> Row:
    """The error row for a failed input: ``{_error: reason, input: where, id: ...}``."""
    row_id = item.get("id") if isinstance(item, dict) else None
    return {ERROR_KEY: failure.reason, "input": failure.source, "id": None if row_id is None else str(row_id)}


def extract_partition(
    rows: Iterable[Row],
    *,
    table: str = "events",
    model: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Row]:
    """Rows of ``table`` ("events", "quotes" or "records") for input rows
    ``{id, text | html, title, url, source, published}``, plus one error row per input
    that could not be read (see ``is_error``). ``published`` fills in a date for rows
    without one; ``model`` names the spaCy pipeline (default: best installed)."""
    labelled = ((_label(row, n), row) for n, row in enumerate(rows))
    yield from extract_labelled(labelled, table=table, model=model, published=published, max_chars=max_chars)


def extract_labelled(
    items: Iterable[LabelledItem],
    *,
    table: str = "events",
    model: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Row]:
    """``extract_partition`` for inputs that already carry a label (the batch runner
    labels rows with their file and byte offset, so an error row says where to look)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    flatten = TABLES[table][0]
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK)):
        prepared: list[Document | Row] = []
        for label, item in chunk:
            if isinstance(item, InputFailure):
                prepared.append(error_row(item))
                continue
            document = document_from_record(item, label, published=published, max_chars=max_chars)
            prepared.append(error_row(document, item) if isinstance(document, InputFailure) else document)
        documents = [p for p in prepared if isinstance(p, Document)]
        records = iter(_extract(documents, model))
        for entry in prepared:
            if not isinstance(entry, Document):
                yield entry
                continue
            result = next(records)
            if isinstance(result, InputFailure):
                yield error_row(result, {"id": entry.id})
                continue
            try:
                yield from flatten(result)
            except Exception as exc:
                reason = f"cannot flatten the record ({type(exc).__name__}: {exc})"
                yield error_row(InputFailure(entry.id, reason), {"id": entry.id})


def _extract(documents: list[Document], model: str | None) -> list[Record | InputFailure]:
    """Records for a chunk; if the chunk fails as a whole (a crash in spaCy itself,
    not in a stage — stages' errors are already warnings), retry one by one so only
    the article that causes it becomes an error row."""
    from newsgraph.pipeline import extract_many

    if not documents:
        return []
    try:
        return list(extract_many(documents, model=model))
    except Exception:
        pass
    results: list[Record | InputFailure] = []
    for document in documents:
        try:
            results.extend(extract_many([document], model=model))
        except Exception as exc:
            results.append(InputFailure(document.id, f"extraction failed ({type(exc).__name__}: {exc})"))
    return results


def _label(row: Any, number: int) -> str:
    if isinstance(row, dict) and row.get("id") is not None:
        return f"id={row['id']}"
    return f"row {number}"
