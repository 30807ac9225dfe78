"""The publication date a page prints in its own timestamp line ("Published 3 March 2025").

Relative times ("on Monday", "last year") resolve only against a publication date. A
pasted or plain-text page often carries none in its metadata but prints one in a
timestamp line, which the furniture rules already found (and keep out of the
analysis). When the caller gave no date, the first full calendar date (day, month and
year written out) in the first timestamp line becomes the article's date, and the
record says so in a warning, since it was read from the text, not given.

dateparser reads the date: it knows month names, orders and abbreviations, and with
``REQUIRE_PARTS`` it refuses a partial date rather than filling the missing parts from
today's clock.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from newsgraph.records import ExcludedSpan

#: A page's dates are in the past; the year must be written, never filled in from today.
_SETTINGS: dict[str, object] = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@lru_cache(maxsize=1)
def _search() -> Any:
    # imported on first use: dateparser loads its language data when imported
    from dateparser.search import search_dates

    return search_dates


def date_from_timestamp(text: str, spans: list[ExcludedSpan]) -> dt.date | None:
    """The first full date in the first timestamp line that has one, or None."""
    for span in spans:
        if span.reason != "timestamp":
            continue
        try:
            found = _search()(text[span.start : span.end], languages=["en"], settings=_SETTINGS)
        except Exception:  # dateparser raises on odd input; a page date is optional
            continue
        if found:
            value: dt.datetime = found[0][1]
            return value.date()
    return None
