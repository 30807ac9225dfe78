"""The furniture rules' word lists (``data/lexicon/furniture_*.txt``), loaded once per resource set."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph import resources
from newsgraph.lexicons import Lexicons

#: What ``credit_opener_inside`` requires right before an opener: "(" or "[", a sentence end
#: and a space, or a "|" and a space. A scan for these, which starts only at those
#: characters, finds the few places worth trying the opener at.
OPENER_LEAD = re.compile(r"[(\[]|[.!?][ \t]|[.!?][\"”’)][ \t]|\|[ \t]")


@dataclass(frozen=True)
class Vocabulary:
    """The stage's word lists (``data/lexicon/furniture_*.txt``) and the patterns built from them."""

    credit_opener: re.Pattern[str]
    credit_opener_inside: re.Pattern[str]
    credit_opener_bare: re.Pattern[str]  # the opener alone, matched where a ``OPENER_LEAD`` ends
    caption_openers: tuple[str, ...]
    agencies: frozenset[str]
    prompts: tuple[str, ...]
    buttons: frozenset[str]
    related_labels: frozenset[str]
    timestamp_labels: tuple[str, ...]
    date_words: frozenset[str]
    clock_words: frozenset[str]
    #: a number and what the page counts ("5 min read", "72 comments"), a whole line
    page_count: re.Pattern[str]
    #: a desk job credited at a wire story's foot, before its "by" ("Editing by")
    staff_credit: str
    #: nouns of a position a person holds ("correspondent", "editor"): a byline's job, not a name
    person_roles: frozenset[str]
    #: how a foot line credits other reporters ("... contributed to this report")
    contribution_tails: tuple[str, ...]
    #: jobs an author's note at the foot gives its writer ("is a technology reporter")
    author_jobs: frozenset[str]


def vocabulary() -> Vocabulary:
    """The word lists of the resource set in force (built on first use)."""
    current = resources.current()
    return current.load("furniture", lambda: _build_vocabulary(current.lexicons))


def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _build_vocabulary(lexicons: Lexicons) -> Vocabulary:
    openers = _longest_first(frozenset(w.lower() for w in lexicons.words("furniture_credit_openers")))
    alternatives = "|".join(re.escape(w) for w in openers) or r"(?!)"
    # An opener starts the line (``match`` at the line's start), or follows "(" or "[",
    # a sentence end or a "|" separator.
    after = r"(?:(?<=[(\[])|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t])|(?<=\|[ \t]))"
    opener = rf"(?P<opener>{alternatives})(?![^\W\d_])"
    credit_opener = re.compile(rf"{after}?{opener}", re.IGNORECASE)
    credit_opener_inside = re.compile(rf"{after}{opener}", re.IGNORECASE)
    credit_opener_bare = re.compile(opener, re.IGNORECASE)

    def lower_words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lexicons.words(name))

    return Vocabulary(
        credit_opener=credit_opener,
        credit_opener_inside=credit_opener_inside,
        credit_opener_bare=credit_opener_bare,
        caption_openers=_longest_first(lower_words("furniture_caption_openers")),
        agencies=lower_words("furniture_photo_agencies"),
        prompts=_longest_first(lower_words("furniture_prompts")),
        buttons=lower_words("furniture_buttons"),
        related_labels=frozenset(w.rstrip(":") for w in lower_words("furniture_related_labels")),
        timestamp_labels=_longest_first(lower_words("furniture_timestamp_labels")),
        date_words=frozenset(w.rstrip(".") for w in lower_words("furniture_date_words")),
        clock_words=frozenset(w.rstrip(".") for w in lower_words("furniture_clock_words")),
        page_count=_page_count(lower_words("furniture_count_labels")),
        staff_credit=_alternatives(lower_words("furniture_staff_credits")),
        person_roles=lower_words("entities_person_roles"),
        contribution_tails=_longest_first(lower_words("furniture_contribution_tails")),
        author_jobs=lower_words("furniture_author_jobs"),
    )


def _alternatives(words: frozenset[str]) -> str:
    """A regular-expression alternation of ``words``, longest first, spaces as any blank."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _longest_first(words)) or r"(?!)"


def _page_count(labels: frozenset[str]) -> re.Pattern[str]:
    alternatives = _alternatives(labels)
    return re.compile(rf"\(?\s*\d[\d,.]*\s*[km]?\s+(?:{alternatives})\s*\)?", re.IGNORECASE)
