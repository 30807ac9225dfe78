"""Scoring newsgraph against human-annotated datasets (see ``../shared/data/README.md``).

Each module here is one dataset and exposes ``evaluate(path, *, limit, model) -> Report``.
The ``newsgraph eval NAME PATH`` command finds the module by ``NAME``.
"""

from __future__ import annotations

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


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The first ``limit`` records of a dataset file (all when ``None``), skipping blank lines."""
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and count >= limit:
                return
            if line.strip():
                count += 1
                yield json.loads(line)
