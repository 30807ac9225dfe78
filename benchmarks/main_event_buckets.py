"""Every tune-half category miss of the events stage, sorted by kind (issue 12, session 24).

Run on the tune halves only (held-out halves are for aggregate figures): PLOVER gsr-dev
and our own wire-dev. A sentence whose main event (``evaluation.plover.main_event``) has
another PLOVER category than the gold one is put in one bucket:

- ``a outranked``: another event of the sentence has the gold category (the main-event
  choice is the fault: reported vs reporting act, background vs foreground, two clauses);
- ``b uncoded``: the gold act was seen but not coded: no coded event and only OTHER ones,
  or the main event is an act noun or clause below a root verb that carries no coded
  event (the noun stands in for the uncoded main verb: "solicited emergency funding"),
  or (PLOVER, with gold event words) the gold word is an OTHER event;
- ``c sense``: the main trigger is the gold act but its category is wrong; PLOVER knows
  the gold event words; wire-dev has none, so there the main event naming a gold actor
  or target (or the gold naming none) stands for "the trigger is right";
- ``d no event``: no event at all in the sentence;
- ``e spurious``: gold NONE with a main event, or a main event on another act.

    PYTHONPATH=src python benchmarks/main_event_buckets.py [--show FILE]

``--show`` writes each miss with its bucket and the sentence's events to FILE.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsgraph.evaluation import read_jsonl
from newsgraph.evaluation.plover import GOLD_MAP, NONE, _overlaps, main_event
from newsgraph.events import event_details
from newsgraph.events.formats import plover_category
from newsgraph.events.ontology import OTHER
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Event

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    ("PLOVER gsr-dev", ROOT / ".." / "shared" / "data" / "plover" / "gsr-dev.jsonl"),
    ("wire-dev", ROOT / "tests" / "events" / "data" / "wire-dev.jsonl"),
)
KINDS = ("a outranked", "b uncoded", "c sense", "d no event", "e spurious")


def _gold_words(record: dict[str, Any]) -> set[str]:
    return {
        w.lower()
        for span in record.get("markup_spans") or []
        if span.get("tag") == "EVT"
        for w in str(span.get("text", "")).split()
    }


def _on_words(event: Event, words: set[str]) -> bool:
    return any(w in words for w in event.trigger.text.lower().split())


def _below_uncoded_root(doc: Doc, event: Event) -> bool:
    """The event's trigger is not the root verb, and that verb carries no coded event."""
    token = next((t for t in doc if t.idx == event.trigger.start), None)
    if token is None:
        return False
    root = token.sent.root
    if token == root or root.pos_ not in ("VERB", "AUX"):
        return False
    coded = [e for e in doc._.ng_events if e.category != OTHER]
    return not any(e.trigger.start <= root.idx < e.trigger.end for e in coded)


def bucket(record: dict[str, Any], doc: Doc) -> tuple[str, str, str] | None:
    """(kind, gold, predicted) of a miss, None when the main event's category is right."""
    gold = GOLD_MAP.get(str(record["event"]), str(record["event"]))
    event, actor_spans, target_spans = main_event(doc)
    predicted = plover_category(event) if event is not None else NONE
    if predicted == gold:
        return None
    events = list(doc._.ng_events)
    coded = [e for e in events if e.category != OTHER and e is not event]
    words = _gold_words(record)
    if gold == NONE:
        return "e spurious", gold, predicted
    if event is None:
        return ("b uncoded" if events else "d no event"), gold, predicted
    if any(plover_category(e) == gold for e in coded):
        return "a outranked", gold, predicted
    if words:
        if _on_words(event, words):
            return "c sense", gold, predicted
        others = [e for e in events if e.category == OTHER]
        uncoded = any(_on_words(e, words) for e in others) or _below_uncoded_root(doc, event)
        return ("b uncoded" if uncoded else "e spurious"), gold, predicted
    if _below_uncoded_root(doc, event):
        return "b uncoded", gold, predicted
    golds = (record.get("source") or []) + (record.get("target") or [])
    named = not golds or any(_overlaps(actor_spans + target_spans, g, doc.text) for g in golds)
    return ("c sense" if named else "e spurious"), gold, predicted


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=Path, help="write the misses (tune half) to this file")
    args = parser.parse_args()
    nlp = load_pipeline(None)
    show = args.show.open("w", encoding="utf-8") if args.show else None
    totals: Counter[str] = Counter()
    print(f"{'set (tune half)':18} {'n':>5} {'misses':>6} " + " ".join(f"{k[0]:>4}" for k in KINDS))
    for name, path in SETS:
        records = list(read_jsonl(path, None, "tune"))
        documents = (Document(id=str(r.get("id", n)), text=str(r["text"])) for n, r in enumerate(records))
        docs = nlp.pipe(make_doc(nlp, d) for d in documents)
        kinds: Counter[str] = Counter()
        for record, doc in zip(records, docs, strict=True):
            found = bucket(record, doc)
            if found is None:
                continue
            kind, gold, predicted = found
            kinds[kind] += 1
            if show is not None:
                details = event_details(doc)
                listed = "; ".join(
                    f"{plover_category(e) if e.category != OTHER else OTHER}:{e.trigger.text}"
                    f"/d{details[e.id].depth if e.id in details else '?'}" for e in doc._.ng_events
                )
                show.write(f"[{kind}] {record.get('id')} {gold} -> {predicted}; {listed}\n    {doc.text}\n")
        totals.update(kinds)
        misses = sum(kinds.values())
        print(f"{name:18} {len(records):5} {misses:6} " + " ".join(f"{kinds[k]:4}" for k in KINDS))
    all_misses = sum(totals.values())
    print(f"{'both':18} {'':5} {all_misses:6} " + " ".join(f"{totals[k]:4}" for k in KINDS))
    for k in KINDS:
        print(f"  {k:14} {totals[k]:4}  ({totals[k] / all_misses if all_misses else 0:.0%})")
    if show is not None:
        show.close()


if __name__ == "__main__":
    main()
