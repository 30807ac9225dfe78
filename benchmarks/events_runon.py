"""How long the events stage takes on run-on input (long coordinations, lists, nested
relative clauses), where a quadratic walk would show. Prints seconds per text; the
stage should stay well under a second on each.

    PYTHONPATH=src python benchmarks/events_runon.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.events.support import parse

from newsgraph import events

TEXTS = {
    "coordinated objects": "Germany attacked France and " * 600 + "Spain.",
    "noun list": "The talks, the sanctions, the agreement, the withdrawal, " * 300,
    "nested relative clauses": "Russia, which criticized Ukraine, which attacked Poland, " * 200 + "agreed.",
}


def main() -> int:
    for name, text in TEXTS.items():
        doc = parse(text)  # runs the stage once; time a second, clean run
        start = time.perf_counter()
        events.annotate(doc)
        elapsed = time.perf_counter() - start
        print(f"{name:<26} {len(doc):>6} tokens  {elapsed:6.3f} s  {len(doc._.ng_events)} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
