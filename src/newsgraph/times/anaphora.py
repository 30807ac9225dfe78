"""Times read from an earlier time of the article rather than from the publication date.

"On Monday ... In a post written that day" (a day named before), "in 2017 ... that year"
(a year or month named before), "Police arrived on Friday. Hours later ..." and "the next
day" (a day named in the same or the previous sentence, shifted), and the parts of the
story's day ("late in the evening", "overnight"), which are the publication day only
while the article has named no other day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsgraph.records import TimeExpression, TimePrecision
from newsgraph.times.vocabulary import Words

__all__ = ["resolve"]

#: Length of the ISO prefix each anaphoric period keeps ("2017-03-05" -> "2017" / "2017-03").
_PERIOD_PREFIX = {"year": 4, "month": 7}
_DATED = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _from_antecedent(
    t: TimeExpression, value: str, precision: TimePrecision, day: dt.date | None
) -> TimeExpression:
    return t.model_copy(
        update={
            "value": value,
            "precision": precision,
            "resolved": True,
            "anchor": "antecedent",
            "anchor_date": day,
        }
    )


def _unresolved(t: TimeExpression) -> TimeExpression:
    return t.model_copy(update={"value": None, "resolved": False, "anchor_date": None})


def _day_of(t: TimeExpression) -> dt.date | None:
    value = t.value or ""
    return dt.date.fromisoformat(value) if t.precision == "day" and _ISO_DAY.fullmatch(value) else None


def resolve(
    times: list[TimeExpression], words: Words, published: dt.date | None, sentence_at: Callable[[int], int]
) -> list[TimeExpression]:
    """Give the anaphoric expressions of ``times`` (in text order) their antecedent's value.

    ``sentence_at(char)`` numbers the sentences, so "hours later" and "the next day" look
    back one sentence at most: further back, the day told may no longer be the one meant.
    """
    days = words.anaphoric_days
    offsets = tuple(words.anaphoric_offsets)
    day_parts = tuple(words.day_parts)
    #: Days named in each sentence, before any anaphora: "overnight" in a sentence that
    #: also names another day ("overnight into Tuesday") is that day's business.
    named_days: dict[int, set[dt.date]] = {}
    for t in times:
        day = _day_of(t)
        if day is not None and not t.text.lower().endswith(day_parts):
            named_days.setdefault(sentence_at(t.start), set()).add(day)
    out: list[TimeExpression] = []
    last_day: TimeExpression | None = None
    last_dated: TimeExpression | None = None
    last_sentence_days: set[dt.date] = set()  # the days named in the sentence of ``last_day``
    # Has the article named a day other than its own (other than the day before it, over
    # whose night "overnight" still ends on the publication day)?
    moved = moved_far = False
    for t in times:
        lower = " ".join(t.text.lower().split())
        here = sentence_at(t.start)
        near = last_day if last_day is not None and sentence_at(last_day.start) >= here - 1 else None
        # "Early Tuesday, it disclosed a letter sent Friday. Later in the day, ...": two
        # days in the sentence told last, and which one goes on is not for a list to say.
        near_day = _day_of(near) if near is not None and len(last_sentence_days) == 1 else None
        if t.value is None and days and lower.endswith(days) and last_day is not None:
            t = _from_antecedent(t, last_day.value or "", "day", _day_of(last_day))
        elif t.value is None and offsets and lower.endswith(offsets):
            if near_day is not None:
                shift = next(n for phrase, n in words.anaphoric_offsets.items() if lower.endswith(phrase))
                t = _from_antecedent(t, (near_day + dt.timedelta(days=shift)).isoformat(), "day", near_day)
        elif lower.endswith("overnight") and t.value is not None:
            others = named_days.get(here, set()) - {published}
            if moved_far or others or (near_day is not None and near_day != published):
                t = _unresolved(t)  # the night of another day than the article's
        elif lower.endswith(day_parts) and t.value is not None:
            if near_day is not None:
                t = _from_antecedent(t, near_day.isoformat(), "day", near_day)
            elif moved:
                t = _unresolved(t)  # the article tells another day, too far back to be sure
        elif t.value is None and last_dated is not None:
            period = next(
                (p for phrase, p in words.anaphoric_periods.items() if lower.endswith(phrase)), None
            )
            width = _PERIOD_PREFIX.get(period or "", 0)
            earlier = last_dated.value or ""
            if period is not None and width and len(earlier) >= width:
                antecedent_day = dt.date.fromisoformat(earlier) if _ISO_DAY.fullmatch(earlier) else None
                level: TimePrecision = "year" if period == "year" else "month"
                t = _from_antecedent(t, earlier[:width], level, antecedent_day)
        day = _day_of(t)
        if day is not None:
            if last_day is None or sentence_at(last_day.start) != here:
                last_sentence_days = set()
            last_sentence_days.add(day)
            last_day = t
            moved = moved or day != published
            moved_far = moved_far or (
                published is not None and day not in (published, published - dt.timedelta(days=1))
            )
        if t.value is not None and _DATED.fullmatch(t.value):
            last_dated = t
        out.append(t)
    return out
