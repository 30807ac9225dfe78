"""One pass over one text: what every furniture rule reads, and where it writes what it found.

Each kind of furniture has its rules in its own module, as a class over :class:`Scan`
(``related``, ``credits``, ``bylines``, ``prompts``); ``detect.Detector`` puts them
together and walks the text.
"""

from __future__ import annotations

from newsgraph.furniture.verbs import FiniteVerbCheck
from newsgraph.furniture.vocabulary import vocabulary
from newsgraph.records import ExcludedSpan, ExclusionReason


class Scan:
    """The text, the finite-verb check, the title, the word lists and the spans found so far."""

    def __init__(self, text: str, finite_verb: FiniteVerbCheck, title: str | None) -> None:
        self.text = text
        self.finite_verb = finite_verb
        self.title = title.strip() if title else None
        self.vocab = vocabulary()
        self.found: list[ExcludedSpan] = []

    def add(self, start: int, end: int, reason: ExclusionReason) -> None:
        self.found.append(ExcludedSpan(start=start, end=end, text=self.text[start:end], reason=reason))
