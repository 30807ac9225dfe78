"""How often the events stage's *main* event is the PLOVER gold event, and why not.

The PLOVER scorer (``newsgraph.evaluation.plover``) compares one event per gold sentence:
the non-OTHER event nearest the parse root. A wrong category there is one of two faults:
the right act was found but another event outranked it (a choice of main event), or the
act itself was coded wrong or missed (a coding fault). This script sorts every sentence
whose main event's category is not the gold one:

- ``no event``: no non-OTHER event in the sentence;
- ``outranked``: another event of the sentence has the gold category, the main one not;
- ``coded wrong``: the main event's trigger is a gold event word (``EVT`` in the gold
  markup), with another category;
- ``gold word missed``: the main event's trigger is no gold event word and no event of
  the sentence has the gold category (the gold act was not read as that act).

It also prints how often the main event's trigger is a gold event word at all ("main
event is the gold act"), whatever its category. ``--show`` lists the tune half's misses
(refused on held-out, which is read for totals only).

    PYTHONPATH=src python benchmarks/plover_main_event.py [--half tune|held-out] [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.evaluation import read_jsonl
from newsgraph.evaluation.plover import GOLD_MAP, main_event
from newsgraph.events.formats import plover_category
from newsgraph.events.ontology import OTHER
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "plover" / "gsr-dev.jsonl"


def _gold_words(record: dict[str, Any]) -> set[str]:
    words: set[str] = set()
    for span in record.get("markup_spans") or []:
        if span.get("tag") == "EVT":
            words.update(w.lower() for w in str(span.get("text", "")).split())
    if not words:
        words.update(w.lower() for w in str(record.get("eventText") or "").split())
    return words


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "held-out"), default="tune")
    parser.add_argument("--show", action="store_true", help="list the tune half's misses")
    args = parser.parse_args()
    if args.show and args.half != "tune":
        parser.error("--show is for the tune half only")
    records = list(read_jsonl(args.path, None, args.half))
    nlp = load_pipeline(None)
    documents = (Document(id=str(r.get("id", n)), text=str(r["text"])) for n, r in enumerate(records))
    docs = nlp.pipe(make_doc(nlp, d) for d in documents)
    kinds: Counter[str] = Counter()
    on_gold_word = right = 0
    for record, doc in zip(records, docs, strict=True):
        gold = GOLD_MAP.get(str(record["event"]), str(record["event"]))
        gold_words = _gold_words(record)
        event, _a, _t = main_event(doc)
        trigger_words = event.trigger.text.lower().split() if event is not None else []
        trigger_is_gold = any(w in gold_words for w in trigger_words)
        on_gold_word += trigger_is_gold
        predicted = plover_category(event) if event is not None else "NONE"
        if predicted == gold:
            right += 1
            continue
        others = [e for e in doc._.ng_events if e.category != OTHER and e is not event]
        if event is None:
            kind = "no event"
        elif any(plover_category(e) == gold for e in others):
            kind = "outranked"
        elif trigger_is_gold:
            kind = "coded wrong"
        else:
            kind = "gold word missed"
        kinds[kind] += 1
        if args.show:
            plover = [e for e in doc._.ng_events if e.category != OTHER]
            found = ", ".join(f"{plover_category(e)}:{e.trigger.text}" for e in plover)
            print(f"[{kind}] gold {gold} {sorted(gold_words)} -> {predicted}; events: {found}")
            print(f"    {record['text']}")
    n = len(records)
    print(
        f"{args.half}: {n} sentences; main event's category right {right} ({right / n:.3f}); "
        f"main event's trigger is a gold event word {on_gold_word} ({on_gold_word / n:.3f})"
    )
    for kind, count in kinds.most_common():
        print(f"  {kind:18} {count}")


if __name__ == "__main__":
    main()
