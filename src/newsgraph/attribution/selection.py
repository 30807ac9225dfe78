"""Assembling drafts: whole quotations, no datelines, one attribution per token, a kind.

After the cue steps, each draft's content is grown over the quotations it touches
(:func:`extend_over_quotes`) and cleared of paragraph datelines
(:func:`clip_datelines`); overlapping drafts are then reduced to one per token
(:func:`select`), and each survivor is classed direct, indirect or mixed
(:func:`kind_of`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, extent, overlaps, trim
from newsgraph.records import QuoteKind

#: Words after a leading quotation up to which the tail is taken as the cue's modifier.
_SHORT_TAIL = 3


def extend_over_quotes(ctx: Context, d: Draft) -> None:
    """Grow content so a quotation it touches is taken whole (all its paragraphs)."""
    new: list[tuple[int, int]] = []
    for s, e in d.content:
        qs = ctx.quote_at(s)
        qe = ctx.quote_at(max(s, e - 1))
        if qs >= 0:
            s = min(s, ctx.quotes[qs].start)
        if qe >= 0:
            e = max(e, ctx.quotes[qe].end)
        new.append((s, e))
    extra: list[tuple[int, int]] = []
    for s, e in new:
        for k in (ctx.quote_at(s), ctx.quote_at(max(s, e - 1))):
            if k < 0:
                continue
            chain = ctx.quotes[k].head().chain()
            if len(chain) > 1:
                for q in chain:
                    if not any(a <= q.start < b for a, b in new + extra):
                        extra.append((q.start, q.end))
    if d.cue is not None:
        extra = [x for x in extra if not (x[0] <= d.cue[0] < x[1])]
    # content that opens with a quotation ends with it when only a short modifier of
    # the speech act follows ('said « ... » on Friday'); a longer tail ('"the wind is at
    # our backs" despite his loss in Nevada') is part of what was said
    trimmed: list[tuple[int, int]] = []
    for s, e in new:
        k = ctx.quote_at(s)
        if k >= 0:
            q = ctx.quotes[k]
            if q.start == s and q.double and q.end < e and len(ctx.text[q.end : e].split()) <= _SHORT_TAIL:
                e = q.end
        trimmed.append((s, e))
    d.content = sorted(set(trimmed + extra))


def clip_datelines(ctx: Context, d: Draft) -> None:
    """Content and source never take in a paragraph's dateline ("WASHINGTON (AP) — ")."""
    if not ctx.datelines:
        return
    pieces = []
    for s, e in d.content:
        dl = ctx.dateline_at(s)
        if dl is not None:
            s = dl[1]
        if e > s:
            pieces.append((s, e))
    d.content = pieces or d.content
    if d.source is None:
        return
    dl = ctx.dateline_at(d.source[0])
    if dl is None:
        return
    if d.source[1] > dl[1]:
        d.source = trim(ctx.text, dl[1], d.source[1], keep_quotes=False)
    elif d.cue is not None and dl[1] < d.cue[0]:
        # "LONDON (Reuters) - Donald Trump said": the parser took the place as
        # the subject; the name between the dash and the cue is the speaker
        lead = ctx.doc.char_span(dl[1], d.cue[0], alignment_mode="contract")
        if lead is not None and 0 < len(lead) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in lead):
            d.source = trim(ctx.text, lead.start_char, lead.end_char, keep_quotes=False)
            d.source_token = lead[-1].i
            d.anchor = None


def kind_of(ctx: Context, d: Draft) -> QuoteKind:
    """Direct when every non-space content character is inside a top-level quotation,
    mixed when some are, else indirect."""
    inside = 0
    total = 0
    text = ctx.text
    for s, e in d.content:
        s, e = trim(text, s, e, keep_quotes=False)
        # non-space characters counted by slices (``str.split`` splits on exactly the
        # characters ``str.isspace`` accepts), not one by one
        total += sum(map(len, text[s:e].split()))
        # top-level single quotes count too (headline style: Mayor says 'we are broke')
        for a, b in ctx.quoted_pieces(s, e):
            inside += sum(map(len, text[a:b].split()))
    if total and inside == total:
        return "direct"
    return "mixed" if inside else "indirect"


