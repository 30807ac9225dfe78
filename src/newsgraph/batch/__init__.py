"""Batch mode: newsgraph over corpora too large for one machine.

``extract_partition`` is the engine-neutral unit of work (rows in, table rows
out); ``run_batch`` plans partitions over JSONL files and runs them locally or on
Dask; ``tables`` defines the flat ``events`` / ``quotes`` / ``records`` tables.
See docs/batch.md.
"""

from newsgraph.batch.partition import ERROR_KEY, extract_partition, is_error
from newsgraph.batch.runner import BatchSummary, PartitionResult, arrow_schema, run_batch
from newsgraph.tables import TABLES, event_rows, quote_rows, record_rows, spark_ddl

__all__ = [
    "ERROR_KEY",
    "TABLES",
    "BatchSummary",
    "PartitionResult",
    "arrow_schema",
    "event_rows",
    "extract_partition",
    "is_error",
    "quote_rows",
    "record_rows",
    "run_batch",
    "spark_ddl",
]
