"""Throughput of ``extract`` (with the JSON a user gets) against a bare spaCy parse of the same corpus.

The bare parse is the physical limit of this design: every newsgraph stage
runs on the parser's output, so the ratio says what the stages cost. The
extract side includes serialising each record to JSON, since no user gets a
record without it. Both sides are measured in the steady state: the corpus is
run once to warm every cache (lexicons, matchers, the model's own tables) and
the timed pass is the next one. Each configuration runs in a fresh subprocess
so its peak RSS is its own.

    python benchmarks/throughput.py         # one process; PolNeAR dev texts if present, else synthetic
    python benchmarks/throughput.py --articles 200 --processes 1 2

Prints articles/s, words/s, peak RSS per configuration (best of --repeat
alternating runs) and the ratio extract/parse for each process count.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def load_corpus(n: int) -> list[str]:
    texts: list[str] = []
    if SHARED.exists():
        with SHARED.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
    else:
        from newsgraph.synthetic import articles

        texts = [article.text for article in articles(n, seed=7)]
    while len(texts) < n:
        texts = texts + texts
    return texts[:n]


def run_one(mode: str, processes: int, n: int, model: str | None) -> dict[str, float]:
    """Runs inside the child process."""
    texts = load_corpus(n)
    words = sum(len(t.split()) for t in texts)
    if mode == "parse":
        import spacy

        from newsgraph.model import choose_model

        nlp = spacy.load(choose_model(model))
        for _ in nlp.pipe(texts, batch_size=16, n_process=processes):  # warm-up pass
            pass
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
            pass
    else:
        from newsgraph import Document, extract_many

        documents = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
        for record in extract_many(documents, model=model, n_process=processes):  # warm-up pass
            record.model_dump_json()
        start = time.perf_counter()
        for record in extract_many(documents, model=model, n_process=processes):
            record.model_dump_json()
    elapsed = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "articles_per_s": n / elapsed,
        "words_per_s": words / elapsed,
        "seconds": elapsed,
        "peak_rss_mb": max(own, children) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--processes", type=int, nargs="+", default=[1])
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=2, help="runs per mode; the best is kept")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PROCESSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = run_one(args.child[0], int(args.child[1]), args.articles, args.model)
        print(json.dumps(result))
        return

    source = "PolNeAR dev texts" if SHARED.exists() else "synthetic articles"
    print(f"corpus: {args.articles} {source}")
    print(f"{'config':<18}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>14}")
    for processes in args.processes:
        # Alternate the two modes and keep each one's best run, so that a burst of
        # load from elsewhere on the machine does not land on one side only.
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.repeat):
            for mode in ("parse", "extract"):
                command = [
                    sys.executable,
                    __file__,
                    "--articles",
                    str(args.articles),
                    "--child",
                    mode,
                    str(processes),
                ]
                if args.model:
                    command += ["--model", args.model]
                output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
                result = json.loads(output.strip().splitlines()[-1])
                if mode not in best or result["words_per_s"] > best[mode]["words_per_s"]:
                    best[mode] = result
        for mode in ("parse", "extract"):
            f = best[mode]
            print(
                f"{mode + f' x{processes}':<18}{f['articles_per_s']:>12.1f}{f['words_per_s']:>12.0f}"
                f"{f['peak_rss_mb']:>14.0f}"
            )
        ratio = best["extract"]["words_per_s"] / best["parse"]["words_per_s"]
        print(f"ratio extract/parse with {processes} process(es): {ratio:.2f} (target >= 0.85)")


if __name__ == "__main__":
    main()
