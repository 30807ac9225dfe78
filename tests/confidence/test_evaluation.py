"""On a slice of PolNeAR dev, surer quotes are right more often (skips without the data)."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from newsgraph.evaluation import polnear
from newsgraph.evaluation.reliability import BIN_EDGES, monotone_violations, reliability_rows
from tests.conftest import shared_file


def test_higher_confidence_bins_are_not_less_precise_on_a_dev_slice() -> None:
    path = shared_file("data/polnear/dev.jsonl")
    report = polnear.evaluate(path, limit=15)
    (rows,) = [rows for name, rows in report.tables.items() if name.startswith("Confidence reliability")]
    table = dict(rows)
    counts = [int(table[f"{label} count"]) for label in _labels()]
    shares = [float(table[f"{label} precision"]) for label in _labels()]
    populated = [share for count, share in zip(counts, shares, strict=True) if count >= 10]
    assert len(populated) >= 2, "the slice spreads over several bins"
    assert all(high >= low - 0.05 for low, high in pairwise(populated))
    assert populated[-1] > populated[0]
    view = dict(report.tables["High-precision view"])
    overall = dict(report.tables["all attributions"])["attribution precision"]
    assert float(view["precision at confidence >= 0.8"]) > float(overall)


def _labels() -> list[str]:
    rows = reliability_rows([])
    return [str(label).removesuffix(" count") for label, _ in rows[::2]][: len(BIN_EDGES)]


def test_monotone_violations_counts_a_bin_less_right_than_the_one_below() -> None:
    ordered = [(0.1, False)] * 10 + [(0.5, True)] * 5 + [(0.5, False)] * 5 + [(0.9, True)] * 10
    assert monotone_violations(ordered) == 0
    reversed_ = [(0.1, True)] * 10 + [(0.9, False)] * 10
    assert monotone_violations(reversed_) == 1


def test_the_fitting_command_without_data_says_so_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph", "train", "calibration", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "no such file" in result.stderr and len(result.stderr.strip().splitlines()) == 1
