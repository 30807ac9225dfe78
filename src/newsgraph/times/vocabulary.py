"""The word lists the times rules read, fetched once per pipeline from ``data/lexicon/times_*``.

:func:`words` builds one frozen :class:`Words` the first time a pipeline's times
stage asks and keeps it on that pipeline's resources (so a user's lexicon overlay
applies); the stage fetches it once per document and the rules test plain sets.
Closed-class grammar (auxiliaries such as "will"/"'ll", entity labels) stays in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph import resources
from newsgraph.lexicons import Lexicons


@dataclass(frozen=True, slots=True)
class Words:
    """Every vocabulary set the times rules test (lower-case words)."""

    #: Words before a bare month or year that make it a time ("in May").
    gate_words: frozenset[str]
    #: Words before a bare four-digit number that make it a year ("since 1990").
    strong_year_gate: frozenset[str]
    #: Adjectives that make their clause look ahead ("is due in April").
    future_adjectives: frozenset[str]
    #: Adjectives whose to-clause looks ahead ("was willing to resume talks on Thursday").
    intention_adjectives: frozenset[str]
    #: Verb lemmas whose clause looks ahead ("plans to meet on Tuesday").
    future_lemmas: frozenset[str]
    #: Verb lemmas whose infinitive complement looks ahead ("urged them to return by Friday").
    directive_verbs: frozenset[str]
    #: Phrases that refer back to a day already named ("that day", "the same day").
    anaphoric_days: tuple[str, ...]
    #: Phrases that refer back to a year or month already named ("that year"), with the
    #: period each takes ("year" or "month").
    anaphoric_periods: dict[str, str]
    #: Phrases that date an event from the day told just before, with the days they add
    #: ("the next day" -> 1, "hours later" -> 0).
    anaphoric_offsets: dict[str, int]
    #: Fixed-date holidays by name, with their (month, day) ("Christmas" -> (12, 25)).
    holidays: dict[str, tuple[int, int]]
    #: Prepositions besides ``gate_words`` that make a holiday name a time ("at Christmas").
    holiday_gate: frozenset[str]
    #: Verbs with which "overnight" means "suddenly" ("became a star overnight").
    sudden_change_verbs: frozenset[str]
    #: Words before a holiday that move it to another calendar ("Orthodox Christmas").
    calendar_qualifiers: frozenset[str]
    #: Reporting-period adjectives with the month their period starts and its length in
    #: months ("third-quarter" -> (7, 3)).
    financial_periods: dict[str, tuple[int, int]]
    #: Nouns of reported figures a reporting-period adjective must qualify ("profit").
    financial_nouns: frozenset[str]
    #: One pattern over every named day or period above, the day parts ("late in the
    #: evening", "overnight") and the anaphoric phrases ("that day", "hours later"), so
    #: they are found where the parser's entities miss them.
    named: re.Pattern[str]
    #: The day parts ("earlier in the day"), lower case.
    day_parts: frozenset[str]


def _alternation(phrases: list[str]) -> str:
    """Phrases as one regex alternation, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!)"  # empty: never


def _first_letters(holidays: list[str], case_free: list[str]) -> str:
    """A look-ahead class of the characters a match of ``_named_pattern`` can start with:
    a test at each position that Python's regex engine makes much faster than trying
    every alternative there. Case-free initials are tested case-free, as they match."""
    exact = "".join(sorted({_initial(p) for p in holidays if p}))
    folded = "".join(sorted({_initial(p) for p in [*case_free, "later", "earlier"] if p}))
    return f"[{exact}]|(?i:[{folded}])" if exact else f"(?i:[{folded}])"


def _initial(phrase: str) -> str:
    return r"\s" if phrase[0].isspace() else re.escape(phrase[0])  # a space is any whitespace


def _named_pattern(holidays: list[str], case_free: list[str]) -> re.Pattern[str]:
    """Holidays match case-sensitively ("Christmas", not "christmas tree" lower-cased
    text); the lower-case phrases match in any case ("Hours later", "Third-quarter"), with
    the "later"/"earlier" that may lead an anaphoric one ("later that day")."""
    return re.compile(
        rf"(?<![\w-])(?={_first_letters(holidays, case_free)})(?:(?P<holiday>{_alternation(holidays)})|"
        rf"(?i:(?:(?:later|earlier|early|late)\s+)?(?P<phrase>{_alternation(case_free)})))(?![\w-])"
    )


def _build(lists: Lexicons) -> Words:
    holidays: dict[str, tuple[int, int]] = {}
    for name, day in lists.table("times_fixed_holidays").items():
        month, _, mday = day.partition("-")
        holidays[name] = (int(month), int(mday))
    offsets = {k.lower(): int(v) for k, v in lists.table("times_anaphoric_offsets").items()}
    periods = {}
    for name, columns in lists.table("times_financial_periods").items():
        start, months = columns.split()
        periods[name.lower()] = (int(start), int(months))
    day_parts = lists.words("times_day_parts") | {"overnight"}
    anaphoric_days = tuple(sorted(w.lower() for w in lists.words("times_anaphoric_days")))
    return Words(
        gate_words=lists.words("times_gate_words"),
        strong_year_gate=lists.words("times_strong_year_gate"),
        future_adjectives=lists.words("times_future_adjectives"),
        intention_adjectives=lists.words("times_intention_adjectives"),
        future_lemmas=lists.words("times_future_lemmas"),
        directive_verbs=lists.words("times_directive_verbs"),
        anaphoric_days=anaphoric_days,
        anaphoric_periods={k.lower(): v for k, v in lists.table("times_anaphoric_periods").items()},
        anaphoric_offsets=offsets,
        holidays=holidays,
        holiday_gate=lists.words("times_holiday_gate"),
        sudden_change_verbs=lists.words("times_sudden_change_verbs"),
        calendar_qualifiers=lists.words("times_calendar_qualifiers"),
        financial_periods=periods,
        financial_nouns=lists.words("times_financial_nouns"),
        named=_named_pattern(list(holidays), [*offsets, *periods, *day_parts, *anaphoric_days]),
        day_parts=day_parts,
    )


def words() -> Words:
    """The times word lists of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    lists = current.lexicons
    return current.load("times.words", lambda: _build(lists))
