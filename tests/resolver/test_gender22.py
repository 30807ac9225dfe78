"""Session 22: GAP's figures by pronoun gender, shared by the evaluation and the trainer,
and the trainer's gender guard on the resolver's threshold (invented examples)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsgraph.evaluation.gap import GapExample, bias, decision_counts
from newsgraph.records import Entity, Mention
from newsgraph.resolver.features import FEATURES
from newsgraph.resolver.model import ResolverModel
from newsgraph.training import resolver as training


def _example(text: str, pronoun: str, a: str, b: str, a_coref: bool, b_coref: bool) -> GapExample:
    p, i, j = text.index(pronoun), text.index(a), text.index(b)
    return GapExample("x", text, (p, p + len(pronoun)), (i, i + len(a)), (j, j + len(b)), a_coref, b_coref)


def _linked(text: str, pronoun: str, name: str) -> list[Entity]:
    p, n = text.index(pronoun), text.index(name)
    mentions = [
        Mention(start=n, end=n + len(name), text=name, kind="name"),
        Mention(start=p, end=p + len(pronoun), text=pronoun, kind="pronoun"),
    ]
    return [Entity(id="e1", name=name, type="PERSON", mentions=mentions)]


def test_decision_counts_split_by_the_pronouns_gender() -> None:
    her = "Ilse Varga met Dora Penn at the port. She had sailed from Riga."
    his = "Aran Oduya thanked Piet Lamm. He had paid for the boat."
    counts, resolved = decision_counts(
        [
            (_example(her, "She", "Ilse Varga", "Dora Penn", False, True), _linked(her, "She", "Dora Penn")),
            (_example(his, "He", "Aran Oduya", "Piet Lamm", False, True), _linked(his, "He", "Aran Oduya")),
        ]
    )
    assert resolved == 2
    assert counts["feminine"] == [1, 1, 1]  # linked to the right one
    assert counts["masculine"] == [0, 1, 1]  # linked to the wrong one
    assert bias(counts) == 0.0  # no right masculine link: masculine F1 0


def test_bias_is_feminine_f1_over_masculine_f1() -> None:
    assert bias({"feminine": [1, 2, 2], "masculine": [2, 2, 2]}) == pytest.approx(0.5)
    assert bias({"feminine": [1, 1, 1], "masculine": [0, 0, 3]}) == 0.0


def _model(threshold: float) -> ResolverModel:
    return ResolverModel(np.zeros(len(FEATURES)), 0.0, threshold, 1.0)


def _guard(monkeypatch: pytest.MonkeyPatch, biases: dict[float, float], start: float) -> ResolverModel:
    monkeypatch.setattr(training, "_runner_up_for", lambda *args: None)

    def figures(path: Path, model: ResolverModel) -> dict[str, float]:
        return {"f1": 0.6, "feminine_f1": 0.6, "masculine_f1": 0.6, "bias": biases.get(model.threshold, 0.9)}

    monkeypatch.setattr(training, "gap_figures", figures)
    files = {"gap_tune": Path("gap.tsv")}
    empty: Any = training.Labelled()
    model, table = training.gender_guard(files, _model(start), _model(0.5), empty, {}, lambda m: None)
    assert all(float(t) >= start for t in table)
    return model


def test_gender_guard_keeps_the_rules_threshold_when_both_genders_are_served(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _guard(monkeypatch, {0.4: 0.97}, 0.4).threshold == 0.4


def test_gender_guard_raises_the_threshold_until_the_bias_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _guard(monkeypatch, {0.4: 0.94, 0.45: 0.93, 0.5: 0.96}, 0.4).threshold == 0.5


def test_gender_guard_never_lowers_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    # a lower threshold with a good bias is never tried: precision first
    assert _guard(monkeypatch, {0.3: 0.99, 0.45: 0.91, 0.5: 0.95}, 0.45).threshold == 0.5


def test_gender_guard_keeps_the_highest_threshold_when_none_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _guard(monkeypatch, {}, 0.8).threshold == training.THRESHOLDS[-1]
