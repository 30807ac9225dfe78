"""The shipped resolver model: a score in JSON, applied with numpy.

The score of a link is ``rows @ weights + bias`` plus, when the file has them, the sum
of gradient-boosted regression trees (``newsgraph.resolver.trees``); its logistic is the
calibrated probability. A logistic-regression model has only the linear part; the
shipped model (round 4) is both: 0.8 of the calibrated trees' log-odds plus 0.2 of the
calibrated logistic regression's, folded into the leaf values, weights and bias; a
``runner_up`` model of the same form scores the rules' second choice.

Why JSON and not a pickle of the scikit-learn estimator: loading a pickle runs code
from the file, and a package data file should never be able to do that; it would also
tie the package to one scikit-learn version at run time. Both models are fully
described by numbers (weights, thresholds, children, leaf values), so the file holds
exactly those, with the feature names, the link threshold, the training data versions
and figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from newsgraph.errors import InputError
from newsgraph.resolver.features import FEATURES
from newsgraph.resolver.trees import TreeFormatError, Trees, trees_from_lists

#: Package data location of the shipped model.
MODEL_RESOURCE = ("newsgraph.data", "resolver", "model.json")
FORMAT = "newsgraph-resolver/2"
#: Formats still read: version 1 is the linear model without a ``trees`` entry.
READABLE_FORMATS = ("newsgraph-resolver/1", FORMAT)


@dataclass(frozen=True)
class ResolverModel:
    """Weights over ``FEATURES`` and optional trees; ``threshold`` is the least probability
    at which a rule link is kept. ``role_threshold`` stays in the file format from the
    first version (role nouns were ranked too); role nouns are now the hand rule's, and
    it is unused."""

    weights: npt.NDArray[np.float64]
    bias: float
    threshold: float
    role_threshold: float
    info: dict[str, Any] = field(default_factory=dict)
    trees: Trees | None = None
    #: Scores the rules' runner-up referent when their own choice is dropped: the link
    #: goes to the runner-up when this model's probability reaches *its* threshold.
    runner_up: ResolverModel | None = None
    #: Keep thresholds of their own for some kinds of pronoun, where the file names them: a
    #: family ("he", "she", "it", "they") or a family's possessives ("he-poss": "his"). The
    #: kinds differ in how often the rules' links are right and in how many training links
    #: the model has seen (session 24). The most specific kind named wins.
    family_thresholds: dict[str, float] = field(default_factory=dict)

    def threshold_for(self, kind: str) -> float:
        """The keep threshold of a pronoun of ``kind`` ("he", "he-poss", "it", ...)."""
        family = kind.split("-")[0]
        return self.family_thresholds.get(kind, self.family_thresholds.get(family, self.threshold))

    def scores(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The calibrated log-odds of each row of a (pairs x features) matrix."""
        if rows.size == 0:
            return np.zeros(0)
        z = rows @ self.weights + self.bias
        if self.trees is not None:
            z = z + self.trees.score(rows)
        return np.asarray(z, dtype=np.float64)

    def probabilities(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """P(candidate is the antecedent) for each row of a (pairs x features) matrix."""
        if rows.size == 0:
            return np.zeros(0)
        return np.asarray(1.0 / (1.0 + np.exp(-self.scores(rows))), dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "role_threshold": self.role_threshold,
            **({"family_thresholds": self.family_thresholds} if self.family_thresholds else {}),
            "info": self.info,
            "trees": self.trees.to_json() if self.trees is not None else None,
            "runner_up": self.runner_up.to_json() if self.runner_up is not None else None,
        }

    def save(self, path: Path) -> None:
        """Write the model; each tree on its own line so the file stays small and diffable."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = self.to_json()
        compact: list[str] = []
        for part in (data, data.get("runner_up")):
            if isinstance(part, dict) and part.get("trees") is not None:
                lines = ",\n  ".join(json.dumps(tree, separators=(",", ":")) for tree in part["trees"])
                part["trees"] = f"@trees{len(compact)}@"
                compact.append("[\n  " + lines + "\n ]")
        text = json.dumps(data, indent=1, sort_keys=False)
        for k, lines in enumerate(compact):
            text = text.replace(f'"@trees{k}@"', lines)
        path.write_text(text + "\n", encoding="utf-8")


def from_json(data: dict[str, Any], origin: str) -> ResolverModel:
    """A model from its JSON form; ``InputError`` when it is not one or was built for other features."""
    if not isinstance(data, dict) or data.get("format") not in READABLE_FORMATS:
        raise InputError(origin, f"not a newsgraph resolver model (format {FORMAT!r} expected)")
    if data.get("features") != list(FEATURES):
        raise InputError(
            origin, "the model was trained on other features; retrain with `newsgraph train resolver`"
        )
    weights = np.asarray(data["weights"], dtype=np.float64)
    if weights.shape != (len(FEATURES),):
        raise InputError(origin, f"{weights.shape[0]} weights for {len(FEATURES)} features")
    trees = None
    if data.get("trees") is not None:
        try:
            trees = trees_from_lists(list(data["trees"]), len(FEATURES))
        except (TreeFormatError, TypeError, ValueError) as exc:
            raise InputError(origin, f"damaged trees: {exc}") from exc
    runner_up = None
    if data.get("runner_up") is not None:
        runner_up = from_json(data["runner_up"], f"{origin} (runner-up model)")
    return ResolverModel(
        weights=weights,
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        role_threshold=float(data.get("role_threshold") or data["threshold"]),
        family_thresholds={str(k): float(v) for k, v in dict(data.get("family_thresholds") or {}).items()},
        info=dict(data.get("info", {})),
        trees=trees,
        runner_up=runner_up,
    )


def read_model(path: Path) -> ResolverModel:
    """Load a model file written by ``newsgraph train resolver``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read resolver model ({exc})") from exc
    return from_json(data, str(path))


@cache
def load_model() -> ResolverModel | None:
    """The shipped model, loaded once per process; ``None`` when the package has none yet
    (then the entities stage links no pronouns rather than guess)."""
    package, folder, name = MODEL_RESOURCE
    resource = resources.files(package).joinpath(folder).joinpath(name)
    if not resource.is_file():
        return None
    return from_json(json.loads(resource.read_text(encoding="utf-8")), f"{package}/{folder}/{name}")