def bare_fragment(text: str, d: Draft) -> bool:
    """A one- to three-word indirect report that nobody holds ("it was announced", "seems
    likely"): mostly a false alarm (precision 0.2-0.4 on PolNeAR train)."""
    if d.kind != "indirect" or d.source is not None or d.continues is not None:
        return False
    return sum(len(text[s:e].split()) for s, e in d.content) <= 3


def _carve(outer: Draft, inner: Draft, text: str) -> None:
    """Take a relative clause's own attribution out of the content it sits in."""
    a, b = extent(inner)
    pieces: list[tuple[int, int]] = []
    for s, e in outer.content:
        if e <= a or s >= b:
            pieces.append((s, e))
            continue
        if s < a:
            pieces.append((s, a))
        if e > b:
            pieces.append((b, e))
    pieces = [trim(text, s, e) for s, e in pieces]
    outer.content = [p for p in pieces if p[1] - p[0] > 1]


def _in_aside_relcl(tok: Token) -> bool:
    """Whether the verb heads (or is conjoined to) a relative clause set off by a comma,
    dash or bracket (", who claimed that ...")."""
    node = tok
    for _ in range(3):
        if node.dep_ == "relcl":
            left = node.left_edge.i
            return left > 0 and node.doc[left - 1].text in (",", "—", "–", "-", "(", "--")
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


class _Intervals:
    """Drafts indexed by extent, so overlap checks look only at near neighbours (no n² scan)."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, Draft]] = []
        self.starts: list[int] = []
        self.longest = 0

    def add(self, d: Draft) -> None:
        a, b = extent(d)
        k = bisect.bisect_left(self.starts, a)
        self.starts.insert(k, a)
        self.items.insert(k, (a, b, d))
        self.longest = max(self.longest, b - a)

    def near(self, a: int, b: int) -> Iterator[Draft]:
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        for s, e, d in self.items[lo:hi]:
            if s < b and a < e:
                yield d


def _carve_asides(drafts: list[Draft], doc: Doc, text: str) -> list[Draft]:
    """Carve each report in a relative clause set off by a comma or dash out of the
    content of the statement it sits in; drop drafts left with no content."""
    relcl = [d for d in drafts if d.cue_token is not None and _in_aside_relcl(doc[d.cue_token])]
    if relcl:
        index = _Intervals()
        for d in drafts:
            index.add(d)
        for inner in relcl:
            if inner.cue is None:
                continue
            for outer in list(index.near(*inner.cue)):
                if outer is inner or not any(overlaps(inner.cue, c) for c in outer.content):
                    continue
                ia, ib = extent(inner)
                oa, ob = outer.start, outer.end
                if oa <= ia and ib <= ob and (ib - ia) < (ob - oa):
                    _carve(outer, inner, text)
    return [d for d in drafts if d.content]


def _clashes(d: Draft, kept: Draft, size: int) -> bool:
    """Whether ``d`` cannot be kept beside ``kept``: a cue inside the other's content, or
    more than 30% of its content shared."""
    if d.cue is not None and any(overlaps(d.cue, c) for c in kept.content):
        return True
    if kept.cue is not None and any(overlaps(kept.cue, c) for c in d.content):
        return True
    shared = sum(max(0, min(e, e2) - max(s, s2)) for s, e in d.content for s2, e2 in kept.content)
    return shared > 0.3 * size


def select(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Keep at most one attribution per token: outer statements beat ones nested in them,
    except a cue in a relative clause set off by a comma or dash (", who claimed that ..."),
    which is the narrator's aside and is carved out of the outer content. A cue in a
    restrictive relative clause ("the charities that officials suspected of ...") stays
    part of the outer content, as PolNeAR annotates it (measured on train: carving those
    too loses more matches than it wins)."""
    drafts = _carve_asides(drafts, ctx.doc, ctx.text)
    drafts.sort(key=lambda d: -(sum(e - s for s, e in d.content)))
    kept = _Intervals()
    for d in drafts:
        mine = sum(e - s for s, e in d.content)
        if not any(_clashes(d, k, mine) for k in kept.near(*extent(d))):
            kept.add(d)
    out = [d for _, _, d in kept.items]
    out.sort(key=lambda d: d.start)
    return out
