"""What every step of the stage looks up about one article, built once per document.

:class:`Context` holds the Doc, its text, the shared :class:`~newsgraph.docindex.DocIndex`
(tokens and sentences at an offset), the paired quotation marks with a per-token
"inside which quotation?" table, the paragraph datelines and the stage's word lists.
The steps are plain functions of a ``Context``; nothing here is specific to one step.

The quotation look-up is this stage's own: ``DocIndex.quote_at`` answers "which
*quote record* covers this offset?" for the stages after attribution, while the
steps here ask about quotation *marks*, which exist before any record does.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsgraph.attribution.lexicon import AttributionLexicon
from newsgraph.attribution.marks import QuoteSpan, find_quotes
from newsgraph.constants import LOWER, UPPER
from newsgraph.docindex import doc_index

#: A dateline opening a paragraph other than the first ("\n\nLONDON (Reuters) - ...",
#: "\n\nWASHINGTON — ..."): a capitalised place, an agency in brackets or an all-caps place,
#: then a dash.
_PARAGRAPH_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:[{UPPER}][{UPPER}{LOWER}.'’-]*(?:,? [{UPPER}0-9][{UPPER}{LOWER}0-9.'’-]*){{0,4}}) ?"
    rf"(?:\([A-Za-z .]{{1,20}}\) ?[—–-]{{1,2}}|(?<=[{UPPER}]{{2}}) ?[—–]) "
)


class Context:
    """One article as the attribution steps see it."""

    def __init__(self, doc: Doc, lexicon: AttributionLexicon) -> None:
        self.doc = doc
        self.index = doc_index(doc)
        self.text = self.index.text
        self.lex = lexicon
        # an unclosed mark that no later paragraph continues is a stray: ignore it
        self.quotes: list[QuoteSpan] = [
            q for q in find_quotes(self.text) if q.closed or q.next is not None or q.prev is not None
        ]
        self.q_starts = [q.start for q in self.quotes]
        #: index into ``quotes`` of the quotation each token is inside, or -1
        self.tok_quote = self._tokens_in_quotes()
        dateline = doc._.ng_dateline if doc.has_extension("ng_dateline") else None
        self.body_start: int = dateline.span.end if dateline is not None else 0
        self.datelines = [(m.start(), m.end()) for m in _PARAGRAPH_DATELINE.finditer(self.text)]
        self.dateline_starts = [a for a, _ in self.datelines]

    def _tokens_in_quotes(self) -> list[int]:
        """One merge pass over token starts and quotations (both in text order)."""
        starts: list[int] = self.doc.to_array(IDX).tolist() if len(self.doc) else []
        out = [-1] * len(starts)
        quotes = self.quotes
        qi = 0
        for i, idx in enumerate(starts):
            while qi < len(quotes) and quotes[qi].end <= idx:
                qi += 1
            if qi < len(quotes) and quotes[qi].start <= idx < quotes[qi].end:
                out[i] = qi
        return out

    # ----- offsets -----------------------------------------------------------------
    def quote_at(self, char: int) -> int:
        """Index (into ``quotes``) of the quotation covering ``char``, or -1."""
        k = bisect.bisect_right(self.q_starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return k
        return -1

    def quoted_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` whose characters :meth:`quote_at` places inside a
        quotation, computed per quotation rather than per character."""
        pieces: list[tuple[int, int]] = []
        k = bisect.bisect_right(self.q_starts, start) - 1
        pos = start
        while pos < end:
            # every character from ``pos`` up to the next quotation's start answers ``k``
            stop = min(end, self.q_starts[k + 1]) if k + 1 < len(self.q_starts) else end
            if k >= 0:
                a, b = max(pos, self.quotes[k].start), min(stop, self.quotes[k].end)
                if a < b:
                    pieces.append((a, b))
            pos = max(pos, stop)
            k += 1
        return pieces

    def token_at(self, char: int) -> int:
        """Index of the token covering ``char`` (or the last one starting before it)."""
        return self.index.token_index_at(char)

    def sentence(self, tok: Token | int) -> Span:
        """The sentence holding ``tok`` (the whole Doc when the parse gives none)."""
        sent = self.index.sentence_of(tok)
        return sent if sent is not None else self.doc[:]

    def is_sentence_start(self, i: int) -> bool:
        """Whether token ``i`` opens a sentence."""
        return self.sentence(i).start == i

    def line(self, char: int) -> tuple[int, int]:
        """Bounds of the line (news paragraph) holding ``char``."""
        return self.index.line(char)

    def dateline_at(self, char: int) -> tuple[int, int] | None:
        """The paragraph dateline covering ``char``, if any."""
        k = bisect.bisect_right(self.dateline_starts, char) - 1
        if k >= 0 and self.datelines[k][0] <= char < self.datelines[k][1]:
            return self.datelines[k]
        return None
