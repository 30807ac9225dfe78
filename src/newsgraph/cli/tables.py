"""Printing query results: a rich table for people, JSON or CSV for programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from newsgraph.cli.options import QueryFormat


def emit_page(page: Any, columns: Sequence[tuple[str, str]], fmt: QueryFormat, *, title: str) -> None:
    """Print one page of a store query (``{total, items}``): its items as rows, the whole
    page as the JSON form."""
    rows = [item.model_dump(mode="json") for item in page.items]
    emit(rows, columns, fmt, title=title, total=page.total, raw=page.model_dump(mode="json"))


def emit(
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
            writer.writerow([cell(row.get(key)) for key, _ in columns])
        return
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    shown = f"{len(rows)} of {total}" if total is not None and total != len(rows) else f"{len(rows)}"
    table = Table(title=f"{title} ({shown})", show_lines=False, title_justify="left")
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(one_line(cell(row.get(key))) for key, _ in columns))
    console.print(table)


def cell(value: Any) -> str:
    """A value as a table or CSV cell: lists joined with "; ", objects by name or id."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id") or json.dumps(value, default=str))
    return str(value)


def one_line(value: str, limit: int = 240) -> str:
    """One line, at most ``limit`` characters: a table cell, not the article (JSON has it all)."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"
