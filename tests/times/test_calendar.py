"""Calendar arithmetic behind relative expressions (no spaCy needed)."""

from __future__ import annotations

import datetime as dt

from newsgraph.times import calendar as cal
from newsgraph.times.rules import duration_value

THURSDAY = dt.date(2024, 11, 7)


def test_weekday_directions() -> None:
    tuesday = 1
    assert cal.weekday_date(THURSDAY, tuesday, relation=None, future=False) == dt.date(2024, 11, 5)
    assert cal.weekday_date(THURSDAY, tuesday, relation=None, future=True) == dt.date(2024, 11, 12)
    assert cal.weekday_date(THURSDAY, 3, relation=None, future=False) == THURSDAY  # the same day
    assert cal.weekday_date(THURSDAY, 3, relation="last", future=False) == dt.date(2024, 10, 31)
    assert cal.weekday_date(THURSDAY, 3, relation="next", future=False) == dt.date(2024, 11, 14)


def test_month_year_directions() -> None:
    assert cal.month_year(THURSDAY, 9, relation=None, future=False) == 2024
    assert cal.month_year(THURSDAY, 12, relation=None, future=False) == 2023
    assert cal.month_year(THURSDAY, 12, relation=None, future=True) == 2024
    assert cal.month_year(THURSDAY, 9, relation=None, future=True) == 2025
    assert cal.month_year(THURSDAY, 11, relation="last", future=False) == 2023
    assert cal.month_year(THURSDAY, 11, relation="next", future=False) == 2025


def test_month_day_and_leap_years() -> None:
    assert cal.month_day(THURSDAY, 9, 11, future=False) == dt.date(2024, 9, 11)
    assert cal.month_day(THURSDAY, 12, 25, future=False) == dt.date(2023, 12, 25)
    assert cal.month_day(dt.date(2025, 3, 1), 2, 29, future=False) == dt.date(2024, 2, 29)
    assert cal.nearest_month_day(THURSDAY, 11, 12) == dt.date(2024, 11, 12)
    assert cal.nearest_month_day(THURSDAY, 5, 1) == dt.date(2024, 5, 1)


def test_iso_forms() -> None:
    assert cal.iso_week(THURSDAY) == "2024-W45"
    assert cal.iso_week(dt.date(2021, 1, 1)) == "2020-W53"
    assert cal.shift_months(dt.date(2024, 1, 15), -1) == (2023, 12)
    assert duration_value(20, "year") == "P20Y"
    assert duration_value(2, "decades") == "P20Y"
    assert duration_value(11, "weeks") == "P11W"
    assert duration_value(48, "hours") == "PT48H"
    assert duration_value(1.5, "years") == "P1.5Y"
