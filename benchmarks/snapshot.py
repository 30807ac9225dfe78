"""Golden records for refactoring: extract a fixed corpus and write or compare the records.

A change that only restructures code must give the same records. Run it once before the
change (``--write``) and once after (``--compare``); it prints every record that differs,
field by field, ignoring nothing but the run's timing fields.

    python benchmarks/snapshot.py --write /tmp/before.jsonl
    python benchmarks/snapshot.py --compare /tmp/before.jsonl

The corpus: the bundled sample, the seed article, and the texts of the evaluation sets in
``../shared/data`` that are present (PolNeAR dev, PLOVER dev, Giveme5W1H, GUM dev), by
default only their *tune* halves: a snapshot is read by hand, and reading it must not show
anyone a held-out record (it did, twice, in session 14). ``--half all`` takes every record,
for a refactoring check nobody reads record by record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsgraph.evaluation import in_half, record_key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SEED = ROOT.parent / "shared" / "examples" / "kabul-2024-11-07.txt"


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def corpus(limit: int | None, half: str | None = "tune") -> Iterator[tuple[str, str, dt.date | None]]:
    """(id, text, published) for every text of the snapshot corpus."""
    sample = ROOT / "src" / "newsgraph" / "samples" / "harbor-city-2025-03-14.txt"
    yield "sample", sample.read_text(encoding="utf-8"), dt.date(2025, 3, 14)
    if SEED.is_file():
        yield "seed", SEED.read_text(encoding="utf-8"), dt.date(2024, 11, 7)
    sets = [
        ("polnear", DATA / "polnear" / "dev.jsonl", "publication_date"),
        ("plover", DATA / "plover" / "gsr-dev.jsonl", None),
        ("giveme5w1h", DATA / "giveme5w1h" / "training.jsonl", "date_publish"),
        ("gum", DATA / "gum" / "dev.jsonl", None),
    ]
    for name, path, date_key in sets:
        if not path.is_file():
            continue
        for n, row in enumerate(_jsonl(path)):
            if limit is not None and n >= limit:
                break
            if not in_half(record_key(row, n), half):
                continue
            published = None
            if date_key and isinstance(row.get(date_key), str):
                try:
                    published = dt.date.fromisoformat(str(row[date_key])[:10])
                except ValueError:
                    published = None
            yield f"{name}:{row.get('id', n)}", str(row["text"]), published


def snapshot(limit: int | None, half: str | None = "tune") -> Iterator[dict[str, object]]:
    from newsgraph.ingest.document import Document
    from newsgraph.pipeline import extract_many

    items = list(corpus(limit, half))
    documents = [Document(id=doc_id, text=text, published=published) for doc_id, text, published in items]
    for record in extract_many(documents):
        yield record.to_json_dict()


def _differences(before: object, after: object, path: str = "") -> Iterator[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            yield from _differences(before.get(key), after.get(key), f"{path}.{key}")
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for i, (b, a) in enumerate(zip(before, after, strict=True)):
            yield from _differences(b, a, f"{path}[{i}]")
    elif before != after:
        yield f"{path}: {json.dumps(before)[:200]} -> {json.dumps(after)[:200]}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the records to this JSONL file")
    action.add_argument("--compare", type=Path, help="compare the records with this JSONL file")
    parser.add_argument("--limit", type=int, default=None, help="texts per dataset (default: all)")
    parser.add_argument(
        "--half",
        choices=("tune", "all"),
        default="tune",
        help="the evaluation sets' tune halves (default), or every record (never read held-out ones)",
    )
    args = parser.parse_args()
    half = None if args.half == "all" else args.half
    if args.write:
        written = 0
        with args.write.open("w", encoding="utf-8") as out:
            for record in snapshot(args.limit, half):
                out.write(json.dumps(record, sort_keys=True) + "\n")
                written += 1
        print(f"wrote {written} records to {args.write}")
        return 0
    before = {r["article"]["id"]: r for r in _jsonl(args.compare)}  # type: ignore[index]
    changed = seen = 0
    for record in snapshot(args.limit, half):
        seen += 1
        doc_id = record["article"]["id"]  # type: ignore[index]
        old = before.get(doc_id)  # type: ignore[arg-type]
        diffs = list(_differences(old, record)) if old is not None else ["(new record)"]
        if diffs:
            changed += 1
            print(f"== {doc_id}: {len(diffs)} differences")
            for line in diffs[:20]:
                print(f"   {line}")
    print(f"{changed} of {seen} records differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
