"""Attribution scored against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

Follows the "Attribution (PolNeAR)" rules of ``../shared/data/README.md``:
tokens are maximal non-space runs; a prediction matches a gold attribution when
the Jaccard index of their content token sets is >= 0.5, matched one-to-one,
greedily by highest Jaccard; content P/R/F1, exact-boundary content F1 (after
trimming spaces, punctuation and quotation marks), source accuracy over matches
whose gold has a source, and attribution F1 where a match counts only with a
correct source. Every figure is also split by the gold ``derived_quote_type``
(predictions by their own kind, for precision). The reliability table bins the
predicted quotes by ``confidence`` with the share whose attribution is right, and the
high-precision view gives precision and the share of right attributions kept at
confidence >= 0.8 (``newsgraph.confidence``, fitted on train).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.evaluation import Report, read_jsonl
from newsgraph.evaluation.reliability import high_confidence_rows, reliability_rows
from newsgraph.ingest.document import Document
from newsgraph.records import Record

_TOKEN = re.compile(r"\S+")
_TRIM = set(" \t\n\r.,;:!?—–-()[]{}\"'“”„‟«»‘’‹›‚…")
KINDS = ("direct", "indirect", "mixed")

Spans = list[tuple[int, int]]


@dataclass
class Item:
    """One attribution, gold or predicted, reduced to what the scoring needs."""

    content: Spans
    source: Spans
    kind: str
    has_source: bool
    resolved: bool = True  # predicted speaker known (gold: always)
    tokens: frozenset[int] = field(default_factory=frozenset)


def token_starts(text: str) -> list[tuple[int, int]]:
    """The scoring's tokens: maximal runs of non-space characters."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def tokens_of(spans: Spans, toks: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens that overlap any of ``spans``."""
    import bisect

    starts = [s for s, _ in toks]
    out: set[int] = set()
    for s, e in spans:
        if e <= s:
            continue
        k = max(0, bisect.bisect_right(starts, s) - 1)
        while k < len(toks) and toks[k][0] < e:
            if toks[k][1] > s:
                out.add(k)
            k += 1
    return frozenset(out)


