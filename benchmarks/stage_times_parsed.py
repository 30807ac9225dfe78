"""CPU seconds of each newsgraph stage on Docs parsed once, outside the timed rounds.

``stage_times.py`` runs the whole extraction every round, so the spaCy parse (four
fifths of the CPU) is repeated and the stages' figures share its disturbance on a
shared machine. Here the texts are parsed once with the ``newsgraph`` component
switched off; each round then runs the component (every stage, its syntax repairs and
the record's JSON) on a fresh ``Doc.copy()`` of every parse, which gives the same
records as a normal extraction. Each stage's figure is its smallest over ``--rounds``
(after one warm-up round); the collector is off inside a round and run between rounds.
A round takes a few seconds, so comparing two branches back to back (run it in each
worktree, alternating) is quick.

    python benchmarks/stage_times_parsed.py                  # 84 PolNeAR dev texts, 5 rounds
    python benchmarks/stage_times_parsed.py --texts 40 --rounds 8
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections import defaultdict

# The data path and the per-function timer are stage_times.py's (this script's directory is
# on sys.path when it runs as a script).
from stage_times import SHARED, _timed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--texts", type=int, default=84)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from newsgraph import component

    totals: defaultdict[str, float] = defaultdict(float)
    for name in list(component.STAGES):  # before the component is made: it copies the table
        component.STAGES[name] = _timed(name, component.STAGES[name], totals)

    from newsgraph import Document
    from newsgraph.pipeline import load_pipeline, make_doc

    with SHARED.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][: args.texts]
    nlp = load_pipeline()
    newsgraph = nlp.get_pipe("newsgraph")
    with nlp.select_pipes(disable=["newsgraph"]):
        documents = (make_doc(nlp, Document(id=str(i), text=t)) for i, t in enumerate(texts))
        parsed = list(nlp.pipe(documents, batch_size=16))

    def one_round() -> dict[str, float]:
        totals.clear()
        started = time.process_time()
        for doc in parsed:
            copy = doc.copy()
            newsgraph(copy)
            began = time.process_time()
            copy._.newsgraph.model_dump_json()
            totals["json"] += time.process_time() - began
        totals["round"] = time.process_time() - started
        return dict(totals)

    one_round()  # warm-up: lexicons, matchers, the model's tables
    best: dict[str, float] = {}
    gc.disable()
    try:
        for _ in range(args.rounds):
            gc.collect()
            measured = one_round()
            best = {k: min(v, best.get(k, v)) for k, v in measured.items()}
    finally:
        gc.enable()
    stages = sum(v for k, v in best.items() if k in component.STAGES)
    print(f"{len(texts)} texts, parsed once; stages {stages:.3f} CPU s; round {best['round']:.3f}")
    for name, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        if name != "round":
            print(f"  {name:16s}{seconds:8.3f}")


if __name__ == "__main__":
    main()
