"""A draft attribution (character spans and parse anchors) and the span helpers every step uses.

A :class:`Draft` is what each step of the stage produces and the later steps refine;
``annotate`` turns the survivors into ``records.Quote`` objects. Spans are character
offsets into the article text, end exclusive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.records import QuoteKind

#: Spaces and punctuation trimmed off the edges of a content or source span.
TRIM = frozenset(" \t\n\r,.;:!?—–-()[]")
#: Every quotation mark the pairing in ``marks.py`` knows.
QUOTE_CHARS = frozenset("\"'“”„‟«»‘’‹›‚")
#: Closing quotation marks as the tokenizer splits them off.
CLOSING_QUOTES = frozenset({"”", '"', "»", "''", "’’"})


@dataclass
class Draft:
    """An attribution before it becomes a ``records.Quote``: char spans and parse anchors."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    #: char span of the mention the speaker resolves to (a name, ideally)
    anchor: tuple[int, int] | None = None
    speaker: str | None = None
    #: probability of the speaker link when the entities stage's learned resolver made it
    speaker_confidence: float | None = None
    medium: tuple[int, int] | None = None
    time: str | None = None
    kind: QuoteKind = "indirect"
    cue_token: int | None = None
    source_token: int | None = None
    quote_ids: set[int] = field(default_factory=set)
    #: the attribution a cue-less quotation continues (it inherits its speaker)
    continues: Draft | None = None
    #: which step found it ("verb", "nominal", "headline", ...; "" for a continuity step),
    #: one of the features of its confidence (``newsgraph.confidence``)
    origin: str = ""
    #: the source is reported as not saying the content ("did not say whether ...",
    #: ``polarity.py``)
    negated: bool = False

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def trim(text: str, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation (quotation marks kept unless asked)."""
    strip = TRIM if keep_quotes else TRIM | QUOTE_CHARS
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def subtree_span(tok: Token, skip: Iterable[Token] = ()) -> tuple[int, int]:
    """Char span of ``tok``'s subtree, leaving out any subtree in ``skip`` at its edges."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    doc = tok.doc
    for s in skip:
        if s.left_edge.i <= left <= s.right_edge.i:
            left = s.right_edge.i + 1
        if s.left_edge.i <= right <= s.right_edge.i:
            right = s.left_edge.i - 1
    if right < left:
        return tok.idx, tok.idx + len(tok)
    return doc[left].idx, doc[right].idx + len(doc[right])


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def extent(d: Draft) -> tuple[int, int]:
    """From the first to the last character of a draft's content, cue and source."""
    points = [x for span in d.content for x in span]
    for extra in (d.cue, d.source):
        if extra is not None:
            points.extend(extra)
    return min(points), max(points)