def trimmed(text: str, spans: Spans) -> tuple[tuple[int, int], ...]:
    """Spans with surrounding spaces, punctuation and quotation marks removed (exact-boundary key)."""
    out = []
    for s, e in sorted(spans):
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _overlap(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def match(gold: list[Item], pred: list[Item]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by highest content Jaccard (>= 0.5)."""
    pairs: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if not g.tokens or not p.tokens:
                continue
            inter = len(g.tokens & p.tokens)
            if not inter:
                continue
            j = inter / len(g.tokens | p.tokens)
            if j >= 0.5:
                pairs.append((j, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for j, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, j))
    return out


def source_correct(g: Item, p: Item) -> bool:
    """The README's rule: overlap with a gold source; sourceless gold wants no (or an unresolved) source."""
    if g.has_source and g.source:
        return bool(p.source) and _overlap(p.source, g.source)
    return not p.source or not p.resolved


@dataclass
class Tally:
    """Counts for one slice (all, or one quote type)."""

    gold: int = 0
    pred: int = 0
    matched_g: int = 0  # matches, counted by gold kind
    matched_p: int = 0  # matches, counted by predicted kind
    exact_g: int = 0
    exact_p: int = 0
    src_total: int = 0
    src_ok: int = 0
    attr_g: int = 0
    attr_p: int = 0
    named_total: int = 0  # matches with a sourced gold whose prediction names an entity as speaker
    named_ok: int = 0

    def rows(self, prefix: str) -> list[tuple[str, float | int | str]]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        cp = self.matched_p / self.pred if self.pred else 0.0
        cr = self.matched_g / self.gold if self.gold else 0.0
        ep = self.exact_p / self.pred if self.pred else 0.0
        er = self.exact_g / self.gold if self.gold else 0.0
        named_right = self.named_ok / self.named_total if self.named_total else 0.0
        named_share = self.named_total / self.src_total if self.src_total else 0.0
        ap = self.attr_p / self.pred if self.pred else 0.0
        ar = self.attr_g / self.gold if self.gold else 0.0
        return [
            (f"{prefix}gold", self.gold),
            (f"{prefix}predicted", self.pred),
            (f"{prefix}content precision", cp),
            (f"{prefix}content recall", cr),
            (f"{prefix}content F1", f1(cp, cr)),
            (f"{prefix}exact content F1", f1(ep, er)),
            (f"{prefix}source accuracy", self.src_ok / self.src_total if self.src_total else 0.0),
            (f"{prefix}attribution precision", ap),
            (f"{prefix}attribution recall", ar),
            (f"{prefix}attribution F1", f1(ap, ar)),
            # what a reader of the named speakers sees: how often a quote credited to a named
            # entity is credited to the right source, and how many matched quotes get a name
            (f"{prefix}named speaker: right source", named_right),
            (f"{prefix}named speaker: share of matches", named_share),
        ]


def score_document(text: str, gold: list[Item], pred: list[Item], tallies: dict[str, Tally]) -> list[bool]:
    """Add one document's counts to ``tallies`` (keys: "all" and each quote type); return,
    per prediction, whether its attribution is right (matched content and a right source)."""
    right = [False] * len(pred)
    toks = token_starts(text)
    for item in (*gold, *pred):
        item.tokens = tokens_of(item.content, toks)
    for g in gold:
        for key in ("all", g.kind):
            tallies.setdefault(key, Tally()).gold += 1
    for p in pred:
        for key in ("all", p.kind):
            tallies.setdefault(key, Tally()).pred += 1
    for gi, pi, _ in match(gold, pred):
        g, p = gold[gi], pred[pi]
        exact = trimmed(text, g.content) == trimmed(text, p.content)
        ok = source_correct(g, p)
        right[pi] = ok
        for key, side in (("all", "both"), (g.kind, "g"), (p.kind, "p")):
            t = tallies.setdefault(key, Tally())
            if side in ("both", "g"):
                t.matched_g += 1
                t.exact_g += exact
                t.attr_g += ok
                if g.has_source and g.source:
                    t.src_total += 1
                    t.src_ok += ok
                    if p.resolved and p.source:
                        t.named_total += 1
                        t.named_ok += ok
            if side in ("both", "p"):
                t.matched_p += 1
                t.exact_p += exact
                t.attr_p += ok
    return right


def gold_items(record: dict[str, object]) -> list[Item]:
    out = []
    attributions = record.get("attributions", [])
    assert isinstance(attributions, list)
    for a in attributions:
        assert isinstance(a, dict)
        content = [(s["start"], s["end"]) for s in a.get("content", [])]
        content += [(s["start"], s["end"]) for s in a.get("content2", []) or []]
        source = [(s["start"], s["end"]) for s in a.get("source", [])]
        out.append(
            Item(
                content=content,
                source=source,
                kind=str(a.get("derived_quote_type") or "indirect"),
                has_source=bool(a.get("has_source")) and bool(source),
            )
        )
    return out


def predicted_items(record: Record) -> list[Item]:
    out = []
    for q in record.quotes:
        source = [(q.source.start, q.source.end)] if q.source is not None else []
        out.append(
            Item(
                content=[(s.start, s.end) for s in q.content],
                source=source,
                kind=q.kind,
                has_source=bool(source),
                resolved=q.speaker is not None,
            )
        )
    return out


def document(rec: dict[str, object]) -> Document:
    """The ``Document`` of one PolNeAR record (its text, id and publication date)."""
    published = rec.get("publication_date")
    date: dt.date | None = None
    if isinstance(published, str) and published:
        try:
            date = dt.date.fromisoformat(published[:10])
        except ValueError:
            date = None
    return Document(id=str(rec.get("id")), text=str(rec["text"]), published=date)


def evaluate(
    path: Path | str, *, limit: int | None = None, model: str | None = None, half: str | None = None
) -> Report:
    """Run newsgraph over a PolNeAR JSONL file and score its quotes."""
    from newsgraph.pipeline import extract_many

    path = Path(path)
    records = list(read_jsonl(path, limit, half))
    tallies: dict[str, Tally] = {"all": Tally()}
    predictions = extract_many((document(r) for r in records), model=model)
    outcomes: list[tuple[float | None, bool]] = []
    for rec, predicted in zip(records, predictions, strict=True):
        right = score_document(str(rec["text"]), gold_items(rec), predicted_items(predicted), tallies)
        outcomes.extend((q.confidence, ok) for q, ok in zip(predicted.quotes, right, strict=True))
    report = Report(dataset="polnear", path=str(path), n_documents=len(records))
    report.tables["all attributions"] = tallies["all"].rows("")
    report.tables["Confidence reliability (attribution right: content matched and source right)"] = (
        reliability_rows(outcomes, "precision")
    )
    report.tables["High-precision view"] = high_confidence_rows(outcomes)
    for kind in KINDS:
        report.tables[f"{kind} (gold kind for recall, predicted kind for precision)"] = tallies.get(
            kind, Tally()
        ).rows("")
    return report
