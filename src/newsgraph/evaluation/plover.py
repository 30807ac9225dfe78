"""Scoring the events stage on the PLOVER gold standard records (``plover/gsr-dev.jsonl``).

Each gold record is one sentence with one event type and its source and target actor
spans. newsgraph runs the full extraction on the sentence and its *main* event is the
non-OTHER event nearest the root of the parse that is not told as the setting of another
(``Detail.background``: inside an "after/following/despite ..." phrase or clause; one that
is counts only when no other is named; ties: the earlier trigger). Reported:

- event-type accuracy and macro-F1 (over the gold categories) of the main event's PLOVER
  category (``formats.plover_category``: intentions coded as AGREE/THREATEN, negated
  cooperation as REJECT, as PLOVER codes them), after mapping the gold's
  PLOVER 0.5 names DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE;
  a sentence with no predicted event counts as wrong;
- actor and target overlap: the share of sentences with gold sources (targets) where
  some predicted actor (target) phrase of the main event overlaps a gold ``actorText``
  span, over all such sentences and over those whose event type was right;
- confidence reliability: the main events by confidence bin, with the share whose
  category is right (``newsgraph.confidence``; fitted on the tune half);
- country code match: for each gold actor overlapped by a predicted one, whether the
  predicted country code (the entity's, else the phrase's own via ``actors.code_text``)
  equals the gold ``code``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsgraph.actors import code_text
from newsgraph.evaluation import Report, read_jsonl
from newsgraph.evaluation.reliability import high_confidence_rows, reliability_rows
from newsgraph.events import event_details
from newsgraph.events.formats import plover_category
from newsgraph.events.ontology import OTHER
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Event

#: PLOVER 0.5 names in the gold data -> the current 16 categories.
GOLD_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
NONE = "NONE"


def main_event(doc: Doc) -> tuple[Event | None, list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentence's main event and its actor/target character spans: the non-OTHER
    event in the foreground nearest the parse root (see the module doc)."""
    details = event_details(doc)
    best: tuple[tuple[bool, int, int], Event] | None = None
    for event in doc._.ng_events:
        if event.category == OTHER or event.id not in details:
            continue
        detail = details[event.id]
        rank = (detail.background, detail.depth, detail.trigger_token)
        if best is None or rank < best[0]:
            best = (rank, event)
    if best is None:
        return None, [], []
    event = best[1]
    detail = details[event.id]
    return (
        event,
        _with_mentions(doc, event, event.actors, detail.actor_spans),
        _with_mentions(doc, event, event.targets, detail.target_spans),
    )


def _with_mentions(
    doc: Doc, event: Event, ids: list[str], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The phrases the event names its participants with, plus those entities' mentions in
    the same sentence ("he" resolved to Bouteflika also counts as "President Bouteflika")."""
    out = list(spans)
    wanted = set(ids)
    lo, hi = event.evidence.start, event.evidence.end
    for entity in doc._.ng_entities:
        if entity.id in wanted:
            out.extend((m.start, m.end) for m in entity.mentions if lo <= m.start and m.end <= hi)
    return out


def _gold_span(gold: dict[str, Any], text: str) -> tuple[int, int] | None:
    """The gold actor's offsets; a few records lack them, then the first occurrence of its text."""
    if isinstance(gold.get("start"), int) and isinstance(gold.get("end"), int):
        return int(gold["start"]), int(gold["end"])
    words = str(gold.get("actorText") or "").split("...")[0].split()
    if not words:
        return None
    # Some gold phrases have doubled spaces ("NATO  peacekeeping troops") the text has not.
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (found.start(), found.end()) if found else None


def _overlaps(spans: list[tuple[int, int]], gold: dict[str, Any], text: str) -> tuple[int, int] | None:
    gold_span = _gold_span(gold, text)
    if gold_span is None:
        return None
    for start, end in spans:
        if start < gold_span[1] and gold_span[0] < end:
            return start, end
    return None


def _country(
    doc: Doc, ids: list[str], gold_span: tuple[int, int] | None, span: tuple[int, int]
) -> str | None:
    """The predicted country of the participant matching a gold actor: the event's entity
    with a mention on the gold words, else an entity on the predicted phrase, else the
    phrase's own words."""
    wanted = set(ids)
    for target_span, only_wanted in ((gold_span, True), (span, False)):
        if target_span is None:
            continue
        for entity in doc._.ng_entities:
            if (only_wanted and entity.id not in wanted) or not entity.country:
                continue
            for mention in entity.mentions:
                if mention.start < target_span[1] and target_span[0] < mention.end:
                    return str(entity.country)
    return code_text(doc.text[span[0] : span[1]]).country


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(
    path: Path | str, *, limit: int | None = None, model: str | None = None, half: str | None = None
) -> Report:
    path = Path(path)
    gold_records = list(read_jsonl(path, limit, half))
    nlp = load_pipeline(model)
    documents = (Document(id=str(r.get("id", n)), text=str(r["text"])) for n, r in enumerate(gold_records))
    docs = nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=32)

    pairs: list[tuple[str, str]] = []  # (gold category, predicted category) per sentence
    outcomes: list[tuple[float | None, bool]] = []  # (main event's confidence, category right)
    actors = _ActorTally()
    for record, doc in zip(gold_records, docs, strict=True):
        gold = GOLD_MAP.get(str(record["event"]), str(record["event"]))
        event, actor_spans, target_spans = main_event(doc)
        predicted = plover_category(event) if event is not None else NONE
        pairs.append((gold, predicted))
        if event is not None:
            outcomes.append((event.confidence, predicted == gold))
        actors.add(record, doc, event, actor_spans, target_spans, type_correct=predicted == gold)

    n = len(gold_records)
    correct = sum(1 for g, p in pairs if g == p)
    per_class = _per_class_f1(pairs)
    f1s = [f1 for _, f1 in per_class]
    confusions = Counter((g, p) for g, p in pairs if g != p)
    report = Report(dataset="plover", path=str(path), n_documents=n)
    report.tables["Event type"] = [
        ("accuracy", _share(correct, n)),
        ("macro-F1 (gold categories)", sum(f1s) / len(f1s) if f1s else 0.0),
        ("sentences without a predicted event", sum(1 for _, p in pairs if p == NONE)),
    ]
    report.tables["Actors"] = actors.rows()
    report.tables["Confidence reliability (main event's category right)"] = reliability_rows(
        outcomes, "category right"
    )
    report.tables["High-precision view (main events)"] = high_confidence_rows(outcomes, what="category right")
    report.tables["F1 per gold category"] = list(per_class)
    report.tables["Most frequent confusions (gold -> predicted)"] = [
        (f"{g} -> {p}", c) for (g, p), c in confusions.most_common(8)
    ]
    return report


