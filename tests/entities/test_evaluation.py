"""The GUM and UNER scorers: metric arithmetic on toy partitions, and a short real run."""

from __future__ import annotations

import pytest

from newsgraph.evaluation import gum, uner
from tests.conftest import shared_file


def test_b_cubed_and_muc_on_a_toy_partition() -> None:
    # Gold: {a, b, c} {d}; system: {a, b} {c, d}.
    gold = ["x", "x", "x", "y"]
    system = ["1", "1", "2", "2"]
    p_sum, r_sum, n = gum.b_cubed(system, gold)
    assert n == 4
    assert p_sum / n == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert r_sum / n == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    r_num, r_den, p_num, p_den = gum.muc(system, gold)
    assert (r_num, r_den) == (1, 2)  # gold {a,b,c} is split in two
    assert (p_num, p_den) == (1, 2)  # system {c,d} joins two gold entities


def test_identical_partitions_score_one() -> None:
    labels = ["a", "a", "b", "c", "c", "c"]
    p_sum, r_sum, n = gum.b_cubed(labels, labels)
    assert p_sum == r_sum == n
    r_num, r_den, p_num, p_den = gum.muc(labels, labels)
    assert r_num == r_den and p_num == p_den


def test_align_prefers_exact_core_then_smallest_container() -> None:
    gold = [
        {"start": 0, "end": 30, "core_start": 0, "core_end": 30, "entity_id": "big"},
        {"start": 10, "end": 22, "core_start": 14, "core_end": 22, "entity_id": "core"},
        {"start": 40, "end": 50, "core_start": 40, "core_end": 50, "entity_id": "far"},
    ]
    assert gum.align(14, 22, gold)["entity_id"] == "core"  # type: ignore[index]
    assert gum.align(10, 22, gold)["entity_id"] == "core"  # type: ignore[index]
    assert gum.align(16, 20, gold)["entity_id"] == "core"  # type: ignore[index]
    assert gum.align(32, 38, gold) is None


def test_gum_run_on_two_articles() -> None:
    path = shared_file("data/gum-news/train-dev.jsonl")
    report = gum.evaluate(path, limit=2)
    assert report.n_documents == 2
    coref = dict(report.tables["coreference over system mentions overlapping a gold core span"])
    assert 0.0 < float(coref["B3 F1"]) <= 1.0
    assert 0.0 <= float(coref["MUC F1"]) <= 1.0


def test_uner_run_on_fifty_sentences() -> None:
    path = shared_file("data/uner/ewt-dev.jsonl")
    report = uner.evaluate(path, limit=50)
    assert report.n_documents == 50
    rows = dict(report.tables["named entities, exact span, PER/ORG/LOC (per sentence)"])
    assert 0.0 < float(rows["micro F1"]) <= 1.0
