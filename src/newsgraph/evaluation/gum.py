"""Entities against GUM news (Wikinews articles with every mention and coreference annotated).

Two figure sets (see ``../shared/data/README.md``, "Entities"):

- **Named mentions**: exact-span micro P/R/F1 with types mapped PERSON->PER, ORG->ORG,
  GPE/LOC/FAC->LOC. Gold are the ``is_named`` mentions typed person, organization or
  place. A prediction matches when it has the gold type and its span equals the gold
  mention's core span (GUM's span without a leading article) or its full span.
- **Coreference**: B³ and MUC F1 over the mentions the system outputs that overlap a
  gold mention's core span. Each such mention is aligned to one gold mention (exact
  core or full span first, then the smallest gold core containing it, then the largest
  overlap) and takes that gold mention's entity; the system's clustering and the gold
  clustering of these mentions are then compared. System mentions overlapping no gold
  mention are not scored, so the figures measure clustering, not mention detection;
  the coverage table reports the latter for person, organization and place mentions.
- **Pronouns to named referents**: every gold he/she/it/they (any case form) whose
  gold entity is a person or organization with a named mention. It is *right* when
  newsgraph linked that pronoun to an entity whose name shares a content word with
  one of the gold named mentions, *wrong-named* when it linked it to an entity with
  a name that shares none, and unresolved when it linked it to nothing. Accuracy is
  right / all, the resolved rate linked / all, the wrong-named rate wrong-named / all.

Only the entities stage runs (``dateline`` and ``entities``): later stages do not
change entities, and skipping them keeps the run fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsgraph.evaluation import Report, read_jsonl
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Entity

#: newsgraph entity type -> the three-way scheme both datasets are scored in.
TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
GUM_TYPE_MAP = {"person": "PER", "organization": "ORG", "place": "LOC"}


def entity_docs(documents: Iterable[Document], model: str | None = None) -> Iterator[Doc]:
    """Parsed docs with only the stages entities need (dateline, entities)."""
    nlp = load_pipeline(model, ("dateline", "entities"))
    yield from nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=16)


def predicted_names(entities: list[Entity]) -> set[tuple[int, int, str]]:
    """(start, end, PER|ORG|LOC) of every name mention of a scorable entity."""
    out: set[tuple[int, int, str]] = set()
    for entity in entities:
        label = TYPE_MAP.get(entity.type)
        if label is None:
            continue
        for m in entity.mentions:
            if m.kind == "name":
                out.add((m.start, m.end, label))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# -- coreference metrics -------------------------------------------------------------
def b_cubed(system: list[str], gold: list[str]) -> tuple[float, float, int]:
    """Summed per-mention B³ precision and recall, and the mention count (for pooling)."""
    sys_sets: dict[str, set[int]] = defaultdict(set)
    gold_sets: dict[str, set[int]] = defaultdict(set)
    for i, (s, g) in enumerate(zip(system, gold, strict=True)):
        sys_sets[s].add(i)
        gold_sets[g].add(i)
    p_sum = r_sum = 0.0
    for i, (s, g) in enumerate(zip(system, gold, strict=True)):
        common = len(sys_sets[s] & gold_sets[g])
        p_sum += common / len(sys_sets[s])
        r_sum += common / len(gold_sets[g])
        del i
    return p_sum, r_sum, len(system)


def muc(system: list[str], gold: list[str]) -> tuple[int, int, int, int]:
    """MUC counts: (recall numerator, recall denominator, precision numerator, precision denominator)."""

    def counts(key: list[str], response: list[str]) -> tuple[int, int]:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(key):
            groups[k].append(i)
        num = den = 0
        for members in groups.values():
            partitions = {response[i] for i in members}
            num += len(members) - len(partitions)
            den += len(members) - 1
        return num, den

    r_num, r_den = counts(gold, system)
    p_num, p_den = counts(system, gold)
    return r_num, r_den, p_num, p_den


def align(start: int, end: int, gold: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The gold mention a system mention [start, end) stands for, or None if it overlaps no core span."""
    best: tuple[int, int, int] | None = None
    chosen: dict[str, Any] | None = None
    for g in gold:
        cs, ce = g["core_start"], g["core_end"]
        if ce <= start or cs >= end:
            continue
        if (cs, ce) == (start, end):
            rank = (0, 0, 0)
        elif (g["start"], g["end"]) == (start, end):
            rank = (1, 0, 0)
        elif cs <= start and end <= ce:
            rank = (2, ce - cs, 0)
        else:
            rank = (3, -(min(ce, end) - max(cs, start)), ce - cs)
        if best is None or rank < best:
            best, chosen = rank, g
    return chosen