def _share(hit: int, total: int) -> float:
    return hit / total if total else 0.0


def _per_class_f1(pairs: list[tuple[str, str]]) -> list[tuple[str, float]]:
    """F1 of each gold category, labelled with its gold count, in label order."""
    rows: list[tuple[str, float]] = []
    for label in sorted({g for g, _ in pairs}):
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        rows.append((f"{label} (n={tp + fn})", _f1(precision, recall)))
    return rows


class _ActorTally:
    """Source and target overlap (over all sentences and over those whose type was right)
    and country codes of the overlapped actors."""

    def __init__(self) -> None:
        self.actor_hit = self.actor_total = self.actor_hit_ok = self.actor_total_ok = 0
        self.target_hit = self.target_total = self.target_hit_ok = self.target_total_ok = 0
        self.country_hit = self.country_total = 0

    def add(
        self,
        record: dict[str, Any],
        doc: Doc,
        event: Event | None,
        actor_spans: list[tuple[int, int]],
        target_spans: list[tuple[int, int]],
        *,
        type_correct: bool,
    ) -> None:
        sources = record.get("source") or []
        targets = record.get("target") or []
        if sources:
            hit = any(_overlaps(actor_spans, g, doc.text) for g in sources)
            self.actor_total += 1
            self.actor_hit += hit
            if type_correct:
                self.actor_total_ok += 1
                self.actor_hit_ok += hit
        if targets:
            hit = any(_overlaps(target_spans, g, doc.text) for g in targets)
            self.target_total += 1
            self.target_hit += hit
            if type_correct:
                self.target_total_ok += 1
                self.target_hit_ok += hit
        actor_ids = event.actors if event is not None else []
        target_ids = event.targets if event is not None else []
        sides = [(g, actor_spans, actor_ids) for g in sources] + [
            (g, target_spans, target_ids) for g in targets
        ]
        for gold_actor, spans, ids in sides:
            span = _overlaps(spans, gold_actor, doc.text)
            if span is None or not gold_actor.get("code"):
                continue
            self.country_total += 1
            predicted_country = _country(doc, ids, _gold_span(gold_actor, doc.text), span)
            self.country_hit += predicted_country == gold_actor["code"]

    def rows(self) -> list[tuple[str, float | int | str]]:
        return [
            ("source overlap (all)", _share(self.actor_hit, self.actor_total)),
            ("source overlap (type correct)", _share(self.actor_hit_ok, self.actor_total_ok)),
            ("target overlap (all)", _share(self.target_hit, self.target_total)),
            ("target overlap (type correct)", _share(self.target_hit_ok, self.target_total_ok)),
            ("country code match (overlapped actors)", _share(self.country_hit, self.country_total)),
            ("overlapped actors with a gold code", self.country_total),
        ]
