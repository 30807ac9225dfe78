"""Cutting text into lines, segments, sentences and words, with their offsets.

Every piece keeps its offsets into the article text, so a rule that marks a piece marks
exactly that stretch of the original; nothing is rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from newsgraph.constants import TITLE_CASE_SHARE, TITLE_SMALL_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
ANY_WORD = re.compile(r"\w[\w'’.-]*")
LINE = re.compile(r"[^\n]+")
SEGMENT_BREAK = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
#: A character every ``SEGMENT_BREAK`` holds: a line without one is one segment, found
#: without running the separator (whose ``\s*`` start is tried at every position).
_SEGMENT_MARK = re.compile(r"[|•·]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s)")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.(])[A-Z][a-z]{0,2}\.$")
QUOTE_MARKS = re.compile(r"[\"“”«»]")


@dataclass(frozen=True)
class Piece:
    """A stretch of the text (a line, a segment, a sentence) with its offsets."""

    start: int
    end: int
    text: str


def pieces(text: str, start: int, end: int, separator: re.Pattern[str]) -> Iterator[Piece]:
    """``text[start:end]`` cut at ``separator``, each piece stripped of surrounding spaces."""
    if separator is SEGMENT_BREAK and _SEGMENT_MARK.search(text, start, end) is None:
        yield from stripped(text, start, end)  # the common case: a paragraph with no separator
        return
    cursor = start
    for match in separator.finditer(text, start, end):
        yield from stripped(text, cursor, match.start())
        cursor = match.end()
    yield from stripped(text, cursor, end)


def stripped(text: str, start: int, end: int) -> Iterator[Piece]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Piece(start, end, text[start:end])


def sentences(text: str, start: int, end: int) -> Iterator[Piece]:
    """``text[start:end]`` cut after sentence-final punctuation, but not after an
    abbreviation ("Mr.", "Gen.", "U.S."): a capital and at most two lower-case letters."""
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION_END.search(text[max(start, match.start() - 4) : match.start() + 1]):
            continue
        yield from stripped(text, cursor, match.end())
        cursor = match.end()
    yield from stripped(text, cursor, end)


def words_in(text: str) -> list[str]:
    return ANY_WORD.findall(text)


def word_count(text: str, cap: int) -> int:
    """``min(len(words_in(text)), cap)``, reading no further than the ``cap``-th word: the
    rules ask whether a line is short, and most lines are paragraphs of prose."""
    return sum(1 for _ in islice(ANY_WORD.finditer(text), cap))


def starts_with(lower: str, phrases: Sequence[str]) -> str | None:
    """The longest of ``phrases`` opening ``lower`` as whole words."""
    for phrase in phrases:
        if lower.startswith(phrase):
            rest = lower[len(phrase) : len(phrase) + 1]
            if not rest or not (rest.isalnum() or rest in "'’-"):
                return phrase
    return None


def is_title_case(text: str) -> bool:
    words = _WORD.findall(text)
    counted = [w for w in words if not (w.lower() in TITLE_SMALL_WORDS and w[0].islower())]
    if len(counted) < 3:
        return False
    capitalised = sum(1 for w in counted if w[0].isupper())
    return capitalised >= TITLE_CASE_SHARE * len(counted)