_PRONOUNS = frozenset(
    {
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
    }
)
_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "for", "a", "an", "in", "on", "at", "to", "de", "von", "van"}
)


def content_words(text: str) -> set[str]:
    """Lower-case words of a name that identify it ("the", "of" do not)."""
    words = {w.strip(".,'’\"()").lower() for w in text.replace("-", " ").split()}
    return {w for w in words if w and w not in _FUNCTION_WORDS and not w.endswith("'s")}


def pronoun_outcomes(
    gold_mentions: list[dict[str, Any]], entities: list[Entity]
) -> tuple[int, int, int, int]:
    """(pronouns scored, right, wrong-named, resolved) for one document (see the module doc)."""
    named: dict[str, set[str]] = defaultdict(set)
    for g in gold_mentions:
        if g.get("is_named"):
            named[str(g["entity_id"])] |= content_words(g.get("core_text") or g["text"])
    linked: dict[tuple[int, int], Entity] = {}
    for entity in entities:
        for m in entity.mentions:
            if m.kind == "pronoun":
                linked[(m.start, m.end)] = entity
    total = right = wrong = resolved = 0
    for g in gold_mentions:
        if g["text"].lower() not in _PRONOUNS or g.get("type") not in {"person", "organization"}:
            continue
        gold_words = named.get(str(g["entity_id"]))
        if not gold_words:
            continue
        total += 1
        chosen = linked.get((g["start"], g["end"]))
        if chosen is None:
            continue
        resolved += 1
        has_name = any(m.kind == "name" for m in chosen.mentions)
        if content_words(chosen.name) & gold_words:
            right += 1
        elif has_name:
            wrong += 1
    return total, right, wrong, resolved


Row = tuple[str, float | int | str]


def evaluate(
    path: Path | str, *, limit: int | None = None, model: str | None = None, half: str | None = None
) -> Report:
    """Score the entities stage on a GUM news JSONL file."""
    path = Path(path)
    items = list(read_jsonl(path, limit, half))
    documents = [Document(id=str(item.get("id", n)), text=item["text"]) for n, item in enumerate(items)]
    named, coref, coverage, pronouns = _NamedTally(), _CorefTally(), _CoverageTally(), _PronounTally()
    for item, doc in zip(items, entity_docs(documents, model), strict=True):
        gold_mentions: list[dict[str, Any]] = item.get("mentions", [])
        entities: list[Entity] = doc._.ng_entities
        named.add(gold_mentions, entities)
        spans = coref.add(gold_mentions, entities)
        pronouns.add(gold_mentions, entities)
        coverage.add(gold_mentions, spans)
    return Report(
        dataset="gum",
        path=str(path),
        n_documents=len(items),
        tables={
            "named mentions, exact span (core or full), PER/ORG/LOC": named.rows(),
            "coreference over system mentions overlapping a gold core span": coref.rows(),
            "gold person/organization/place mentions overlapped by a system mention": coverage.rows(),
            "he/she/it/they -> named person or organization": pronouns.rows(),
        },
    )


class _NamedTally:
    """Named mentions: a predicted name counts when its span is a gold named mention's core
    or full span with the same label (core and full spans of one gold mention count once)."""

    def __init__(self) -> None:
        self.tp: dict[str, int] = defaultdict(int)
        self.n_pred: dict[str, int] = defaultdict(int)
        self.n_gold: dict[str, int] = defaultdict(int)

    def add(self, gold_mentions: list[dict[str, Any]], entities: list[Entity]) -> None:
        gold_named: dict[tuple[int, int], str] = {}
        gold_keys: set[tuple[int, int, str]] = set()
        for g in gold_mentions:
            label = GUM_TYPE_MAP.get(g.get("type", ""))
            if label is None or not g.get("is_named"):
                continue
            key = (g["core_start"], g["core_end"], label)
            if key in gold_keys:
                continue
            gold_keys.add(key)
            gold_named[(g["core_start"], g["core_end"])] = label
            gold_named.setdefault((g["start"], g["end"]), label)
            self.n_gold[label] += 1
        matched: set[tuple[int, int, str]] = set()
        for start, end, label in predicted_names(entities):
            self.n_pred[label] += 1
            if gold_named.get((start, end)) == label:
                gold_key = _gold_name_key(gold_mentions, start, end, label)
                if gold_key is not None and gold_key not in matched:
                    matched.add(gold_key)
                    self.tp[label] += 1

    def rows(self) -> list[Row]:
        tp, n_pred, n_gold = self.tp, self.n_pred, self.n_gold
        rows: list[Row] = []
        for label in ("PER", "ORG", "LOC"):
            p, r, f = prf(tp[label], n_pred[label], n_gold[label])
            rows.append((f"{label} P/R/F1", f"{p:.3f} / {r:.3f} / {f:.3f}"))
        p, r, f = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
        rows += [("micro precision", p), ("micro recall", r), ("micro F1", f)]
        rows.append(("predicted / gold", f"{sum(n_pred.values())} / {sum(n_gold.values())}"))
        return rows


