"""Our time-expression patterns and their normalisation.

Every pattern is a regular expression over the document text, compiled once at
import; each has a normaliser that turns a match into ``(value, precision,
relative)`` given the publication date. A normaliser returns ``None`` to reject a
match (a bare "2000" that counts troops, "May" the modal verb), so gating evidence
from spaCy (tags, entity labels, tense) is asked for only when a pattern needs it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.numbers import DIGIT_NUMBER, WORD_NUMBER, parse_number
from newsgraph.records import TimePrecision
from newsgraph.times import calendar as cal

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# Abbreviations need their dot ("Sept.") or a following day number ("Sep 11").
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.|{_MONTH_ABBR}(?=\s+\d))"
_MONTH_ALONE = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
# Lower case even inside IGNORECASE patterns: "60 Minutes" is a television programme.
_UNIT = r"(?-i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|fortnights?)"
_COUNT = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER}|an?)"
_REL = r"(?:last|next|this|past|coming)"
_ZONE = r"(?:local\s+time|GMT|UTC|[ECMP][SD]T|BST|CET)"

#: Prepositions folded into the expression's text ("in September", "since January").
LEADING_PREPOSITION = re.compile(r"\b(?:in|on|since|during|until|till|by|throughout)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Normalised:
    value: str | None
    precision: TimePrecision
    relative: bool  # needs the publication date to have a value


@dataclass
class Context:
    """What a normaliser may ask about the text around a match (answers are lazy)."""

    text: str
    published: dt.date | None
    is_future: Callable[[int], bool]
    is_past: Callable[[int], bool]
    gate_ok: Callable[[int, int], bool]
    year_ok: Callable[[int, int], bool]


Normaliser = Callable[[re.Match[str], Context], Normalised | None]

#: A time that ends a span ("until April"): in a clause that is not past it lies ahead
#: ("repairs could take until April", "the road stays closed until Monday").
_ENDPOINT_BEFORE = re.compile(r"\b(?:until|till|til)\s+$", re.IGNORECASE)


def _looks_ahead(m: re.Match[str], ctx: Context) -> bool:
    """Is the time at ``m`` in the future: a future clause, or the end of a span still running."""
    if ctx.is_future(m.start()):
        return True
    endpoint = _ENDPOINT_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()])
    return endpoint is not None and not ctx.is_past(m.start())


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _unit_letter(unit: str) -> tuple[str, float]:
    """ISO 8601 designator and multiplier of a unit word: "decades" -> ("Y", 10)."""
    u = unit.lower()
    if u.startswith("year"):
        return "Y", 1
    if u.startswith("decade"):
        return "Y", 10
    if u.startswith("centur"):
        return "Y", 100
    if u.startswith("month"):
        return "M", 1
    if u.startswith("fortnight"):
        return "W", 2
    if u.startswith("week"):
        return "W", 1
    if u.startswith("day"):
        return "D", 1
    if u.startswith("hour"):
        return "TH", 1
    if u.startswith("minute"):
        return "TM", 1
    return "TS", 1


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def duration_value(count: float, unit: str) -> str:
    """ISO 8601 duration: (20, "year") -> "P20Y", (48, "hours") -> "PT48H"."""
    letter, mult = _unit_letter(unit)
    amount = _number_text(count * mult)
    if letter.startswith("T"):
        return f"PT{amount}{letter[1]}"
    return f"P{amount}{letter}"


# --- normalisers -------------------------------------------------------------


def _iso(m: re.Match[str], ctx: Context) -> Normalised | None:
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Normalised(day.isoformat(), "day", False)


def _full_date(m: re.Match[str], ctx: Context) -> Normalised | None:
    try:
        day = dt.date(int(m["y"]), _month(m["mon"]), _day(m["d"]))
    except ValueError:
        return None
    return Normalised(day.isoformat(), "day", False)


def _month_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    month, day = _month(m["mon"]), _day(m["d"])
    if not 1 <= day <= 31:
        return None
    return resolve_month_day(m, ctx, month, day)


def resolve_month_day(
    m: re.Match[str], ctx: Context, month: int, day: int, relation: str = ""
) -> Normalised | None:
    """A month and day without a year ("Nov. 8", "Christmas") in the direction its clause
    says; ``relation`` "last"/"next" (the word before it) overrides the tense."""
    if ctx.published is None:
        return Normalised(None, "day", True)
    if relation == "next" or (relation != "last" and _looks_ahead(m, ctx)):
        date = cal.month_day(ctx.published, month, day, future=True)
    elif relation == "last" or ctx.is_past(m.start()):
        date = cal.month_day(ctx.published, month, day, future=False)
    else:  # "the vote on Nov. 8" in an October article: the nearer of the two
        date = cal.nearest_month_day(ctx.published, month, day)
    return Normalised(date.isoformat() if date else None, "day", True)


def _month_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    return Normalised(cal.iso_month(int(m["y"]), _month(m["mon"])), "month", False)


def _bare_month(m: re.Match[str], ctx: Context) -> Normalised | None:
    relation = (m["rel"] or "").lower() or None
    if ctx.text.startswith(("'s", "’s"), m.end()):
        return None  # "May's office": a person
    if relation is None and not m["mod"] and not m["edge"] and not ctx.gate_ok(m.start(), m.end()):
        return None
    if ctx.published is None:
        return Normalised(None, "month", True)
    month = _month(m["mon"])
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    future = since is None and _looks_ahead(m, ctx)  # "since January" always looks back
    year = cal.month_year(ctx.published, month, relation=relation, future=future)
    return Normalised(cal.iso_month(year, month), "month", True)


def _weekday(m: re.Match[str], ctx: Context) -> Normalised | None:
    if ctx.published is None:
        return Normalised(None, "day", True)
    relation = (m["rel"] or "").lower() or None
    future = relation is None and _looks_ahead(m, ctx)
    date = cal.weekday_date(ctx.published, WEEKDAYS[m["wd"].lower()], relation=relation, future=future)
    return Normalised(date.isoformat(), "day", True)


def _relative(m: re.Match[str], ctx: Context) -> Normalised | None:
    word = (m["word"] or "").lower()
    unit = (m["unit"] or "").lower()
    relation = (m["rel"] or "").lower()
    if relation.startswith("this") and relation.endswith("past"):
        relation = "last"  # "this past week" is the one before this
    precision: TimePrecision
    if word or unit in ("morning", "afternoon", "evening", "night"):
        precision = "day"
    elif unit in ("week", "weekend"):
        precision = "week"
    elif unit == "month":
        precision = "month"
    else:
        precision = "year"
    pub = ctx.published
    if pub is None:
        return Normalised(None, precision, True)
    if word:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        return Normalised((pub + dt.timedelta(days=offset)).isoformat(), "day", True)
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(relation, 0)
    if unit in ("morning", "afternoon", "evening", "night"):
        day = pub - dt.timedelta(days=1) if relation == "last" else pub
        return Normalised(day.isoformat(), "day", True)
    if unit == "week":
        return Normalised(cal.iso_week(pub + dt.timedelta(weeks=step)), "week", True)
    if unit == "weekend" and relation == "this":
        return Normalised(cal.iso_week(pub), "week", True)  # the weekend of the publication week
    if unit == "weekend":
        saturday = cal.weekday_date(pub, 5, relation=relation or None, future=ctx.is_future(m.start()))
        return Normalised(cal.iso_week(saturday), "week", True)
    if unit == "month":
        year, month = cal.shift_months(pub, step)
        return Normalised(cal.iso_month(year, month), "month", True)
    return Normalised(f"{pub.year + step:04d}", "year", True)


def _period_edge(m: re.Match[str], ctx: Context) -> Normalised | None:
    """ "by the end of the year", "at the start of next month": the period whose edge is
    meant ("the year" of a news report is its own year), at that period's precision."""
    unit = m["unit"].lower()
    precision: TimePrecision = "week" if unit == "week" else "month" if unit == "month" else "year"
    pub = ctx.published
    if pub is None:
        return Normalised(None, precision, True)
    step = {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
    if unit == "week":
        return Normalised(cal.iso_week(pub + dt.timedelta(weeks=step)), "week", True)
    if unit == "month":
        year, month = cal.shift_months(pub, step)
        return Normalised(cal.iso_month(year, month), "month", True)
    return Normalised(f"{pub.year + step:04d}", "year", True)


def _weekend(m: re.Match[str], ctx: Context) -> Normalised | None:
    if ctx.published is None:
        return Normalised(None, "week", True)
    saturday = cal.weekday_date(ctx.published, 5, relation=None, future=ctx.is_future(m.start()))
    return Normalised(cal.iso_week(saturday), "week", True)


def _ago(m: re.Match[str], ctx: Context) -> Normalised | None:
    count = parse_number(m["num"])
    if count is None:
        return None
    letter, mult = _unit_letter(m["unit"])
    precisions: dict[str, TimePrecision] = {"Y": "year", "M": "month", "W": "week"}
    precision = precisions.get(letter, "day")
    pub = ctx.published
    if pub is None:
        return Normalised(None, precision, True)
    amount = count * mult
    if letter == "Y":
        return Normalised(f"{pub.year - int(amount):04d}", "year", True)
    if letter == "M":
        year, month = cal.shift_months(pub, -int(amount))
        return Normalised(cal.iso_month(year, month), "month", True)
    if letter == "W":
        return Normalised(cal.iso_week(pub - dt.timedelta(weeks=amount)), "week", True)
    if letter == "D":
        return Normalised((pub - dt.timedelta(days=amount)).isoformat(), "day", True)
    return Normalised(pub.isoformat(), "day", True)


_A_GATE = re.compile(
    r"\b(?:for|over|within|by|than|nearly|almost|about|around|after|in|past|last|next|first|entire|whole|"
    r"half|only|just|barely)\s+$",
    re.IGNORECASE,
)


def _duration(m: re.Match[str], ctx: Context) -> Normalised | None:
    num = m["num"]
    if not num:
        count: float | None = 1.0
    else:
        article = num.lower() in ("a", "an")
        if article and m["unit"].lower().startswith("second"):
            return None  # "a second term": the ordinal, not a second of time
        if (
            article
            and not m.group(0).lower().endswith("-long")
            and not _A_GATE.search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            return None
        count = parse_number(num)
    if count is None or count <= 0:
        return None
    return Normalised(duration_value(count, m["unit"]), "duration", False)


def _decade(m: re.Match[str], ctx: Context) -> Normalised | None:
    start = int(m["dec"]) if m["dec"] else 1900 + int(m["short"])
    return Normalised(f"{start}/{start + 9}", "interval", False)


def _year_range(m: re.Match[str], ctx: Context) -> Normalised | None:
    first = int(m["y1"])
    second_text = m["y2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 200:
        return None
    return Normalised(f"{first:04d}/{second:04d}", "interval", False)


def _year(m: re.Match[str], ctx: Context) -> Normalised | None:
    if not ctx.year_ok(m.start("y"), m.end("y")):
        return None
    return Normalised(m["y"], "year", False)


def _the_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    return Normalised(m["y"], "year", False)


def _clock(m: re.Match[str], ctx: Context) -> Normalised | None:
    """A time of day without a date: ISO 8601 "T23:30" (the day is the sentence's business)."""
    if m.re.groupindex.get("word") and m["word"]:
        return Normalised("T12:00" if m["word"].lower() == "noon" else "T00:00", "unknown", False)
    hour, minute = int(m["h"]), int(m["min"] or 0)
    meridiem = (m["ampm"] or "").lower().replace(".", "") if "ampm" in m.re.groupindex else ""
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem == "pm" and hour != 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return Normalised(f"T{hour:02d}:{minute:02d}", "unknown", False)


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(m: re.Match[str], ctx: Context) -> Normalised | None:
    """ "the summer of 2020", "last winter": the year the season began (no ISO season code)."""
    if m["y"]:
        return Normalised(m["y"], "year", False)
    relation = (m["rel"] or "").lower()
    if not relation:
        return None  # "the fall", "in spring" without a year: too vague, and "fall" is a verb
    pub = ctx.published
    if pub is None:
        return Normalised(None, "year", True)
    start_month = _SEASON_START[m["season"].lower()]
    starts = [dt.date(y, start_month, 1) for y in (pub.year + 1, pub.year, pub.year - 1, pub.year - 2)]
    if relation == "next":
        year = min(d for d in starts if d > pub).year
    elif relation in ("last", "past"):
        year = max(d for d in starts if d + dt.timedelta(days=91) <= pub).year
    else:  # "this summer": the one under way or coming this year
        year = pub.year - 1 if start_month == 12 and pub.month < 3 else pub.year
    return Normalised(f"{year:04d}", "year", True)


# --- the pattern table (earlier wins a tie in length) --------------------------

#: A lower-case word a pattern cannot match without: the pattern is skipped (no regex
#: scan at all) for a text that lacks it. Keeps the slower patterns off most articles.
NEEDLES: dict[str, tuple[str, ...]] = {
    "weekend": ("weekend",),
    "ago": (" ago",),
    "long": ("-long",),
    "decade": ("0s",),
    "the_year": ("the year",),
    "duration_past": ("past", "last", "previous"),
    "iso": ("-",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "year_mod": ("early", "mid", "late"),
}

_I = re.IGNORECASE
PATTERNS: list[tuple[str, re.Pattern[str], Normaliser]] = [
    (
        "iso",
        re.compile(r"(?=\d)(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
        _iso,
    ),
    (
        "mdy",
        re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,\s*|\s+)(?P<y>{_YEAR})\b"),
        _full_date,
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"
        ),
        _full_date,
    ),
    ("md", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?![:.]?\d)"), _month_day),
    ("dm", re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH_ALONE})(?!\w)"), _month_day),
    (
        "my",
        re.compile(rf"\b(?:(?:early|mid|late)[\s-]+)?(?P<mon>{_MONTH_ALONE}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
        _month_year,
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?P<rel>{_REL})\s+|\b(?P<mod>early|mid|late)[\s-]+|"
            rf"\b(?P<edge>the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
            rf"(?<![\w.-])(?P<mon>{_MONTH_ALONE})(?![\w-])"
        ),
        _bare_month,
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<rel>{_REL})\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
        ),
        _weekday,
    ),
    (
        "period_edge",
        re.compile(
            r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+(?P<rel>the|this|next|last)\s+"
            r"(?P<unit>week|month|year)\b",
            _I,
        ),
        _period_edge,
    ),
    (
        "relative",
        re.compile(
            r"\b(?:(?:earlier|later)\s+)?(?:(?P<word>today|tonight|yesterday|tomorrow)|"
            r"(?P<rel>this\s+past|this|last|next|coming)\s+(?P<unit>morning|afternoon|evening|night|weekend|week|month|year))\b",
            _I,
        ),
        _relative,
    ),
    ("weekend", re.compile(r"(?=[od])\b(?:over|during)\s+the\s+weekend\b", _I), _weekend),
    ("ago", re.compile(rf"\b(?P<num>{_COUNT})[\s-]+(?P<unit>{_UNIT})\s+ago\b", _I), _ago),
    (
        "duration",
        re.compile(
            rf"(?:\bthe\s+(?:past|last|next|coming|previous|following|first)\s+)?"
            rf"(?<![\w$£€.,-])(?P<num>{_COUNT})[\s-]+(?P<unit>{_UNIT})\b(?!-old|\s+old\b|-long)",
            _I,
        ),
        _duration,
    ),
    (
        "duration_past",
        re.compile(
            r"\bthe\s+(?:past|last|previous)\s+(?P<num>)?(?P<unit>year|month|week|decade|century)\b", _I
        ),
        _duration,
    ),
    (
        "long",
        re.compile(
            rf"(?:\b(?P<num>{_COUNT})[\s-]+)?\b(?P<unit>year|month|week|day|decade|century)-long\b", _I
        ),
        _duration,
    ),
    (
        "decade",
        re.compile(
            r"(?:\bthe\s+)?(?:\b(?:early|mid|late)[\s-]+)?(?:\b(?P<dec>(?:1[5-9]|20)\d0)s\b|['’](?P<short>\d0)s\b)"
        ),
        _decade,
    ),
    (
        "year_range",
        re.compile(rf"(?=[12])(?<![\w$#.,/-])(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR}|\d\d)(?![\w%-]|[.,]\d)"),
        _year_range,
    ),
    (
        "clock",
        re.compile(
            r"(?:\b(?:around|about|at|by)\s+)?"
            r"(?:(?<![\d.,:$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s?"
            r"(?:(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|AM\b|PM\b)"
            rf"(?:\s+(?P<zone>{_ZONE})\b)?|(?P<zone_only>{_ZONE})\b)"
            r"|\b(?P<word>noon|midnight)\b)"
        ),
        _clock,
    ),
    (
        "clock24",
        re.compile(
            r"\b(?:at|around|about|by|until|from)\s+(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b(?![:.]\d)", _I
        ),
        _clock,
    ),
    (
        "season",
        re.compile(
            rf"(?:\b(?P<rel>last|this|next|past)\s+|\bthe\s+)?\b(?P<season>spring|summer|autumn|fall|winter)\b"
            rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR})\b)?",
            _I,
        ),
        _season,
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<y>{_YEAR})\b"
            rf"|\bQ[1-4]\s+(?P<y2>{_YEAR})\b",
            _I,
        ),
        lambda m, ctx: Normalised(m["y"] or m["y2"], "year", False),
    ),
    ("year_mod", re.compile(rf"\b(?:early|mid|late)[\s-]+(?P<y>{_YEAR})\b(?![\w%-])", _I), _the_year),
    ("the_year", re.compile(rf"(?=t)\bthe\s+year\s+(?P<y>{_YEAR})\b", _I), _the_year),
    (
        "year",
        re.compile(rf"(?=[12])(?<![\w$#.,/:-])(?P<y>{_YEAR})(?![\w%-]|[.,:]\d|\s*(?:%|percent|per\s+cent))"),
        _year,
    ),
]

