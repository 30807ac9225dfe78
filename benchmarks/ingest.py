"""Ingest and query speed of the corpus store on synthetic articles.

    python benchmarks/ingest.py --n 400 --workers 1 2 [--db postgresql://...]
    python benchmarks/ingest.py --store-only 3000      # the store alone, at a larger size

For each worker count: a fresh store, ingest N synthetic articles (real
pipeline), then a rerun (everything stored: skipped by text hash, no parsing),
then typical queries (median of 5). ``--store-only N`` skips the pipeline: it
writes N made-up records (15 people from a pool of 450,000 names, 8 quotes, 10
events each: nearly every name is new, the slow case for actor resolution) and
times the writes and the same queries. Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

from newsgraph import synthetic
from newsgraph.corpus import ingest
from newsgraph.records import Article, Entity, Event, Mention, Quote, Record, Span
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


def _made_up_records(n: int) -> list[Record]:
    rng = random.Random(1)
    words = ("alpha", "beta", "gamma", "delta", "treaty", "port", "levy")
    out = []
    for i in range(n):
        body = " ".join(rng.choice(words) for _ in range(400)) + f" article {i}"
        people = [
            Entity(
                id=f"e{j}",
                name=f"F{rng.randrange(300)} L{rng.randrange(1500)}"
                if rng.random() < 0.7
                else f"L{rng.randrange(1500)}",
                type="PERSON",
                mentions=[Mention(start=0, end=5, text="alpha")] * 3,
            )
            for j in range(15)
        ]
        said = [
            Quote(
                id=f"q{k}",
                kind="direct",
                content=[Span(start=0, end=20, text=body[:20])],
                speaker=f"e{rng.randrange(15)}",
            )
            for k in range(8)
        ]
        did = [
            Event(
                id=f"v{k}",
                category=rng.choice(("ACCUSE", "CONSULT", "SUPPORT")),
                lemma="x",
                trigger=Span(start=0, end=5, text="alpha"),
                actors=[f"e{rng.randrange(15)}"],
                targets=[f"e{rng.randrange(15)}"],
                quad=rng.randrange(1, 5),
                evidence=Span(start=0, end=30, text=body[:30]),
            )
            for k in range(10)
        ]
        out.append(Record(article=Article(id=f"a{i}", text=body), entities=people, quotes=said, events=did))
    return out


def _queries(store: Store) -> None:
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=400, help="synthetic articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument(
        "--db", default=None, help="PostgreSQL URL (its public schema is wiped!); default SQLite"
    )
    parser.add_argument(
        "--store-only", type=int, default=0, metavar="N", help="N made-up records, no pipeline"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.store_only:
            records = _made_up_records(args.store_only)
            store = _fresh(args.db, folder, 0)
            started = time.perf_counter()
            for record in records:
                store.add_record(record)
            seconds = time.perf_counter() - started
            counts = store.counts()
            print(
                f"store-only: {len(records)} records in {seconds:.1f} s = {len(records) / seconds:.0f}/s; "
                f"{counts.actors} actors, {counts.quotes} quotes, {counts.events} events "
                f"({store.dialect.name})"
            )
            _queries(store)
            store.close()
            return
        synthetic.write(args.n, folder / "articles", seed=1)
        for workers in args.workers:
            store = _fresh(args.db, folder, workers)
            first = ingest([str(folder / "articles")], store, workers=workers)
            print(
                f"ingest workers={workers} n={args.n}: {first.seconds:.1f} s, "
                f"{first.seen / first.seconds:.1f} docs/s (added {first.added}, failed {first.failed})"
            )
            again = ingest([str(folder / "articles")], store, workers=workers)
            print(
                f"rerun  workers={workers}: {again.seconds:.2f} s, {again.seen / again.seconds:.0f} docs/s "
                f"(unchanged {again.unchanged})"
            )
            counts = store.counts()
            print(
                f"store: {counts.articles} articles, {counts.actors} actors, {counts.quotes} quotes, "
                f"{counts.events} events, {counts.mentions} mentions ({store.dialect.name})"
            )
            _queries(store)
            store.close()


if __name__ == "__main__":
    main()
