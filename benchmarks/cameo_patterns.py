"""Measure the CAMEO verb-pattern matcher: agreement with PLOVER gold sentences, and speed.

For each sentence of a PLOVER gold file (default ``../shared/data/plover/gsr-dev.jsonl``)
it parses the text, takes the gold event's verb (the first verb token whose word is in
``eventText``, else the sentence's root) and checks whether
``newsgraph.events.patterns.match`` gives the gold category: as its best reading
(``best``) and among any of its readings. PLOVER 0.5 names are mapped to the current
ones (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE).

This is a measurement, not a tuning target: nothing in the dictionaries is fitted to
these sentences. Speed: microseconds per ``match`` call over every verb of the file.

    python benchmarks/cameo_patterns.py [PATH]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsgraph.events import patterns
from newsgraph.model import load_parser

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "plover" / "gsr-dev.jsonl"
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def main(path: Path) -> None:
    nlp = load_parser()
    started = time.perf_counter()
    patterns.load_patterns()
    load_seconds = time.perf_counter() - started
    book = patterns.get_patterns()  # once, as the events stage does per document
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    outcome: Counter[str] = Counter()
    per_category: dict[str, Counter[str]] = {}
    verbs_seen = []
    for record in records:
        gold = RENAMED.get(record["event"], record["event"])
        doc = nlp(record["text"])
        words = {w.lower() for w in str(record.get("eventText") or "").split()}
        # A content verb of eventText first ("agreed", not the "will" of "will cooperate").
        verb = next((t for t in doc if t.pos_ == "VERB" and t.lower_ in words), None)
        if verb is None:
            verb = next((t for t in doc if t.pos_ == "AUX" and t.lower_ in words), None)
        if verb is None:
            verb = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
        verbs_seen.extend(t for t in doc if t.pos_ == "VERB")
        readings = patterns.match(verb)
        best = patterns.best(verb)
        counts = per_category.setdefault(gold, Counter())
        counts["sentences"] += 1
        outcome["sentences"] += 1
        if not book.has_verb(verb):
            outcome["verb not in the dictionary"] += 1
        elif not readings:
            outcome["no code for this clause"] += 1
        elif best is None:
            outcome["dictionary says: no event"] += 1
        if best is not None and best.category == gold:
            outcome["best reading = gold"] += 1
            counts["best"] += 1
        if any(r.category == gold for r in readings):
            outcome["some reading = gold"] += 1
            counts["any"] += 1
    started = time.perf_counter()
    for token in verbs_seen:
        book.match(token)
    per_call = (time.perf_counter() - started) / max(len(verbs_seen), 1)

    total = outcome["sentences"]
    print(f"{path.name}: {total} sentences")
    for name in (
        "best reading = gold",
        "some reading = gold",
        "verb not in the dictionary",
        "no code for this clause",
        "dictionary says: no event",
    ):
        print(f"  {name:28s} {outcome[name]:4d}  {outcome[name] / max(total, 1):6.1%}")
    print("  per gold category: sentences, best = gold, some reading = gold")
    for category in sorted(per_category):
        counts = per_category[category]
        print(f"    {category:10s} {counts['sentences']:3d} {counts['best']:3d} {counts['any']:3d}")
    print(f"load + compile: {load_seconds * 1000:.0f} ms")
    print(f"match(): {per_call * 1e6:.1f} us per verb ({len(verbs_seen)} verbs)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