#: "from A to B", "between A and B", "A – B": the text between two expressions of a range.
RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–—])\s*", _I)
RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", _I)


#: A pattern that opens with a look-ahead class of its possible first characters
#: ("(?=[12])" before a year) is the same pattern, found several times faster: Python's
#: regex engine tests the class at each position before trying the alternatives there.
#: The class is under the pattern's own flags, so it folds case exactly as the match does.
#:
#: Anchors: a required piece of each slow pattern, with no optional lead-in. The
#: full pattern, whose optional prefixes make Python's regex engine try every text
#: position, is then only run in a small window around each anchor hit. Patterns
#: sharing an anchor share one scan.
_CORE_MONTH = re.compile(rf"(?=[JFMASOND])(?<![\w.-]){_MONTH}")
_CORE_UNIT = re.compile(rf"(?=[ymwdhscf])\b{_UNIT}\b")
CORES: dict[str, re.Pattern[str]] = {
    "mdy": _CORE_MONTH,
    "dmy": _CORE_MONTH,
    "md": _CORE_MONTH,
    "dm": _CORE_MONTH,
    "my": _CORE_MONTH,
    "month": _CORE_MONTH,
    "weekday": re.compile(_WEEKDAY),
    "relative": re.compile(
        r"(?=[tymaenw])\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|weekend|week|month|year)\b",
        _I,
    ),
    "ago": re.compile(r"(?=a)\bago\b", _I),
    "duration": _CORE_UNIT,
    "duration_past": _CORE_UNIT,
    "long": re.compile(r"-long\b", _I),
    "decade": re.compile(r"\d0s\b"),
    "clock": re.compile(
        r"\d\s?(?:[ap]\.?m\b|AM\b|PM\b)|\d\s+(?:local|GMT|UTC|[ECMP][SD]T|BST|CET)\b|\b(?:noon|midnight)\b"
    ),
    "clock24": re.compile(r"\d:[0-5]\d"),
    "season": re.compile(r"(?=[sawf])\b(?:spring|summer|autumn|fall|winter)\b", _I),
    "quarter": re.compile(r"quarter\b|\bQ[1-4]\b", _I),
}
#: How far before and after an anchor a full match may reach.
CORE_BEFORE, CORE_AFTER = 48, 64
