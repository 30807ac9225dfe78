"""The tree walk that scores the shipped gradient-boosted resolver without scikit-learn."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsgraph.errors import InputError
from newsgraph.resolver import FEATURES, load_model
from newsgraph.resolver.model import ResolverModel, read_model
from newsgraph.resolver.trees import LEAF, trees_from_lists
from newsgraph.training.learners import fit
from newsgraph.training.resolver import Labelled

# Two small trees over three features: the first splits on feature 0 then feature 2,
# the second is a stump on feature 1.
_TREES = [
    {
        "feature": [0, LEAF, 2, LEAF, LEAF],
        "threshold": [0.5, 0.0, 3.0, 0.0, 0.0],
        "left": [1, LEAF, 3, LEAF, LEAF],
        "right": [2, LEAF, 4, LEAF, LEAF],
        "value": [0.0, -1.0, 0.0, 0.25, 2.0],
    },
    {
        "feature": [1, LEAF, LEAF],
        "threshold": [0.0, 0.0, 0.0],
        "left": [1, LEAF, LEAF],
        "right": [2, LEAF, LEAF],
        "value": [0.0, 0.1, -0.1],
    },
]


def test_each_row_adds_the_leaf_values_it_reaches_and_a_tie_goes_left() -> None:
    trees = trees_from_lists(_TREES, 3)
    assert trees.depth == 2
    rows = np.asarray([[0.0, 0.0, 9.0], [1.0, 1.0, 3.0], [1.0, -1.0, 3.5], [0.5, 0.5, 0.0]])
    assert trees.score(rows).tolist() == pytest.approx([-0.9, 0.15, 2.1, -1.1])
    assert trees.score(np.zeros((0, 3))).shape == (0,)


def test_the_node_lists_survive_a_round_trip() -> None:
    trees = trees_from_lists(_TREES, 3)
    again = trees_from_lists(trees.to_json(), 3)
    rows = np.random.default_rng(0).normal(size=(20, 3)) * 3
    assert np.array_equal(trees.score(rows), again.score(rows))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ({"feature": [100_000, LEAF, LEAF]}, "tests feature 100000"),
        ({"left": [0, LEAF, LEAF]}, "children outside"),
        ({"value": [0.0]}, "different lengths"),
    ],
)
def test_a_damaged_tree_is_refused_when_the_model_loads(
    tmp_path: Path, damage: dict[str, list[float]], message: str
) -> None:
    stump = {**_TREES[1], **damage}
    data = ResolverModel(np.zeros(len(FEATURES)), 0.0, 0.5, 1.0).to_json()
    data["trees"] = [stump]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_model(path)


def test_exported_trees_give_scikit_learns_probabilities_after_a_save(tmp_path: Path) -> None:
    """Training checks the export against scikit-learn's own scores; saving and loading
    the file must not change a probability either."""
    rng = np.random.default_rng(1)
    data = Labelled()
    for _ in range(160):
        row = rng.integers(0, 3, size=len(FEATURES)).astype(float).tolist()
        data.add([row], [int(row[0] + row[1] + rng.normal() > 2)], False)
    model = fit(data, "trees")
    assert model.trees is not None and model.trees.depth <= 3
    path = tmp_path / "model.json"
    model.save(path)
    loaded = read_model(path)
    rows = np.asarray(data.rows)
    assert np.allclose(loaded.probabilities(rows), model.probabilities(rows), atol=1e-6)
    assert not np.allclose(model.probabilities(rows), model.probabilities(rows[:1]).mean())


def test_the_shipped_model_is_small_gradient_boosted_trees() -> None:
    model = load_model()
    assert model is not None and model.trees is not None
    assert model.trees.depth <= 3 and len(model.trees.roots) <= 300
    assert "GradientBoostingClassifier" in model.info["learner"]


def test_a_runner_up_model_is_saved_and_loaded_with_its_own_threshold(tmp_path: Path) -> None:
    trees = trees_from_lists(_TREES, len(FEATURES))
    switch = ResolverModel(np.zeros(len(FEATURES)), -0.5, 0.8, 1.0, trees=trees)
    model = ResolverModel(np.zeros(len(FEATURES)), 0.2, 0.45, 1.0, trees=trees, runner_up=switch)
    path = tmp_path / "model.json"
    model.save(path)
    loaded = read_model(path)
    assert loaded.runner_up is not None and loaded.runner_up.threshold == 0.8
    rows = np.random.default_rng(2).normal(size=(5, len(FEATURES)))
    assert np.allclose(loaded.runner_up.probabilities(rows), switch.probabilities(rows))
    assert np.allclose(loaded.probabilities(rows), model.probabilities(rows))
