"""Reading speed of the input readers (no extraction): JSONL records per second.

    python benchmarks/readers.py --n 2000 [--hostile-every 10]

Writes N synthetic articles as one JSONL file and times ``read_documents`` over it
(best of 3). With ``--hostile-every K`` every K-th line is replaced by a hostile one
(deep nesting, a lone surrogate, a 5,000-digit integer, in turn), to show that a
failing line costs no more than a good one. Prints one line per measurement. The
readers' own cost (JSON, validation, language check) is what is measured: it must
stay far below the parse, which reads tens of articles per second on this machine.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from newsgraph import synthetic
from newsgraph.ingest.readers import InputFailure, read_documents

HOSTILE = (
    '{"a": ' * 100_000 + "1" + "}" * 100_000,
    json.dumps({"id": "s", "text": "Officials said the bridge reopened. @@"}).replace("@@", "\\udc00"),
    '{"id": "n", "text": "Officials said the bridge reopened.", "views": ' + "7" * 5000 + "}",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--hostile-every", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        lines = []
        for index, article in enumerate(synthetic.articles(args.n, seed=1)):
            if args.hostile_every and index % args.hostile_every == args.hostile_every - 1:
                lines.append(HOSTILE[(index // args.hostile_every) % len(HOSTILE)])
            else:
                lines.append(json.dumps(article.as_json()))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        size = path.stat().st_size
        best = float("inf")
        failed = 0
        for _ in range(3):
            started = time.perf_counter()
            items = list(read_documents(path))
            best = min(best, time.perf_counter() - started)
            failed = sum(isinstance(item, InputFailure) for item in items)
        print(
            f"readers: {args.n} JSONL lines ({size / 1e6:.1f} MB, {failed} hostile) in {best:.2f} s: "
            f"{args.n / best:,.0f} lines/s"
        )


if __name__ == "__main__":
    main()
