"""The learners of ``newsgraph train resolver``: scikit-learn fits, exported as numbers.

``fit_trees`` (shipped since round 4) fits scikit-learn's gradient boosting and exports
its trees as node lists for ``newsgraph.resolver.trees``; ``fit_linear`` is the rounds
1-3 logistic regression, kept for comparison. Both are Platt-calibrated on held-out
folds, with the calibration folded into the exported numbers, so the package scores
links without scikit-learn (docs/decisions.md says why).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from newsgraph.resolver.features import FEATURES
from newsgraph.resolver.model import ResolverModel
from newsgraph.resolver.trees import LEAF, trees_from_lists


class Labelled(Protocol):
    """What a learner reads of ``training.resolver.Labelled``: feature rows and 0/1 labels."""

    @property
    def rows(self) -> list[list[float]]: ...

    @property
    def labels(self) -> list[int]: ...


#: Inverse regularisation strength of the logistic regression (``learner="linear"``).
C = 1.0
#: The shipped learner: "blend" (mostly trees, some linear), "trees" alone, or the rounds
#: 1-3 logistic regression ("linear").
LEARNER = "blend"
#: The linear model's share of the blended log-odds (``fit_blend``). Offline AUC, GUM dev /
#: GAP validation links, by share: 0 (trees) 0.887 / 0.745, 0.2 0.884 / 0.747, 0.3 0.878 /
#: 0.747, 0.5 0.863 / 0.745, 1 (linear) 0.825 / 0.731.
BLEND_LINEAR = 0.2
#: Gradient boosting, kept small: 200 trees of depth 3 (a ~90 kB file, ~4 s to fit on
#: ~2,300 links). Offline on the link rows (ROC AUC, GUM dev / GAP validation): the
#: logistic regression 0.825 / 0.731; this 0.887 / 0.745; depth 2 0.859 / 0.734; depth 4
#: 0.885 / 0.751; 400 trees 0.875 / 0.748.
BOOSTING: dict[str, Any] = {"n_estimators": 200, "max_depth": 3, "learning_rate": 0.05}


def fit(data: Labelled, learner: str = LEARNER) -> ResolverModel:
    """The keep/drop model fitted on ``data`` by ``learner`` ("trees" or "linear"),
    Platt-calibrated, at a provisional threshold of 0.5."""
    if learner == "blend":
        return fit_blend(data)
    if learner == "trees":
        return fit_trees(data)
    if learner == "linear":
        weights, bias, calibration = fit_linear(data)
        return ResolverModel(weights, bias, 0.5, 1.0, {"calibration": calibration})
    raise ValueError(f"unknown learner {learner!r} (blend, trees or linear)")


def fit_blend(data: Labelled) -> ResolverModel:
    """Trees and logistic regression, each calibrated, their log-odds mixed with the
    linear share ``BLEND_LINEAR``; the file holds both parts, scaled (the model's score is
    already ``rows @ weights + bias + trees``).

    Why: a tree answers from the one leaf a row reaches, so in a region the training
    links barely cover it gives that leaf's doubt even when every other fact agrees — a
    "she added" three sentences after her last quote ("previous speaker", no rival, a
    wide margin, but a long distance) got 0.42 from the trees and 0.99 from the linear
    model, which adds the facts up. A small linear share keeps the trees' ranking (AUC
    above) and lets such agreeing evidence count."""
    trees = fit_trees(data)
    weights, bias, calibration = fit_linear(data)
    assert trees.trees is not None
    share = BLEND_LINEAR
    scaled = replace(trees.trees, value=trees.trees.value * (1.0 - share))
    info = {
        "calibration": {"trees": trees.info["calibration"], "linear": calibration, "linear_share": share},
        "importance": trees.info["importance"],
    }
    return ResolverModel(
        weights * share, share * bias + (1.0 - share) * trees.bias, 0.5, 1.0, info, trees=scaled
    )


def _platt(held_out: npt.NDArray[np.float64], y: npt.NDArray[np.int_]) -> tuple[float, float]:
    """Slope and offset of a one-feature logistic fit of held-out scores to the labels."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    platt = LogisticRegression(C=1e6, max_iter=5000).fit(held_out.reshape(-1, 1), y)
    return float(platt.coef_[0][0]), float(platt.intercept_[0])


