"""Calendar arithmetic for resolving relative expressions against a publication date.

Pure functions of ``datetime.date`` so they can be tested without spaCy. The news
convention is that an unmarked relative expression ("on Tuesday", "in September")
refers to the most recent such day or month on or before publication, because news
reports what happened; ``future=True`` picks the next one instead (the sentence is
in the future tense: "talks will resume on Tuesday").
"""

from __future__ import annotations

import datetime as dt


def iso_day(day: dt.date) -> str:
    return day.isoformat()


def iso_week(day: dt.date) -> str:
    """ISO 8601 week of ``day``: 2024-11-07 -> "2024-W45"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday_date(anchor: dt.date, weekday: int, *, relation: str | None, future: bool) -> dt.date:
    """The date of ``weekday`` (0 = Monday) relative to ``anchor``.

    ``relation`` is the modifier in the text: "last" (strictly before), "next"/"coming"
    (strictly after), "this"/None (on or before, or on or after when ``future``).
    """
    if relation in ("next", "coming"):
        return anchor + dt.timedelta(days=((weekday - anchor.weekday()) % 7) or 7)
    if relation in ("last", "past"):
        return anchor - dt.timedelta(days=((anchor.weekday() - weekday) % 7) or 7)
    if future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def month_year(anchor: dt.date, month: int, *, relation: str | None, future: bool) -> int:
    """The year of the ``month`` meant by "in September", "last May", "next March"."""
    if relation in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if relation in ("last", "past"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if relation == "this":
        return anchor.year
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def month_day(anchor: dt.date, month: int, day: int, *, future: bool) -> dt.date | None:
    """The date of "Sept. 11" without a year: most recent on/before ``anchor`` (or next)."""
    try:
        this_year = dt.date(anchor.year, month, day)
    except ValueError:
        # Feb 29 outside a leap year: try the neighbouring year that has one.
        try:
            return dt.date(anchor.year + (1 if future else -1), month, day)
        except ValueError:
            return None
    if future:
        return this_year if this_year >= anchor else _safe_date(anchor.year + 1, month, day)
    return this_year if this_year <= anchor else _safe_date(anchor.year - 1, month, day)


def nearest_month_day(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The occurrence of "Nov. 8" meant when tense does not say which.

    The nearer one, but news leans to the past: a future date wins only within
    about four months ("the vote on Nov. 8" in an October article).
    """
    before = month_day(anchor, month, day, future=False)
    after = month_day(anchor, month, day, future=True)
    if before is None or after is None:
        return before or after
    ahead = after - anchor
    return after if ahead < (anchor - before) and ahead.days <= 120 else before


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_months(anchor: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``anchor``'s month (negative: before)."""
    index = anchor.year * 12 + (anchor.month - 1) + months
    return index // 12, index % 12 + 1
