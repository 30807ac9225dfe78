"""Finding furniture in a text: the rules of every kind, applied line by line.

The text is read line by line (related-link runs first, as they span lines), a line not
taken whole is cut into segments at " | " and "•" separators, and a segment into
sentences; the spans found are then merged so none overlap.
"""

from __future__ import annotations

from newsgraph.furniture.bylines import BylineRules
from newsgraph.furniture.credits import CreditRules
from newsgraph.furniture.pieces import LINE, SEGMENT_BREAK, Piece, pieces, sentences, stripped
from newsgraph.furniture.prompts import PromptRules
from newsgraph.furniture.related import RelatedRules
from newsgraph.furniture.verbs import FiniteVerbCheck, never_finite
from newsgraph.records import ExcludedSpan


class Detector(RelatedRules, CreditRules, BylineRules, PromptRules):
    """One pass over one text; see the package docstring for the rules."""

    def run(self) -> list[ExcludedSpan]:
        text = self.text
        lines = [piece for m in LINE.finditer(text) for piece in stripped(text, m.start(), m.end())]
        taken = self.related_runs(lines)
        for i, line in enumerate(lines):
            if i in taken:
                continue
            if not self.whole_line(line):
                for segment in pieces(self.text, line.start, line.end, SEGMENT_BREAK):
                    self._segment(segment)
        return _merged(self.text, self.found)

    def is_other_furniture(self, line: Piece) -> bool:
        text = line.text
        return (
            self.is_timestamp(text)
            or self.byline_end(text) == len(text)
            or self.is_buttons(text)
            or self.is_counter_line(text)
            or self.is_prompt(line)
        )

    # ------------------------------------------------------------------ segment rules
    def _segment(self, segment: Piece) -> None:
        if self.is_timestamp(segment.text):
            self.add(segment.start, segment.end, "timestamp")
            return
        if self.byline(segment):
            return
        if self.is_buttons(segment.text):
            self.add(segment.start, segment.end, "prompt")
            return
        for sentence in sentences(self.text, segment.start, segment.end):
            if self.is_buttons(sentence.text) or self.is_prompt(sentence):
                self.add(sentence.start, sentence.end, "prompt")


def _merged(text: str, spans: list[ExcludedSpan]) -> list[ExcludedSpan]:
    """Spans in text order, none overlapping (the longer wins), and pieces of one kind
    separated only by spaces or "|" joined into one."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[ExcludedSpan] = []
    for span in ordered:
        if out and span.start < out[-1].end:
            continue  # inside (or crossing) a longer span found first
        if out and out[-1].reason == span.reason and not text[out[-1].end : span.start].strip(" \t|•·"):
            last = out.pop()
            start = last.start
            span = ExcludedSpan(start=start, end=span.end, text=text[start : span.end], reason=span.reason)
        out.append(span)
    return out


def find_furniture(
    text: str, finite_verb: FiniteVerbCheck = never_finite, title: str | None = None
) -> list[ExcludedSpan]:
    """The page-furniture spans of ``text``, in order and not overlapping.

    ``finite_verb`` tells whether a stretch holds a finite verb (see
    :func:`finite_verb_check`); ``title`` is the article's headline, never part of a run.
    """
    return Detector(text, finite_verb, title).run()
