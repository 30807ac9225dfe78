"""CLI: the corpus commands — ingest, query (quotes, events, timeline, search, actors), export, generate.

Every command takes ``--db URL`` (default ``sqlite:///newsgraph.db``, or the
``NEWSGRAPH_DB`` environment variable). Queries print a rich table in the
terminal, or ``--format json`` / ``--format csv`` for other programs.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.cli.options import date_option
from newsgraph.errors import NewsgraphError

SOURCES_HELP = "Folders, files (.txt .html .json .jsonl), RSS/Atom feeds (file or URL), WARC files"
#: Exit status of ``ingest`` when some inputs failed and the others were stored.
SOME_FAILED = 1
#: Exit status of ``ingest`` when no input could be processed.
NONE_PROCESSED = 2

DB_HELP = "Store URL: sqlite:///file.db (default sqlite:///newsgraph.db) or postgresql://user@host/db"


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class QuoteKindChoice(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


DbOption = Annotated[str | None, typer.Option("--db", envvar="NEWSGRAPH_DB", help=DB_HELP)]
FormatOption = Annotated[QueryFormat, typer.Option("--format", "-f", help="table (terminal), json or csv")]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder to write into")]


def _open(db: str | None, *, must_exist: bool = True, verify: bool = False) -> Any:
    """Open the store; a query on an SQLite file that does not exist is an error, not a new empty store.

    ``verify`` runs SQLite's quick check first (for writers: writing into a
    damaged file spreads the damage). Later failures of a damaged store reach
    the user as one ``StoreError`` line, like these.
    """
    from sqlalchemy.engine import make_url

    from newsgraph.store import normalise_url, open_store

    url = normalise_url(db)
    if must_exist and url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:" and not Path(database).exists():
            raise NewsgraphError(
                f"no store at {database} (run `newsgraph ingest SOURCE --db {db or url}` first)"
            )
    try:
        store = open_store(url)
    except NewsgraphError:
        raise
    except Exception as exc:  # a bad URL or an unreachable server: one line, not a traceback
        raise NewsgraphError(f"cannot open the store {db or url!r}: {exc}") from exc
    if verify:
        from newsgraph.store.integrity import StoreDamagedError, quick_check, store_label

        problem = quick_check(store)
        if problem is not None:
            store.close()
            raise StoreDamagedError(store_label(url), problem)
    return store


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id") or json.dumps(value, default=str))
    return str(value)


def _short(value: str, limit: int = 240) -> str:
    """One line, at most ``limit`` characters: a table cell, not the article (JSON has it all)."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    fmt: QueryFormat,
    *,
    title: str,
    total: int | None = None,
    raw: Any = None,
) -> None:
    """Print ``rows`` as a table, JSON (the full models, ``raw``) or CSV (the listed columns)."""
    if fmt is QueryFormat.json:
        sys.stdout.write(
            json.dumps(raw if raw is not None else rows, ensure_ascii=False, indent=2, default=str)
        )
        sys.stdout.write("\n")
        return
    if fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow([key for key, _ in columns])
        for row in rows:
            writer.writerow([_cell(row.get(key)) for key, _ in columns])
        return
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    shown = f"{len(rows)} of {total}" if total is not None and total != len(rows) else f"{len(rows)}"
    table = Table(title=f"{title} ({shown})", show_lines=False, title_justify="left")
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(_short(_cell(row.get(key))) for key, _ in columns))
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""

    @app.command("ingest")
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
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from newsgraph.ingest.corpus import IngestSummary, estimate_total, ingest

        date = date_option(published or None, "--published")  # "" means no date
        store = _open(db, must_exist=False, verify=True)
        console = Console(stderr=True)
        total = estimate_total(sources)
        started = time.perf_counter()
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
        with Progress(*columns, console=console, disable=quiet, transient=False) as progress:
            task = progress.add_task("ingest", total=total, rate="", counts="")

            def on_progress(_outcome: str, s: IngestSummary) -> None:
                elapsed = max(time.perf_counter() - started, 1e-6)
                progress.update(
                    task,
                    completed=s.seen,
                    rate=f"{s.seen / elapsed:.1f} doc/s",
                    counts=f"+{s.added} ={s.unchanged} ~{s.replaced} !{s.failed}",
                )

            summary = ingest(
                sources, store, workers=workers, published=date, model=model, on_progress=on_progress
            )
        store.close()
        for run in summary.interrupted_runs:
            typer.secho(
                f"newsgraph: run {run.id} (started {run.started_at:%Y-%m-%d %H:%M:%S} UTC) stopped "
                "before it finished; marked interrupted",
                err=True,
                fg="yellow",
            )
        rate = summary.seen / summary.seconds if summary.seconds else 0.0
        table = Table(title=f"ingest run {summary.run_id} into {store.display_url}", title_justify="left")
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
        for source, reason in summary.errors[:20]:
            typer.secho(f"newsgraph: failed {source}: {reason}", err=True, fg="yellow")
        if len(summary.errors) > 20:
            typer.secho(
                f"newsgraph: ... and {len(summary.errors) - 20} more failures (stored in ingest_errors)",
                err=True,
                fg="yellow",
            )
        if summary.seen == 0:
            raise NewsgraphError("nothing to ingest: give a folder, a file, a feed or a WARC file")
        if summary.failed == summary.seen:
            raise typer.Exit(NONE_PROCESSED)
        if summary.failed:
            raise typer.Exit(SOME_FAILED)

    @app.command("runs")
    def runs_command(
        limit: int = typer.Option(20, min=1, help="How many runs, newest first"),
        db: DbOption = None,
        fmt: FormatOption = QueryFormat.table,
    ) -> None:
        """Ingest runs, newest first: when, what they did, and whether they finished or were interrupted."""
        with _open(db) as store:
            runs = store.runs(limit)
        rows = [r.model_dump(mode="json") for r in runs]
        _emit(
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

    @app.command("quotes")
    def quotes_command(
        speaker: str | None = typer.Option(None, help="Speaker name (any part, e.g. a surname)"),
        since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
        until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
        text: str | None = typer.Option(None, "--text", "-t", help="Words the quote contains (full text)"),
        kind: QuoteKindChoice | None = typer.Option(None, help="Only direct, indirect or mixed quotes"),
        about: str | None = typer.Option(
            None, help="Only quotes whose words mention this actor (name, alias or country code: USA)"
        ),
        limit: int = typer.Option(50, min=1),
        offset: int = typer.Option(0, min=0),
        db: DbOption = None,
        fmt: FormatOption = QueryFormat.table,
    ) -> None:
        """Who said what: quotes from the corpus, newest first."""
        with _open(db) as store:
            page = store.quotes(
                speaker,
                since=date_option(since, "--since"),
                until=date_option(until, "--until"),
                q=text,
                kind=kind.value if kind else None,
                about=about,
                limit=limit,
                offset=offset,
            )
        rows = [q.model_dump(mode="json") for q in page.items]
        _emit(
            rows,
            [
                ("date", "date"),
                ("speaker", "speaker"),
                ("kind", "kind"),
                ("text", "quote"),
                ("article_id", "article"),
                ("id", "id"),
            ],
            fmt,
            title="quotes",
            total=page.total,
            raw=page.model_dump(mode="json"),
        )

    @app.command("events")
    def events_command(
        actor: str | None = typer.Option(None, help="Actor name or 3-letter country code (e.g. AFG)"),
        target: str | None = typer.Option(None, help="Target name or country code"),
        category: str | None = typer.Option(
            None, help="Event category, e.g. ACCUSE (comma-separated for several)"
        ),
        since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
        until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
        limit: int = typer.Option(50, min=1),
        offset: int = typer.Option(0, min=0),
        db: DbOption = None,
        fmt: FormatOption = QueryFormat.table,
    ) -> None:
        """Who did what to whom: events from the corpus, newest first."""
        with _open(db) as store:
            page = store.events(
                actor,
                target=target,
                category=category,
                since=date_option(since, "--since"),
                until=date_option(until, "--until"),
                limit=limit,
                offset=offset,
            )
        rows = [e.model_dump(mode="json") for e in page.items]
        _emit(
            rows,
            [
                ("date", "date"),
                ("category", "category"),
                ("actors", "actors"),
                ("trigger", "trigger"),
                ("targets", "targets"),
                ("evidence", "evidence"),
                ("article_id", "article"),
                ("id", "id"),
            ],
            fmt,
            title="events",
            total=page.total,
            raw=page.model_dump(mode="json"),
        )

    @app.command("timeline")
    def timeline_command(
        actor: Annotated[str, typer.Argument(help="Actor name or id")],
        since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
        until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
        category: str | None = typer.Option(None, help="Only events of this category"),
        db: DbOption = None,
        fmt: FormatOption = QueryFormat.table,
    ) -> None:
        """What one actor did, said and was, in date order."""
        with _open(db) as store:
            timeline = store.timeline(
                actor,
                since=date_option(since, "--since"),
                until=date_option(until, "--until"),
                category=category,
            )
        if timeline.actor is None:
            raise NewsgraphError(f"no actor matches {actor!r} (try `newsgraph actors --top 50`)")
        rows = [i.model_dump(mode="json") for i in timeline.items]
        _emit(
            rows,
            [
                ("date", "date"),
                ("kind", "kind"),
                ("category", "category"),
                ("text", "what"),
                ("article_id", "article"),
                ("record_id", "id"),
            ],
            fmt,
            title=f"timeline of {timeline.actor.name}",
            raw=timeline.model_dump(mode="json"),
        )

    @app.command("search")
    def search_command(
        text: Annotated[str, typer.Argument(help='Words (all must match) or a "quoted phrase"')],
        limit: int = typer.Option(20, min=1, help="Hits per kind"),
        db: DbOption = None,
        fmt: FormatOption = QueryFormat.table,
    ) -> None:
        """Full-text search over articles, quotes, events, claims and actor names."""
        with _open(db) as store:
            results = store.search(text, limit=limit)
        hits = [*results.articles, *results.quotes, *results.events, *results.claims, *results.actors]
        rows = [h.model_dump(mode="json") for h in hits]
        _emit(
            rows,
            [
                ("kind", "kind"),
                ("published", "published"),
                ("title", "title"),
                ("snippet", "snippet"),
                ("article_id", "article"),
                ("record_id", "id"),
                ("actor_id", "actor"),
            ],
            fmt,
            title=f"search {text!r}",
            total=results.total,
            raw=results.model_dump(mode="json"),
        )

    @app.command("actors")
    def actors_command(
        top: int | None = typer.Option(None, help="Only the N most mentioned"),
        name: str | None = typer.Option(None, "--name", "-n", help="Name contains"),
        type: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, ..."),
        limit: int = typer.Option(50, min=1),
        offset: int = typer.Option(0, min=0),
        db: DbOption = None,
        fmt: FormatOption = QueryFormat.table,
    ) -> None:
        """Actors across the corpus, most mentioned first."""
        with _open(db) as store:
            page = store.actors(top, q=name, type=type, limit=limit, offset=offset)
        rows = [a.model_dump(mode="json") for a in page.items]
        _emit(
            rows,
            [
                ("id", "id"),
                ("name", "name"),
                ("type", "type"),
                ("country", "country"),
                ("n_articles", "articles"),
                ("n_mentions", "mentions"),
                ("n_quotes", "quotes"),
                ("n_events", "events"),
                ("first_seen", "first"),
                ("last_seen", "last"),
                ("aliases", "also named"),
            ],
            fmt,
            title="actors",
            total=page.total,
            raw=page.model_dump(mode="json"),
        )

    @app.command("export")
    def export_command(
        out: OutOption,
        export_format: Annotated[
            ExportFormat, typer.Option("--format", "-f", help="parquet, csv or jsonl")
        ] = ExportFormat.parquet,
        db: DbOption = None,
    ) -> None:
        """Write every table of the store to files (Parquet with typed columns, CSV or JSONL)."""
        from newsgraph.store.export import export

        with _open(db) as store:
            written = export(store, out, export_format.value)
        for path, rows in written:
            typer.echo(f"{path}\t{rows} rows")

    @app.command("generate")
    def generate_command(
        n: Annotated[int, typer.Argument(min=1, help="How many articles")],
        out: OutOption,
        seed: int = typer.Option(0, help="Same seed, same articles"),
    ) -> None:
        """Write N synthetic wire-style articles (invented people and places) as .txt/.json files."""
        from newsgraph import synthetic

        paths = synthetic.write(n, out, seed=seed)
        typer.echo(f"newsgraph: wrote {len(paths)} articles to {out}", err=True)
