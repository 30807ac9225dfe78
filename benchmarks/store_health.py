"""What each level of store checking costs, by store size: why ``/health`` only probes.

Builds an SQLite store of N articles (the bundled sample article extracted once,
stored N times with a numbered closing sentence so every text is new), then times

* ``probe``        - what ``/health`` runs: schema version + first row of every table;
* ``quick_check``  - what ``newsgraph ingest`` runs first: ``PRAGMA quick_check``;
* ``check``        - what ``newsgraph check`` runs: ``PRAGMA integrity_check`` + the text scan.

    python benchmarks/store_health.py --articles 200 1000

Each figure is the median of ``--repeat`` runs, on a warm file cache.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "samples" / "harbor-city-2025-03-14.txt"


def build(path: Path, n: int) -> None:
    from newsgraph import extract
    from newsgraph.store import open_store

    record = extract(SAMPLE.read_text(encoding="utf-8"), dt.date(2025, 3, 14), id="sample")
    store = open_store(f"sqlite:///{path}")
    for i in range(n):
        article = record.article.model_copy(
            update={"id": f"sample-{i}", "text": record.article.text + f" Notice number {i}."})
        store.add_record(record.model_copy(update={"article": article}))
    store.close()


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from newsgraph.store import integrity, open_store

    print(f"{'articles':>8} {'MB':>7} {'probe ms':>9} {'quick_check ms':>15} {'check ms':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for n in args.articles:
            path = Path(folder) / f"store-{n}.db"
            build(path, n)
            store = open_store(f"sqlite:///{path}")
            probe = median_ms(lambda: integrity.probe(store), args.repeat)  # noqa: B023 - used at once
            quick = median_ms(lambda: integrity.quick_check(store), args.repeat)  # noqa: B023
            store.close()
            full = median_ms(lambda: integrity.check(str(path)), args.repeat)  # noqa: B023
            size = path.stat().st_size / 1e6
            print(f"{n:>8} {size:>7.1f} {probe:>9.2f} {quick:>15.1f} {full:>9.1f}")


if __name__ == "__main__":
    main()
