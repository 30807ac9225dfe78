"""Scoring the events stage on the PLOVER gold standard records (``plover/gsr-dev.jsonl``).

Each gold record is one sentence with one event type and its source and target actor
spans. newsgraph runs the full extraction on the sentence and its *main* event is the
non-OTHER event nearest the root of the parse (ties: the earlier trigger). Reported:

- event-type accuracy and macro-F1 (over the gold categories) of the main event's PLOVER
  category (``formats.plover_category``: intentions coded as AGREE/THREATEN, negated
  cooperation as REJECT, as PLOVER codes them), after mapping the gold's
  PLOVER 0.5 names DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE;
  a sentence with no predicted event counts as wrong;
- actor and target overlap: the share of sentences with gold sources (targets) where
  some predicted actor (target) phrase of the main event overlaps a gold ``actorText``
  span, over all such sentences and over those whose event type was right;
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
    """The sentence's main event and its actor/target character spans."""
    details = event_details(doc)
    best: tuple[tuple[int, int], Event] | None = None
    for event in doc._.ng_events:
        if event.category == OTHER or event.id not in details:
            continue
        detail = details[event.id]
        rank = (detail.depth, detail.trigger_token)
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

    correct = 0
    pairs: list[tuple[str, str]] = []
    actor_hit = actor_total = actor_hit_ok = actor_total_ok = 0
    target_hit = target_total = target_hit_ok = target_total_ok = 0
    country_hit = country_total = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for record, doc in zip(gold_records, docs, strict=True):
        gold = GOLD_MAP.get(str(record["event"]), str(record["event"]))
        event, actor_spans, target_spans = main_event(doc)
        predicted = plover_category(event) if event is not None else NONE
        pairs.append((gold, predicted))
        ok = predicted == gold
        correct += ok
        if not ok:
            confusions[(gold, predicted)] += 1
        sources = record.get("source") or []
        targets = record.get("target") or []
        if sources:
            hit = any(_overlaps(actor_spans, g, doc.text) for g in sources)
            actor_total += 1
            actor_hit += hit
            if ok:
                actor_total_ok += 1
                actor_hit_ok += hit
        if targets:
            hit = any(_overlaps(target_spans, g, doc.text) for g in targets)
            target_total += 1
            target_hit += hit
            if ok:
                target_total_ok += 1
                target_hit_ok += hit
        actor_ids = event.actors if event is not None else []
        target_ids = event.targets if event is not None else []
        sides = [(g, actor_spans, actor_ids) for g in sources] + [
            (g, target_spans, target_ids) for g in targets
        ]
        for gold_actor, spans, ids in sides:
            span = _overlaps(spans, gold_actor, doc.text)
            if span is None or not gold_actor.get("code"):
                continue
            country_total += 1
            predicted_country = _country(doc, ids, _gold_span(gold_actor, doc.text), span)
            country_hit += predicted_country == gold_actor["code"]

    n = len(gold_records)
    labels = sorted({g for g, _ in pairs})
    per_class: list[tuple[str, float | int | str]] = []
    f1s: list[float] = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = _f1(precision, recall)
        f1s.append(f1)
        per_class.append((f"{label} (n={tp + fn})", f1))

    def share(hit: int, total: int) -> float:
        return hit / total if total else 0.0

    report = Report(dataset="plover", path=str(path), n_documents=n)
    report.tables["Event type"] = [
        ("accuracy", share(correct, n)),
        ("macro-F1 (gold categories)", sum(f1s) / len(f1s) if f1s else 0.0),
        ("sentences without a predicted event", sum(1 for _, p in pairs if p == NONE)),
    ]
    report.tables["Actors"] = [
        ("source overlap (all)", share(actor_hit, actor_total)),
        ("source overlap (type correct)", share(actor_hit_ok, actor_total_ok)),
        ("target overlap (all)", share(target_hit, target_total)),
        ("target overlap (type correct)", share(target_hit_ok, target_total_ok)),
        ("country code match (overlapped actors)", share(country_hit, country_total)),
        ("overlapped actors with a gold code", country_total),
    ]
    report.tables["F1 per gold category"] = per_class
    report.tables["Most frequent confusions (gold -> predicted)"] = [
        (f"{g} -> {p}", c) for (g, p), c in confusions.most_common(8)
    ]
    return report
