"""Batch mode's cost over plain extraction, and what Dask's local processes add.

Three runs over the same corpus (written to a temporary JSONL file):

* ``extract_many``  - the Python API in this process: the baseline;
* ``batch local``   - ``run_batch`` with the local engine (adds reading JSONL byte
  ranges, flattening to the table, writing part files);
* ``batch dask``    - ``run_batch`` on Dask's processes scheduler with N workers
  (each worker loads its own spaCy pipeline, which is counted in the time).

    python benchmarks/batch.py --articles 200 --workers 2 --table events

Corpus: the PolNeAR dev texts under ../shared when present (read, never copied),
else the bundled sample article and the test articles, repeated with new ids.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def corpus(n: int) -> list[dict[str, object]]:
    base: list[dict[str, object]] = []
    if SHARED.exists():
        for line in SHARED.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            base.append({"text": item["text"], "published": item.get("publication_date")})
    else:
        sample = REPO / "src" / "newsgraph" / "samples" / "harbor-city-2025-03-14.txt"
        base.append({"text": sample.read_text(encoding="utf-8"), "published": "2025-03-14"})
        for path in sorted((REPO / "tests" / "batch" / "data").glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    item = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(item.get("text"), str):
                    base.append({"text": item["text"], "published": item.get("published")})
    return [{"id": f"bench-{k}", **base[k % len(base)]} for k in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--table", default="events")
    parser.add_argument("--skip-dask", action="store_true")
    options = parser.parse_args()

    from newsgraph.batch import run_batch
    from newsgraph.ingest.document import Document
    from newsgraph.ingest.readers import document_from_record
    from newsgraph.pipeline import extract_many, load_pipeline

    rows = corpus(options.articles)
    words = sum(len(str(r["text"]).split()) for r in rows)
    load_pipeline()  # the in-process runs share a warm pipeline; the Dask workers load their own
    for _ in extract_many(d for r in rows[:3] if isinstance(d := document_from_record(r, "warm"), Document)):
        pass  # first calls load lexicons and dictionaries lazily; keep that out of the baseline
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "corpus.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        documents = [d for r in rows if isinstance(d := document_from_record(r, "bench"), Document)]

        began, cpu = time.perf_counter(), time.process_time()
        count = sum(1 for _ in extract_many(documents))
        results = [("extract_many (1 process)", time.perf_counter() - began, count)]
        cpu_seconds = {"extract_many": time.process_time() - cpu}

        cpu = time.process_time()
        summary = run_batch([str(source)], Path(folder) / "local", table=options.table,
                            partitions=options.partitions)
        results.append(("batch local", summary.seconds, summary.articles))
        cpu_seconds["batch local"] = time.process_time() - cpu
        if not options.skip_dask:
            summary = run_batch([str(source)], Path(folder) / "dask", table=options.table, engine="dask",
                                scheduler="processes", workers=options.workers, partitions=options.partitions)
            results.append((f"batch dask processes x{options.workers}", summary.seconds, summary.articles))

    print(f"{len(rows)} articles, {words} words, table={options.table}, partitions={options.partitions}")
    for name, seconds, done in results:
        rate = f"{done / seconds:6.1f} articles/s  {words / seconds:8.0f} words/s"
        print(f"{name:32s} {seconds:7.1f} s  {rate}")
    # CPU time of this process: less disturbed by other load than wall time (Dask's is in its workers).
    print("CPU seconds in this process:", ", ".join(f"{k} {v:.1f}" for k, v in cpu_seconds.items()))


if __name__ == "__main__":
    main()
