"""CLI: the corpus commands — ingest and runs (``cli.ingest``), the queries (quotes,
events, timeline, search, actors: ``cli.query``), export and generate (here).

Every command is a top-level function, registered by ``register`` in the order
``newsgraph --help`` lists them. Store commands take ``--db URL`` (default
``sqlite:///newsgraph.db``, or the ``NEWSGRAPH_DB`` environment variable).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from newsgraph.cli import ingest, query
from newsgraph.cli.options import DbOption, MinConfidenceOption, OutOption, open_db

__all__ = ["DbOption", "export_command", "generate_command", "register"]


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def export_command(
    out: OutOption,
    export_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="parquet, csv or jsonl")
    ] = ExportFormat.parquet,
    min_confidence: MinConfidenceOption = None,
    db: DbOption = None,
) -> None:
    """Write every table of the store to files (Parquet with typed columns, CSV or JSONL)."""
    from newsgraph.store.export import export

    with open_db(db) as store:
        written = export(store, out, export_format.value, min_confidence=min_confidence)
    for path, rows in written:
        typer.echo(f"{path}\t{rows} rows")


def generate_command(
    n: Annotated[int, typer.Argument(min=1, help="How many articles")],
    out: OutOption,
    seed: int = typer.Option(0, help="Same seed, same articles"),
) -> None:
    """Write N synthetic wire-style articles (invented people and places) as .txt/.json files."""
    from newsgraph import synthetic

    paths = synthetic.write(n, out, seed=seed)
    typer.echo(f"newsgraph: wrote {len(paths)} articles to {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""
    ingest.register(app)
    query.register(app)
    app.command("export")(export_command)
    app.command("generate")(generate_command)