def fit_trees(data: Labelled) -> ResolverModel:
    """scikit-learn's ``GradientBoostingClassifier`` (``BOOSTING``), exported as plain trees.

    Its raw score is a base log-odds plus ``learning_rate`` times the sum of the trees'
    leaf values. Platt scaling of held-out scores (5 stratified folds, as for the linear
    model) is affine in that score, so it folds into the leaf values and the bias: the
    file holds trees whose leaf values simply add up to the calibrated log-odds. The
    export is checked against scikit-learn's own scores on the training rows."""
    from sklearn.ensemble import GradientBoostingClassifier  # type: ignore[import-untyped]
    from sklearn.model_selection import StratifiedKFold, cross_val_predict  # type: ignore[import-untyped]

    x = np.asarray(data.rows, dtype=np.float64)
    y = np.asarray(data.labels)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    held_out = cross_val_predict(
        GradientBoostingClassifier(random_state=0, **BOOSTING), x, y, cv=folds, method="decision_function"
    )
    slope, offset = _platt(np.asarray(held_out, dtype=np.float64), y)
    booster = GradientBoostingClassifier(random_state=0, **BOOSTING).fit(x, y)
    rate = float(booster.learning_rate)
    lists = []
    for estimator in booster.estimators_[:, 0]:
        tree = estimator.tree_
        leaf = tree.children_left == -1
        lists.append(
            {
                "feature": np.where(leaf, LEAF, tree.feature).tolist(),
                "threshold": np.where(leaf, 0.0, tree.threshold).tolist(),
                "left": np.where(leaf, LEAF, tree.children_left).tolist(),
                "right": np.where(leaf, LEAF, tree.children_right).tolist(),
                "value": (tree.value[:, 0, 0] * rate * slope).tolist(),
            }
        )
    trees = trees_from_lists(lists, len(FEATURES))
    raw = np.asarray(booster.decision_function(x), dtype=np.float64)
    base = float(np.median(raw * slope - trees.score(x)))
    model = ResolverModel(np.zeros(len(FEATURES)), base + offset, 0.5, 1.0, trees=trees)
    gap = float(np.max(np.abs(model.scores(x) - (raw * slope + offset))))
    if gap > 1e-4:
        raise RuntimeError(f"exported trees disagree with scikit-learn's scores by {gap}")
    calibration = {"platt_slope": round(slope, 4), "platt_offset": round(offset, 4)}
    return replace(model, info={"calibration": calibration, "importance": _importance(booster)})


def _importance(booster: Any) -> dict[str, float]:
    """The fifteen features the trees split on most usefully (impurity decrease, summed to 1)."""
    ranked = sorted(zip(FEATURES, booster.feature_importances_, strict=True), key=lambda kv: -kv[1])
    return {name: round(float(v), 3) for name, v in ranked[:15]}


def fit_linear(data: Labelled) -> tuple[npt.NDArray[np.float64], float, dict[str, float]]:
    """Logistic-regression weights and bias on the raw feature scale, Platt-calibrated
    (the round 1-3 model, kept for comparison: ``train(..., learner="linear")``).

    The regression is fitted on standardised rows; its scores on held-out folds
    (5-fold, stratified) are mapped to probabilities by a one-feature logistic fit
    (Platt scaling), so a stated 0.8 is right about 8 times in 10 on data the model did
    not see. Scaling and calibration are both affine in the score, so they fold into
    one weight vector and bias: inference stays one dot product."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline  # type: ignore[import-untyped]
    from sklearn.preprocessing import StandardScaler  # type: ignore[import-untyped]

    x = np.asarray(data.rows, dtype=np.float64)
    y = np.asarray(data.labels)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    held_out = cross_val_predict(
        make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000)),
        x,
        y,
        cv=folds,
        method="decision_function",
    )
    slope, offset = _platt(np.asarray(held_out, dtype=np.float64), y)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    classifier = LogisticRegression(C=C, max_iter=5000).fit((x - scaler.mean_) / scale, y)
    weights = classifier.coef_[0] / scale
    bias = float(classifier.intercept_[0] - np.sum(classifier.coef_[0] * scaler.mean_ / scale))
    calibration = {"platt_slope": round(slope, 4), "platt_offset": round(offset, 4)}
    return weights * slope, bias * slope + offset, calibration
