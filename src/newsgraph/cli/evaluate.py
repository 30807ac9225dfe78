"""CLI: ``newsgraph eval DATASET PATH`` scores against a gold dataset."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import typer

from newsgraph.errors import NewsgraphError
from newsgraph.evaluation import HALVES

DATASETS = ("polnear", "plover", "giveme5w1h", "gum", "uner", "gap")


def eval_command(
    dataset: str = typer.Argument(..., help=f"One of: {', '.join(DATASETS)}"),
    path: Path = typer.Argument(..., help="The dataset's file (JSONL; GAP: its TSV)"),
    limit: int | None = typer.Option(None, help="Score only the first N records"),
    model: str | None = typer.Option(None, help="spaCy pipeline package to use"),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON"),
    half: str | None = typer.Option(
        None, help="Score one half of the set: 'tune' (rules developed on) or 'held-out'"
    ),
) -> None:
    """Score newsgraph on a human-annotated dataset and print the figures."""
    if dataset not in DATASETS:
        raise NewsgraphError(f"unknown dataset {dataset!r}; choose one of {', '.join(DATASETS)}")
    if not path.is_file():
        raise NewsgraphError(f"{path}: no such file")
    if half is not None and half not in HALVES:
        raise NewsgraphError(f"unknown half {half!r}; choose one of {', '.join(HALVES)}")
    module = importlib.import_module(f"newsgraph.evaluation.{dataset}")
    report = module.evaluate(path, limit=limit, model=model, half=half)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())


def register(app: typer.Typer) -> None:
    """Add the commands of this module to ``app``."""
    app.command("eval")(eval_command)
