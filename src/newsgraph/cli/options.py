"""Options and store access shared by the command modules.

Every store command takes ``--db URL`` (default ``sqlite:///newsgraph.db``, or the
``NEWSGRAPH_DB`` environment variable); queries take ``--format``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph.errors import NewsgraphError

DB_HELP = "Store URL: sqlite:///file.db (default sqlite:///newsgraph.db) or postgresql://user@host/db"


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[str | None, typer.Option("--db", envvar="NEWSGRAPH_DB", help=DB_HELP)]
FormatOption = Annotated[QueryFormat, typer.Option("--format", "-f", help="table (terminal), json or csv")]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder to write into")]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Only quotes, events, claims and stances at least this sure (0-1; 0.8 gives a "
        "high-precision view). Records without a confidence are dropped by any value above 0",
    ),
]


def date_option(value: str | None, option: str) -> dt.date | None:
    """An ISO date given on the command line, or a one-line error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise NewsgraphError(f"{option} must be a date like 2024-11-07, not {value!r}") from exc


def open_db(db: str | None, *, must_exist: bool = True, verify: bool = False) -> Any:
    """Open the store; a query on an SQLite file that does not exist is an error, not a new empty store.

    ``verify`` runs SQLite's quick check first (for writers: writing into a
    damaged file spreads the damage). Later failures of a damaged store reach
    the user as one ``StoreError`` line, like these. The store package is
    imported here, not at module level, so ``newsgraph --help`` stays quick.
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
