"""CLI: ``newsgraph batch`` — a corpus of JSONL files in, a partitioned event table out.

Thin on purpose: everything is in ``newsgraph.batch`` so the Python API, the CLI
and a user's own Spark or Dask job run the same code.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from newsgraph.cli.options import date_option
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.readers import MAX_CHARS


class Table(StrEnum):
    events = "events"
    quotes = "quotes"
    records = "records"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class Format(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


def batch_command(
    inputs: Annotated[list[str], typer.Argument(
        help="JSONL files, globs (quote them; ** recurses) or folders; one article per line")],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder (created; a re-run resumes it)")],
    table: Annotated[Table, typer.Option(help="events, quotes, or records (full JSON)")] = Table.events,
    engine: Annotated[Engine, typer.Option(help="local (this process) or dask")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        help="dask scheduler: processes (default), threads, synchronous, or tcp://HOST:PORT")] = None,
    partitions: Annotated[int | None, typer.Option(
        min=1, help="Number of partitions (default: one per ~32 MB of input)")] = None,
    workers: Annotated[int | None, typer.Option(
        min=1, help="Processes (or threads) for the local dask scheduler")] = None,
    output_format: Annotated[Format, typer.Option(
        "--format", "-f", help="jsonl or parquet")] = Format.jsonl,
    model: Annotated[str | None, typer.Option(
        help="spaCy pipeline package (default: best installed)")] = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) for rows without one")] = None,
    max_chars: Annotated[int, typer.Option(help="Refuse articles longer than this")] = MAX_CHARS,
) -> None:
    """Run newsgraph over a corpus and write one table file per partition."""
    from newsgraph.batch.runner import run_batch

    if scheduler is not None and engine is not Engine.dask:
        raise NewsgraphError("--scheduler needs --engine dask")
    summary = run_batch(
        inputs, out, table=table.value, output_format=output_format.value, engine=engine.value,
        scheduler=scheduler, partitions=partitions, workers=workers, model=model,
        published=date_option(published, "--published"), max_chars=max_chars,
    )
    failed = f"{summary.errors_total} failed inputs"
    if summary.errors_total:
        failed += f" listed in {summary.out / '_errors.jsonl'}"
    typer.echo(
        f"newsgraph: {summary.partitions} partitions ({summary.written} written, "
        f"{summary.skipped} already done); {summary.articles} articles, "
        f"{summary.rows} {table.value} rows in {summary.seconds:.1f}s; {failed}",
        err=True,
    )


def register(app: typer.Typer) -> None:
    """Add the commands of this module to ``app``."""
    app.command("batch")(batch_command)
