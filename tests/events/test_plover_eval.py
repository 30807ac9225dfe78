"""The PLOVER evaluation runs end to end on the shared dev file (skipped where absent)."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.plover import evaluate
from tests.conftest import shared_file


@pytest.mark.dataset
def test_plover_evaluation_reports_figures() -> None:
    path = shared_file("data/plover/gsr-dev.jsonl")
    report = evaluate(path, limit=25)
    assert report.n_documents == 25
    figures = dict(report.tables["Event type"])
    assert 0.0 <= float(figures["accuracy"]) <= 1.0
    assert "source overlap (all)" in dict(report.tables["Actors"])
    assert "plover" in report.render()
