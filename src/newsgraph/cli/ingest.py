"""CLI: ``newsgraph ingest`` (read, extract, store a corpus) and ``newsgraph runs``.

The work is done by ``newsgraph.corpus.ingest``; this module parses the options,
shows progress and prints what the run did.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.cli.options import DbOption, FormatOption, QueryFormat, date_option, open_db
from newsgraph.cli.tables import emit
from newsgraph.errors import NewsgraphError

if TYPE_CHECKING:
    from newsgraph.corpus import IngestSummary

SOURCES_HELP = "Folders, files (.txt .html .json .jsonl), RSS/Atom feeds (file or URL), WARC files"
#: Exit status of ``ingest`` when some inputs failed and the others were stored.
SOME_FAILED = 1
#: Exit status of ``ingest`` when no input could be processed.
NONE_PROCESSED = 2
#: Failures listed on stderr after a run; the rest are counted (all are in ingest_errors).
FAILURES_SHOWN = 20


def ingest_command(
    sources: Annotated[list[str], typer.Argument(help=SOURCES_HELP)],
    db: DbOption = None,
    workers: int = typer.Option(1, min=1, help="Extraction processes"),
    published: str | None = typer.Option(
        None, help="Publication date (YYYY-MM-DD) for inputs without one"
    ),
    model: str | None = typer.Option(None, help="spaCy pipeline package for extraction"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
) -> None:
    """Read articles, extract their records and store them (reruns skip stored articles).

    Exit status: 0 every input was stored (or was stored already), 1 some inputs
    failed (listed on stderr and kept in the store's ingest_errors), 2 none could
    be processed.
    """
    from newsgraph.corpus import estimate_total, ingest

    date = date_option(published or None, "--published")  # "" means no date
    store = open_db(db, must_exist=False, verify=True)
    console = Console(stderr=True)
    with _ProgressBar(console, total=estimate_total(sources), quiet=quiet) as on_progress:
        summary = ingest(
            sources, store, workers=workers, published=date, model=model, on_progress=on_progress
        )
    store.close()
    _report(console, summary, store.display_url)
    if summary.seen == 0:
        raise NewsgraphError("nothing to ingest: give a folder, a file, a feed or a WARC file")
    if summary.failed == summary.seen:
        raise typer.Exit(NONE_PROCESSED)
    if summary.failed:
        raise typer.Exit(SOME_FAILED)


class _ProgressBar:
    """A rich progress bar for the run, as a context manager yielding the ``on_progress``
    listener that updates it (counts of added, unchanged, replaced and failed)."""

    def __init__(self, console: Console, *, total: int | None, quiet: bool) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns = [
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
        ]
        self.progress = Progress(*columns, console=console, disable=quiet, transient=False)
        self.total = total

    def __enter__(self) -> Callable[[str, IngestSummary], None]:
        self.progress.__enter__()
        task = self.progress.add_task("ingest", total=self.total, rate="", counts="")
        started = time.perf_counter()

        def on_progress(_outcome: str, s: IngestSummary) -> None:
            elapsed = max(time.perf_counter() - started, 1e-6)
            self.progress.update(
                task,
                completed=s.seen,
                rate=f"{s.seen / elapsed:.1f} doc/s",
                counts=f"+{s.added} ={s.unchanged} ~{s.replaced} !{s.failed}",
            )

        return on_progress

    def __exit__(self, *exc_info: Any) -> None:
        self.progress.__exit__(*exc_info)


def _report(console: Console, summary: IngestSummary, store_url: str) -> None:
    """What the run did: runs it found dead, a table of counts, and its failures."""
    for run in summary.interrupted_runs:
        typer.secho(
            f"newsgraph: run {run.id} (started {run.started_at:%Y-%m-%d %H:%M:%S} UTC) stopped "
            "before it finished; marked interrupted",
            err=True,
            fg="yellow",
        )
    rate = summary.seen / summary.seconds if summary.seconds else 0.0
    table = Table(title=f"ingest run {summary.run_id} into {store_url}", title_justify="left")
    for header in ("added", "unchanged", "replaced", "failed", "seconds", "docs/s"):
        table.add_column(header, justify="right")
    table.add_row(
        str(summary.added),
        str(summary.unchanged),
        str(summary.replaced),
        str(summary.failed),
        f"{summary.seconds:.1f}",
        f"{rate:.1f}",
    )
    console.print(table)
    for source, reason in summary.errors[:FAILURES_SHOWN]:
        typer.secho(f"newsgraph: failed {source}: {reason}", err=True, fg="yellow")
    if len(summary.errors) > FAILURES_SHOWN:
        typer.secho(
            f"newsgraph: ... and {len(summary.errors) - FAILURES_SHOWN} more failures "
            "(stored in ingest_errors)",
            err=True,
            fg="yellow",
        )


def runs_command(
    limit: int = typer.Option(20, min=1, help="How many runs, newest first"),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Ingest runs, newest first: when, what they did, and whether they finished or were interrupted."""
    with open_db(db) as store:
        runs = store.runs(limit)
    rows = [r.model_dump(mode="json") for r in runs]
    emit(
        rows,
        [
            ("id", "run"),
            ("status", "status"),
            ("started_at", "started (UTC)"),
            ("finished_at", "finished (UTC)"),
            ("added", "added"),
            ("unchanged", "unchanged"),
            ("replaced", "replaced"),
            ("failed", "failed"),
        ],
        fmt,
        title="ingest runs",
    )


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``runs`` to ``app``."""
    app.command("ingest")(ingest_command)
    app.command("runs")(runs_command)
