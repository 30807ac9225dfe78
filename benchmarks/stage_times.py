"""CPU seconds of each newsgraph stage in the steady state, beside the bare parse.

``throughput.py`` gives the ratio the project is held to; this script says where the
stages' share of it goes. Each stage function (and the two pre-parser steps, the
dateline and the furniture detection) is wrapped in a ``time.process_time`` timer, the
corpus is extracted once to warm every cache, and then ``--rounds`` more times; each
stage's figure is its smallest over the rounds (the machine is shared, and the minimum
is the run least disturbed by other work). Garbage-collector time is reported for one
more pass, since it lands on whichever stage happened to allocate.

    python benchmarks/stage_times.py                 # 84 PolNeAR dev texts, 3 rounds
    python benchmarks/stage_times.py --texts 40 --rounds 2 --parse

``--parse`` also times a bare spaCy parse of the same texts in the same process and
prints the ratio, a quicker (and noisier) stand-in for ``throughput.py``.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def _timed(name: str, function: Callable[..., Any], totals: defaultdict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start

    return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--texts", type=int, default=84)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--parse", action="store_true", help="also time a bare parse and print the ratio")
    args = parser.parse_args()

    from newsgraph import component, dateline, furniture

    totals: defaultdict[str, float] = defaultdict(float)
    for name in list(component.STAGES):
        component.STAGES[name] = _timed(name, component.STAGES[name], totals)
    component.dateline.annotate = _timed("pre: dateline", dateline.annotate, totals)  # type: ignore[attr-defined]
    component.furniture.detect = _timed("pre: furniture", furniture.detect, totals)  # type: ignore[attr-defined]

    from newsgraph import Document, extract_many

    with SHARED.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][: args.texts]
    documents = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    for record in extract_many(documents):  # warm-up pass
        record.model_dump_json()
    best_total = float("inf")
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        totals.clear()
        start = time.process_time()
        for record in extract_many(documents):
            began = time.process_time()
            record.model_dump_json()
            totals["json"] += time.process_time() - began
        best_total = min(best_total, time.process_time() - start)
        best = {k: min(v, best.get(k, v)) for k, v in totals.items()}

    collected: list[float] = [0.0, 0.0]
    collect_start: list[float] = [0.0]

    def on_collect(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collect_start[0] = time.process_time()
        else:
            collected[0] += time.process_time() - collect_start[0]
            collected[1] += 1.0

    gc.callbacks.append(on_collect)
    for record in extract_many(documents):
        record.model_dump_json()
    gc.callbacks.remove(on_collect)

    stages = sum(v for k, v in best.items() if k in component.STAGES)
    everything = sum(best.values())
    print(
        f"{len(texts)} texts; extract {best_total:.2f} CPU s; stages {stages:.3f}; "
        f"with pre-parser and JSON {everything:.3f}"
    )
    for name, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16s}{seconds:8.3f}")
    print(f"garbage collector, one more pass: {collected[0]:.3f} s in {int(collected[1])} collections")
    if args.parse:
        import spacy

        from newsgraph.model import choose_model

        nlp = spacy.load(choose_model(None))
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        parse = float("inf")
        for _ in range(args.rounds):
            start = time.process_time()
            for _ in nlp.pipe(texts, batch_size=16):
                pass
            parse = min(parse, time.process_time() - start)
        print(f"bare parse {parse:.2f} CPU s; ratio {parse / best_total:.3f}")


if __name__ == "__main__":
    main()