def _gold_name_key(
    gold_mentions: list[dict[str, Any]], start: int, end: int, label: str
) -> tuple[int, int, str] | None:
    """The (core span, label) of the gold named mention whose core or full span is ``[start, end)``."""
    return next(
        (
            (g["core_start"], g["core_end"], label)
            for g in gold_mentions
            if GUM_TYPE_MAP.get(g.get("type", "")) == label
            and g.get("is_named")
            and ((g["core_start"], g["core_end"]) == (start, end) or (g["start"], g["end"]) == (start, end))
        ),
        None,
    )


class _CorefTally:
    """B3 and MUC over the system mentions that overlap a gold core span."""

    def __init__(self) -> None:
        self.b3_p = self.b3_r = 0.0
        self.b3_n = 0
        self.muc_totals = [0, 0, 0, 0]
        self.system_mentions = self.scored_mentions = 0

    def add(self, gold_mentions: list[dict[str, Any]], entities: list[Entity]) -> list[tuple[int, int]]:
        """Score one document; return the spans of its system mentions aligned to gold."""
        system: list[str] = []
        gold: list[str] = []
        spans: list[tuple[int, int]] = []
        for entity in entities:
            for m in entity.mentions:
                self.system_mentions += 1
                aligned = align(m.start, m.end, gold_mentions)
                if aligned is None:
                    continue
                system.append(entity.id)
                gold.append(str(aligned["entity_id"]))
                spans.append((m.start, m.end))
        self.scored_mentions += len(system)
        if system:
            p, r, n = b_cubed(system, gold)
            self.b3_p, self.b3_r, self.b3_n = self.b3_p + p, self.b3_r + r, self.b3_n + n
            for k, v in enumerate(muc(system, gold)):
                self.muc_totals[k] += v
        return spans

    def rows(self) -> list[Row]:
        b3_precision = self.b3_p / self.b3_n if self.b3_n else 0.0
        b3_recall = self.b3_r / self.b3_n if self.b3_n else 0.0
        muc_totals = self.muc_totals
        muc_recall = muc_totals[0] / muc_totals[1] if muc_totals[1] else 0.0
        muc_precision = muc_totals[2] / muc_totals[3] if muc_totals[3] else 0.0
        return [
            ("B3 precision", b3_precision),
            ("B3 recall", b3_recall),
            ("B3 F1", _f1(b3_precision, b3_recall)),
            ("MUC precision", muc_precision),
            ("MUC recall", muc_recall),
            ("MUC F1", _f1(muc_precision, muc_recall)),
            ("system mentions / scored", f"{self.system_mentions} / {self.scored_mentions}"),
        ]


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class _CoverageTally:
    """Mention coverage for the types the stage targets: gold mentions overlapped by an aligned
    system mention."""

    def __init__(self) -> None:
        self.covered: dict[str, int] = defaultdict(int)
        self.coverable: dict[str, int] = defaultdict(int)

    def add(self, gold_mentions: list[dict[str, Any]], spans: list[tuple[int, int]]) -> None:
        for g in gold_mentions:
            label = GUM_TYPE_MAP.get(g.get("type", ""))
            if label is None:
                continue
            self.coverable[label] += 1
            if any(s < g["core_end"] and e > g["core_start"] for s, e in spans):
                self.covered[label] += 1

    def rows(self) -> list[Row]:
        return [
            (label, self.covered[label] / self.coverable[label] if self.coverable[label] else 0.0)
            for label in ("PER", "ORG", "LOC")
        ]


class _PronounTally:
    """Third-person pronouns of named people and organisations (see :func:`pronoun_outcomes`)."""

    def __init__(self) -> None:
        self.totals = [0, 0, 0, 0]

    def add(self, gold_mentions: list[dict[str, Any]], entities: list[Entity]) -> None:
        for k, v in enumerate(pronoun_outcomes(gold_mentions, entities)):
            self.totals[k] += v

    def rows(self) -> list[Row]:
        scored = self.totals[0]
        return [
            ("pronouns scored", scored),
            ("accuracy (right / all)", self.totals[1] / scored if scored else 0.0),
            ("resolved rate", self.totals[3] / scored if scored else 0.0),
            ("wrong-named rate", self.totals[2] / scored if scored else 0.0),
        ]
