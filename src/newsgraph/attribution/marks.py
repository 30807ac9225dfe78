"""Quotation-mark pairing over a whole article text.

News text mixes straight, curly and angle quotation marks, uses apostrophes
that look like closing single quotes ("Trump’s", "don’t"), nests single quotes
inside double ones, and leaves a paragraph's opening mark unclosed when the
quotation runs on into the next paragraph. Marks are paired here once, by a
single left-to-right scan, so every later step works with clean spans and an
unbalanced mark can never swallow the rest of the article: an unclosed
quotation ends at its paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DOUBLE_OPEN = "“„«‟"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹‚"
_SINGLE_CLOSE = "’›"
# two apostrophes ('') and two backticks (``) stand for double marks in some archives
_MARK_RE = re.compile("''|``|[\"'“”„‟«»‘’‹›‚]|\n\\s*\n|\n")
_OPENER_BEFORE = set(" \t\n([{—–-/:;,") | set(_DOUBLE_OPEN) | set(_SINGLE_OPEN) | {'"', "'"}
#: Marks that can only be quotation marks wherever they stand: every double mark (straight,
#: curly, low-9, guillemets, and the doubled apostrophes and backticks of some archives) and
#: the opening single ones. Closing single marks are left out: "’" is also the apostrophe.
_UNAMBIGUOUS_MARKS = ('"', "''", "``", *_DOUBLE_OPEN, *_DOUBLE_CLOSE, *_SINGLE_OPEN)


@dataclass
class QuoteSpan:
    """One quotation: ``start``/``end`` include the marks themselves.

    ``closed`` is false where the paragraph ended before a closing mark.
    ``next`` points at the quotation that continues this one in the following
    paragraph (the news convention of reopening without closing).
    """

    start: int
    end: int
    double: bool
    closed: bool = True
    inner: list[QuoteSpan] = field(default_factory=list)
    next: QuoteSpan | None = None
    prev: QuoteSpan | None = None

    def chain(self) -> list[QuoteSpan]:
        """This quotation and the ones continuing it, in text order."""
        out = [self]
        node = self.next
        while node is not None and len(out) < 50:
            out.append(node)
            node = node.next
        return out

    def head(self) -> QuoteSpan:
        node = self
        steps = 0
        while node.prev is not None and steps < 50:
            node = node.prev
            steps += 1
        return node


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int) -> str:
    """'open', 'close' or '' for a straight mark at ``i``, judged by its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPENER_BEFORE and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not _is_word(after)):
        return "close"
    if before.isspace() and after.isspace():
        return ""
    return "close" if not before.isspace() else "open"


def has_quotation_mark(line: str) -> bool:
    """Whether ``line`` holds a quotation mark rather than only apostrophes: any double
    mark, an opening single one, or a straight single one at the line's start or after a
    space (where the scan below would open a quotation). The speaker resolver asks this of
    a paragraph to tell the writer's narration from quoted speech; it reads the mark sets
    of this module so that a mark added here is seen by the pairing and by it alike."""
    return line.startswith("'") or " '" in line or any(mark in line for mark in _UNAMBIGUOUS_MARKS)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Top-level double-quoted (and free-standing single-quoted) spans, in text order.

    Single quotes inside a double quotation are recorded as ``inner`` (nested
    quotations), apostrophes are told from closing single quotes by the letter
    after them, and paragraph continuations are linked through ``next``.

    One function on purpose (~90 lines): the scan is a single state machine whose
    state (the open double and single quotation, the last paragraph left unclosed)
    every branch reads and writes; split up, the pieces would pass that state around.
    """
    out: list[QuoteSpan] = []
    dbl: QuoteSpan | None = None  # the open double quotation
    sgl: QuoteSpan | None = None  # the open single quotation
    last_para_closed_unclosed: QuoteSpan | None = None
    for m in _MARK_RE.finditer(text):
        ch = m.group()
        i = m.start()
        if ch.startswith("\n"):
            # a line break ends any open quotation: news paragraphs are lines
            if sgl is not None:
                sgl = None  # an unclosed single quote is most likely an apostrophe
            if dbl is not None:
                end = i
                while end > dbl.start + 1 and text[end - 1].isspace():
                    end -= 1
                dbl.end = end
                dbl.closed = False
                out.append(dbl)
                last_para_closed_unclosed = dbl
                dbl = None
            elif last_para_closed_unclosed is not None:
                # a paragraph with text in it and no open quotation breaks a continuation
                previous_break = text.rfind("\n", 0, i)
                if previous_break < i - 1 and last_para_closed_unclosed.end <= previous_break:
                    last_para_closed_unclosed = None
            continue
        if ch == "``":
            ch = "“"
        elif ch == "''":
            ch = '"'
        if ch == '"':
            role = "close" if dbl is not None else "open"
            if dbl is not None and _straight_role(text, i) == "open" and text[i - 1 : i] in "\n":
                role = "open"
        elif ch in _DOUBLE_OPEN:
            role = "open"
        elif ch in _DOUBLE_CLOSE:
            role = "close"
        else:
            # single marks
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch in _SINGLE_OPEN or (ch == "'" and _straight_role(text, i) == "open"):
                if sgl is None and (before in _OPENER_BEFORE or ch in "‹‚"):
                    sgl = QuoteSpan(i, i + 1, double=False)
                continue
            # a closing single or apostrophe
            if sgl is not None and not _is_word(after) and not before.isspace():
                sgl.end = i + 1
                if dbl is not None:
                    dbl.inner.append(sgl)
                else:
                    out.append(sgl)
                sgl = None
            continue
        if role == "open":
            if dbl is not None:
                # an opener while open: treat the previous one as closed before it
                end = i
                while end > dbl.start + 1 and text[end - 1].isspace():
                    end -= 1
                dbl.end = end
                dbl.closed = False
                out.append(dbl)
            dbl = QuoteSpan(i, m.end(), double=True)
            line_start = text.rfind("\n", 0, i) + 1
            if last_para_closed_unclosed is not None and not text[line_start:i].strip():
                last_para_closed_unclosed.next = dbl
                dbl.prev = last_para_closed_unclosed
            last_para_closed_unclosed = None
            sgl = None
        elif dbl is not None:
            dbl.end = m.end()
            out.append(dbl)
            dbl = None
            sgl = None
    if dbl is not None:
        end = len(text)
        while end > dbl.start + 1 and text[end - 1].isspace():
            end -= 1
        dbl.end = end
        dbl.closed = False
        out.append(dbl)
    out.sort(key=lambda q: q.start)
    return out
