"""The word lists the times rules read, fetched once per pipeline from ``data/lexicon/times_*``.

:func:`words` builds one frozen :class:`Words` the first time a pipeline's times
stage asks and keeps it on that pipeline's resources (so a user's lexicon overlay
applies); the stage fetches it once per document and the rules test plain sets.
Closed-class grammar (auxiliaries such as "will"/"'ll", entity labels) stays in code.
"""

from __future__ import annotations

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


def _build(lists: Lexicons) -> Words:
    return Words(
        gate_words=lists.words("times_gate_words"),
        strong_year_gate=lists.words("times_strong_year_gate"),
        future_adjectives=lists.words("times_future_adjectives"),
        intention_adjectives=lists.words("times_intention_adjectives"),
        future_lemmas=lists.words("times_future_lemmas"),
        directive_verbs=lists.words("times_directive_verbs"),
        anaphoric_days=tuple(sorted(w.lower() for w in lists.words("times_anaphoric_days"))),
        anaphoric_periods={k.lower(): v for k, v in lists.table("times_anaphoric_periods").items()},
    )


def words() -> Words:
    """The times word lists of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    lists = current.lexicons
    return current.load("times.words", lambda: _build(lists))
