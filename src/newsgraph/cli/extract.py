"""CLI: ``newsgraph extract`` — one article or a batch in, records out."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from newsgraph.cli.options import MinConfidenceOption, date_option
from newsgraph.confidence import filter_record
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import MAX_CHARS, InputFailure, read_documents
from newsgraph.records import Record
from newsgraph.samples import SAMPLE, SAMPLE_PUBLISHED, sample_text

#: Exit status when some inputs could not be read but the others were (see docs/cli.md).
SOME_FAILED = 1
#: Exit status when no input could be read.
NONE_READ = 2



class OutputFormat(StrEnum):
    summary = "summary"
    json = "json"
    jsonl = "jsonl"
    plover = "plover"
    gdelt = "gdelt"


def extract_command(
    inputs: list[str] = typer.Argument(
        None, help="Article files (.txt, .html, .json, .jsonl), folders, or - for stdin"
    ),
    published: str | None = typer.Option(
        None, help="Publication date (YYYY-MM-DD) for inputs that carry none"
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.summary, "--format", "-f", help="summary (terminal), json, jsonl, plover, gdelt"
    ),
    model: str | None = typer.Option(None, help="spaCy pipeline package (default: best installed)"),
    workers: int = typer.Option(1, min=1, help="Processes to run extraction in"),
    max_chars: int = typer.Option(MAX_CHARS, help="Refuse articles longer than this"),
    sample: bool = typer.Option(False, "--sample", help="Run on the bundled sample article"),
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Read articles and print who said what, who did what to whom, when and where.

    Exit status: 0 every input was read, 1 some inputs failed (one line each on
    stderr; the others are in the output, in order), 2 none could be read.
    """
    date = date_option(published or None, "--published")  # "" means no date
    items = _collect(inputs or [], sample=sample, published=date, max_chars=max_chars)
    documents = [item for item in items if isinstance(item, Document)]
    failures = [item for item in items if isinstance(item, InputFailure)]
    verb = "skipped" if documents else "error:"
    for failure in failures:
        # Plain echo, not rich: one line per failure, never wrapped, greppable.
        typer.secho(f"newsgraph: {verb} {failure}", err=True, fg="yellow")
    if not documents:
        if failures:
            raise typer.Exit(NONE_READ)
        raise NewsgraphError("nothing to extract: give a file, a folder, - for stdin, or --sample")
    records = iter(
        _extract(
            documents, model=model, workers=workers, show_progress=len(documents) > 1, max_chars=max_chars
        )
    )
    # Put each record back in its input's place so batch output keeps input order.
    results = [
        filter_record(next(records), min_confidence) if isinstance(item, Document) else item for item in items
    ]
    _write(results, output_format, single=len(items) == 1)
    if failures:
        raise typer.Exit(SOME_FAILED)


def register(app: typer.Typer) -> None:
    """Add the commands of this module to ``app``."""
    app.command("extract")(extract_command)


def _collect(
    inputs: list[str], *, sample: bool, published: dt.date | None, max_chars: int
) -> list[Document | InputFailure]:
    items: list[Document | InputFailure] = []
    if sample:
        sample_date = published or SAMPLE_PUBLISHED
        items.append(Document(id=Path(SAMPLE).stem, text=sample_text(), published=sample_date))
    for source in inputs:
        items.extend(read_documents(source, published=published, max_chars=max_chars))
    return items


def _extract(
    documents: list[Document], *, model: str | None, workers: int, show_progress: bool, max_chars: int
) -> list[Record]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from newsgraph.pipeline import extract_many

    stream: Iterator[Record] = extract_many(documents, model=model, n_process=workers, max_chars=max_chars)
    if not show_progress:
        return list(stream)
    records: list[Record] = []
    with Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=not sys.stderr.isatty(),
    ) as progress:
        task = progress.add_task("extract", total=len(documents))
        for record in stream:
            records.append(record)
            progress.advance(task)
    return records


def _write(results: list[Record | InputFailure], output_format: OutputFormat, *, single: bool) -> None:
    out = sys.stdout
    records = [result for result in results if isinstance(result, Record)]
    if output_format is OutputFormat.summary:
        from newsgraph.cli.summary_view import print_summary

        console = Console()
        for record in records:
            print_summary(record, console)
        return
    if output_format is OutputFormat.json:
        payload: object = records[0].to_json_dict() if single else [r.to_json_dict() for r in records]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if output_format is OutputFormat.jsonl:
        for result in results:
            # A failed input keeps a line of its own so the output accounts for every input, in order.
            line = (
                result.to_json_dict()
                if isinstance(result, Record)
                else {"source": result.source, "error": result.reason}
            )
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return
    from newsgraph.events import formats

    if output_format is OutputFormat.plover:
        events = [event for record in records for event in formats.to_plover(record)]
        json.dump(events, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(formats.gdelt_header())
    for record in records:
        writer.writerows(formats.to_gdelt_rows(record))
