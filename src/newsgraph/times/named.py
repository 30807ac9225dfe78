"""Times named by a word list rather than by numbers: fixed-date holidays ("before
Christmas"), parts of the story's day ("late in the evening", "overnight"), reporting
periods ("third-quarter profit") and phrases counted from the day told just before
("the next day", "hours later").

The vocabularies are data (``data/lexicon/times_fixed_holidays.tsv``,
``times_day_parts.txt``, ``times_financial_periods.tsv``, ``times_financial_nouns.txt``,
``times_anaphoric_offsets.tsv``), compiled into one pattern per pipeline
(``Words.named``). This module finds and normalises them against the publication date;
the day parts and the anaphoric phrases are then re-read against an earlier day by
:func:`newsgraph.times.anaphora.resolve` (they name the story's day, which is not always
the publication's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Protocol

from newsgraph.times import calendar as cal
from newsgraph.times import rules
from newsgraph.times.rules import Context, Normalised
from newsgraph.times.vocabulary import Words

__all__ = ["find"]

_NEXT_WORDS = re.compile(r"[\s-]*([A-Za-z][\w'’]*)")
#: Where an anaphoric phrase may start: a clause edge, a preposition or conjunction, not
#: after a count or quantifier ("a few hours later" is the parser's entity, read the same).
_CLAUSE_EDGE = re.compile(
    r"(?:^|[.,;:!?\"“”'‘’()—–-]|\b(?:and|but|then|on|in|by|until|of|for|from|that))\s*$", re.I
)
#: Prepositions of the run-up: "the Saturday before Christmas" in a past clause is the
#: coming Christmas when it is close (closed-class grammar, so in code).
_RUN_UP = frozenset({"before", "ahead", "until", "till", "approaching"})
_PREVIOUS = re.compile(r"([\w'’]+)[\s-]+$")


class _ViewLike(Protocol):
    """What the normalisers ask of the parsed document (``times._DocView`` provides it)."""

    def previous_word(self, start: int) -> str: ...

    def modifies_noun(self, start: int, end: int) -> bool: ...

    def adverb_of_plain_clause(self, start: int) -> bool: ...

    def opens_a_clause_after(self, end: int) -> bool: ...


def find(
    text: str, lo: int, hi: int, ctx: Context, words: Words, view: _ViewLike
) -> Iterator[tuple[int, int, Normalised]]:
    """Every named time in ``text[lo:hi]`` with its value (None where it needs an antecedent)."""
    for m in words.named.finditer(text, lo, hi):
        norm = _holiday(m, ctx, words, view) if m["holiday"] else _phrase(m, ctx, words, view)
        if norm is not None:
            yield m.start(), m.end(), norm


def _holiday(m: re.Match[str], ctx: Context, words: Words, view: _ViewLike) -> Normalised | None:
    """ "before Christmas": a month-day without a year, gated like a bare month."""
    start, end = m.span()
    previous = view.previous_word(start)
    if previous in words.calendar_qualifiers:
        return None  # "Orthodox Christmas", "Lunar New Year": another calendar
    if view.modifies_noun(start, end):
        return None  # "Christmas tree", "Halloween costumes": a kind of thing, not a day
    if previous not in words.gate_words and previous not in words.holiday_gate:
        return None  # "Merry Christmas", "a Christmas like no other": not a point in time
    month, day = words.holidays[m["holiday"]]
    relation = previous
    pub = ctx.published
    if previous in _RUN_UP and pub is not None:
        coming = cal.month_day(pub, month, day, future=True)
        if coming is not None and (coming - pub).days <= 31:
            relation = "next"  # "was held the Saturday before Christmas", two days before it
    return rules.resolve_month_day(m, ctx, month, day, relation=relation)


def _phrase(m: re.Match[str], ctx: Context, words: Words, view: _ViewLike) -> Normalised | None:
    phrase = " ".join(m["phrase"].lower().split())
    pub = ctx.published
    if phrase in words.financial_periods:
        return _financial(m, phrase, ctx, words, view)
    if phrase == "overnight":
        if not view.adverb_of_plain_clause(m.start()) or ctx.is_future(m.start()):
            return None  # "an overnight curfew", "will not change overnight"
        return Normalised(pub.isoformat() if pub else None, "day", True)
    if phrase in words.day_parts:
        return Normalised(pub.isoformat() if pub else None, "day", True)
    if view.opens_a_clause_after(m.end()):
        return None  # "the same day it seated its delegation": counted from that event
    if not _CLAUSE_EDGE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "a few hours later", "24 hours later": the parser's span or a duration speaks
    return Normalised(None, "day", True)  # an anaphoric phrase: its antecedent decides


def _financial(
    m: re.Match[str], phrase: str, ctx: Context, words: Words, view: _ViewLike
) -> Normalised | None:
    """ "third-quarter profit": the year of the latest such period begun by publication."""
    following = [w.group(1).lower() for w in _take(_NEXT_WORDS, ctx.text, m.end(), 3)]
    if not any(w in words.financial_nouns for w in following):
        return None  # "a fourth-quarter comeback": a game's quarter
    before = _PREVIOUS.search(ctx.text, max(0, m.start() - 24), m.start())
    if before is not None and (before.group(1)[:4].isdigit() or "year" in before.group(1).lower()):
        return None  # "its 2019 third-quarter profit", "last year's third-quarter": that year speaks
    pub = ctx.published
    if pub is None:
        return Normalised(None, "year", True)
    start_month, months = words.financial_periods[phrase]
    year = pub.year if dt.date(pub.year, start_month, 1) <= pub else pub.year - 1
    if months >= 12 and (pub.year - year) * 12 + pub.month - start_month < 3:
        return Normalised(None, "year", True)  # a year just begun: last year's results or this one's forecast
    return Normalised(f"{year:04d}", "year", True)


def _take(pattern: re.Pattern[str], text: str, pos: int, count: int) -> Iterator[re.Match[str]]:
    """Up to ``count`` consecutive matches of ``pattern`` from ``pos`` (words up to punctuation)."""
    for _ in range(count):
        m = pattern.match(text, pos)
        if m is None:
            return
        yield m
        pos = m.end()
