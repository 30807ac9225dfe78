"""Ingest and query speed of the corpus store on synthetic articles.

    python benchmarks/ingest.py --n 400 --workers 1 2 [--db postgresql://...]

For each worker count: a fresh store, ingest N synthetic articles (real
pipeline), then a rerun (everything stored: skipped by text hash, no parsing),
then typical queries (median of 5). Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

from newsgraph import synthetic
from newsgraph.ingest.corpus import ingest
from newsgraph.store import Store, normalise_url, open_store


def _median_ms(call: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _fresh(url: str | None, folder: Path, workers: int) -> Store:
    if url is None:
        return open_store(f"sqlite:///{folder / f'bench-{workers}.db'}")
    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return open_store(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400, help="synthetic articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--db", default=None, help="PostgreSQL URL (its public schema is wiped!); default SQLite")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synthetic.write(args.n, folder / "articles", seed=1)
        for workers in args.workers:
            store = _fresh(args.db, folder, workers)
            first = ingest([str(folder / "articles")], store, workers=workers)
            print(f"ingest workers={workers} n={args.n}: {first.seconds:.1f} s, "
                  f"{first.seen / first.seconds:.1f} docs/s (added {first.added}, failed {first.failed})")
            again = ingest([str(folder / "articles")], store, workers=workers)
            print(f"rerun  workers={workers}: {again.seconds:.2f} s, {again.seen / again.seconds:.0f} docs/s "
                  f"(unchanged {again.unchanged})")
            counts = store.counts()
            print(f"store: {counts.articles} articles, {counts.actors} actors, {counts.quotes} quotes, "
                  f"{counts.events} events, {counts.mentions} mentions ({store.dialect.name})")
            person = next(a for a in store.actors(type="PERSON", top=5).items)
            queries: dict[str, Callable[[], object]] = {
                "quotes(speaker)": lambda: store.quotes(person.name.split()[-1]),
                "events(category)": lambda: store.events(category="ACCUSE"),
                "search(text)": lambda: store.search("water treaty"),
                "actors(top=20)": lambda: store.actors(top=20),
                "actor(detail)": lambda: store.actor(person.id),
                "timeline(actor)": lambda: store.timeline(person.id),
                "graph()": lambda: store.graph(),
            }
            for name, call in queries.items():
                print(f"query {name}: {_median_ms(call):.1f} ms")
            store.close()


if __name__ == "__main__":
    main()
