"""Scoring newsgraph against human-annotated datasets (see ``../shared/data/README.md``).

Each module here is one dataset and exposes ``evaluate(path, *, limit, model, half) -> Report``.
The ``newsgraph eval NAME PATH`` command finds the module by ``NAME``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Report:
    """Figures from one evaluation run: ``tables`` maps a heading to rows of (label, value)."""

    dataset: str
    path: str
    n_documents: int
    tables: dict[str, list[tuple[str, float | int | str]]] = field(default_factory=dict)

    def render(self) -> str:
        lines = [f"{self.dataset}: {self.path} ({self.n_documents} documents)"]
        for heading, rows in self.tables.items():
            lines.append(f"\n{heading}")
            for label, value in rows:
                shown = f"{value:.3f}" if isinstance(value, float) else str(value)
                lines.append(f"  {label:<36} {shown}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {
            "dataset": self.dataset,
            "path": self.path,
            "n_documents": self.n_documents,
            "tables": {k: dict(v) for k, v in self.tables.items()},
        }


HALVES = ("tune", "held-out")


def in_half(key: str, half: str | None) -> bool:
    """Whether the record named ``key`` belongs to ``half`` (every record when ``None``).

    Each dataset is split in two by a hash of the record's document id, so the split is
    stable across runs and file orders, and all annotations of one document fall on the
    same side. Rules are developed on "tune"; "held-out" is read only for figures.
    """
    if half is None:
        return True
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; choose one of {', '.join(HALVES)}")
    side = hashlib.sha256(key.encode("utf-8")).digest()[0] % 2
    return HALVES[side] == half


def record_key(item: dict[str, Any], line_number: int) -> str:
    """The document id a record is split by: ``doc_id`` (several annotators), else ``id``."""
    return str(item.get("doc_id") or item.get("id") or line_number)


def read_jsonl(path: Path, limit: int | None = None, half: str | None = None) -> Iterator[dict[str, Any]]:
    """The first ``limit`` records of a dataset file (all when ``None``) in ``half``, skipping blank lines."""
    count = 0
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            item = json.loads(line)
            if in_half(record_key(item, n), half):
                count += 1
                yield item
