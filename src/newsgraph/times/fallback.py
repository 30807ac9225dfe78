"""dateparser for the spaCy DATE/TIME entities our own rules could not read.

dateparser is thorough but costs milliseconds a call and loads its language data on
first use, so it is imported lazily, asked only about whole entity strings that
none of our patterns matched, and every answer is cached per (text, anchor).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from newsgraph.records import TimePrecision
from newsgraph.times import calendar as cal
from newsgraph.times.rules import Normalised

_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d|21\d\d)\b")
#: Only strings that name a calendar point are worth a dateparser call; a bare count
#: ("60 Minutes", a programme) would come back as "now minus 60 minutes".
_WORTH_PARSING = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tomorrow|yesterday|noon|midnight|ago)|\b\d{4}\b|\d+/\d+|\d:\d\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _parser(anchor: dt.date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        # End of the publication day, so "10 a.m." preferred "from the past" is that day.
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day, 23, 59)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def parse(text: str, anchor: dt.date | None) -> Normalised | None:
    """Normalise ``text`` with dateparser; None when it cannot.

    Without an anchor only absolute answers are kept: the parsed year must be
    written in ``text`` (otherwise dateparser silently anchors to today).
    """
    if not _WORTH_PARSING.search(text):
        return None
    try:
        data = _parser(anchor).get_date_data(text)
    except Exception:
        return None
    date = data.date_obj
    if date is None:
        return None
    years = set(_YEAR.findall(text))
    relative = not years
    if anchor is None and str(date.year) not in years:
        return None
    period = data.period or "day"
    precision: TimePrecision
    if period == "year":
        value, precision = f"{date.year:04d}", "year"
    elif period == "month":
        value, precision = cal.iso_month(date.year, date.month), "month"
    elif period == "week":
        value, precision = cal.iso_week(date.date()), "week"
    else:
        value, precision = date.date().isoformat(), "day"
    return Normalised(value, precision, relative)
