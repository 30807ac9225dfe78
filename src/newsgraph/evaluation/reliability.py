"""Reliability tables: is a record with confidence c right at a rate near c?

Shared by the scorers that check a calibrated record type (``polnear`` for quotes,
``plover`` for events) and by ``newsgraph train calibration``, so the figures in
docs/evaluation.md, the evaluation commands and the fitting log are the same table.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

#: Lower edges of the confidence bins; the last bin includes 1.0.
BIN_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8)
#: The threshold of the "high-precision view" (``--min-confidence 0.8``).
HIGH = 0.8

Row = tuple[str, float | int | str]


def _bin_label(k: int) -> str:
    low = BIN_EDGES[k]
    high = BIN_EDGES[k + 1] if k + 1 < len(BIN_EDGES) else 1.0
    closing = "]" if k + 1 == len(BIN_EDGES) else ")"
    return f"[{low:.1f}, {high:.1f}{closing}"


def _bin_of(confidence: float) -> int:
    k = 0
    for n, edge in enumerate(BIN_EDGES):
        if confidence >= edge:
            k = n
    return k


def reliability_rows(outcomes: Sequence[tuple[float | None, bool]], what: str = "right") -> list[Row]:
    """Per confidence bin: how many records and the share of them ``what`` (e.g. right);
    records without a confidence in a bin of their own."""
    counts = [0] * len(BIN_EDGES)
    hits = [0] * len(BIN_EDGES)
    missing = missing_hits = 0
    for confidence, right in outcomes:
        if confidence is None:
            missing += 1
            missing_hits += right
            continue
        k = _bin_of(confidence)
        counts[k] += 1
        hits[k] += right
    rows: list[Row] = []
    for k in range(len(BIN_EDGES)):
        label = _bin_label(k)
        rows.append((f"{label} count", counts[k]))
        rows.append((f"{label} {what}", hits[k] / counts[k] if counts[k] else 0.0))
    if missing:
        rows.append(("no confidence count", missing))
        rows.append((f"no confidence {what}", missing_hits / missing))
    return rows


def high_confidence_rows(
    outcomes: Sequence[tuple[float | None, bool]], threshold: float = HIGH, what: str = "precision"
) -> list[Row]:
    """The view a ``--min-confidence threshold`` filter gives: how many records it keeps,
    their ``what`` (share right), and the share of all right records it keeps."""
    kept = [right for confidence, right in outcomes if confidence is not None and confidence >= threshold]
    right_total = sum(right for _, right in outcomes)
    return [
        (f"kept at confidence >= {threshold}", len(kept)),
        (f"{what} at confidence >= {threshold}", sum(kept) / len(kept) if kept else 0.0),
        (f"right records kept at >= {threshold}", sum(kept) / right_total if right_total else 0.0),
    ]


def monotone_violations(outcomes: Sequence[tuple[float | None, bool]], min_count: int = 10) -> int:
    """How many times a bin (with at least ``min_count`` records) is less often right than
    the populated bin below it: 0 for a well-ordered confidence."""
    rows = reliability_rows(outcomes)
    shares = [
        float(rows[2 * k + 1][1]) for k in range(len(BIN_EDGES)) if int(rows[2 * k][1]) >= min_count
    ]
    return sum(1 for low, high in pairwise(shares) if high < low)
