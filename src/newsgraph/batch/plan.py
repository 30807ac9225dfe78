"""Splitting JSONL input files into partitions, and reading one partition back.

A partition is a list of byte ranges of input files. A line belongs to the range
its first byte falls in, the rule Hadoop's text input uses, so a worker reads only
its own ranges (seeking past a partial first line) and no line is read twice or
lost however the cut points fall. The plan depends only on the files' names and
sizes and the requested partition count, so a re-run computes the same partitions
and can skip those whose output already exists.
"""

from __future__ import annotations

import glob
import json
import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.batch.partition import LabelledItem
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.readers import InputFailure

#: Without ``--partitions``, a file is cut into pieces of about this many bytes
#: (a few thousand news articles), so a worker's task takes minutes, not hours.
TARGET_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Segment:
    """Bytes ``[start, end)`` of ``path``."""

    path: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PartitionSpec:
    """One unit of work: its number (which names the output file) and its byte ranges."""

    index: int
    segments: tuple[Segment, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "segments": [asdict(s) for s in self.segments]}


def expand_inputs(patterns: list[str]) -> list[Path]:
    """Files matching the glob patterns (``**`` recurses), sorted, without duplicates.
    A pattern naming a folder means every ``*.jsonl`` / ``*.ndjson`` file under it."""
    found: set[Path] = set()
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix in {".jsonl", ".ndjson"})
            continue
        found.update(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
    if not found:
        raise NewsgraphError(f"no input files match {' '.join(patterns)!s}")
    return sorted(p.resolve() for p in found)


def plan_partitions(files: list[Path], partitions: int | None = None,
                    target_bytes: int = TARGET_BYTES) -> list[PartitionSpec]:
    """Partitions over ``files``. With ``partitions`` the bytes of all files are
    split evenly into that many partitions (a partition may span files); without it
    each file is cut into pieces of about ``target_bytes``. Empty files add nothing."""
    sizes = [(str(f), f.stat().st_size) for f in files]
    sizes = [(name, size) for name, size in sizes if size > 0]
    if partitions is None:
        specs: list[PartitionSpec] = []
        for name, size in sizes:
            pieces = max(1, math.ceil(size / target_bytes))
            for k in range(pieces):
                start, end = size * k // pieces, size * (k + 1) // pieces
                specs.append(PartitionSpec(len(specs), (Segment(name, start, end),)))
        return specs
    if partitions < 1:
        raise NewsgraphError("--partitions must be at least 1")
    total = sum(size for _, size in sizes)
    count = max(1, min(partitions, total)) if total else 1
    bounds = [total * k // count for k in range(count + 1)]
    specs = []
    for k in range(count):
        lo, hi = bounds[k], bounds[k + 1]
        segments: list[Segment] = []
        offset = 0
        for name, size in sizes:
            start, end = max(lo, offset) - offset, min(hi, offset + size) - offset
            if start < end:
                segments.append(Segment(name, start, end))
            offset += size
        specs.append(PartitionSpec(k, tuple(segments)))
    return specs


def read_segment(segment: Segment) -> Iterator[LabelledItem]:
    """The JSON lines whose first byte lies in the segment, each labelled
    ``path@offset`` (the byte offset of the line). A line that is not a JSON
    object comes back as an ``InputFailure``; blank lines are skipped."""
    try:
        handle = open(segment.path, "rb")  # noqa: SIM115 - closed below, after the generator ends
    except OSError as exc:
        yield segment.path, InputFailure(segment.path, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        if segment.start > 0:
            handle.seek(segment.start - 1)
            handle.readline()  # the rest of the line that began before this segment
        position = handle.tell()
        while position < segment.end:
            raw = handle.readline()
            if not raw:
                break
            label = f"{segment.path}@{position}"
            position += len(raw)
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield label, InputFailure(label, f"not a JSON record ({str(exc).splitlines()[0][:120]})")
                continue
            yield label, item


def read_partition(spec: PartitionSpec) -> Iterator[LabelledItem]:
    """Every input line of a partition, in file order."""
    for segment in spec.segments:
        yield from read_segment(segment)
