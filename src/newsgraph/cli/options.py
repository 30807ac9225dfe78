"""Option parsing shared by the command modules."""

from __future__ import annotations

import datetime as dt

from newsgraph.errors import NewsgraphError


def date_option(value: str | None, option: str) -> dt.date | None:
    """An ISO date given on the command line, or a one-line error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise NewsgraphError(f"{option} must be a date like 2024-11-07, not {value!r}") from exc
