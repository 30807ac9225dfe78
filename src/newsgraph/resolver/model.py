"""The shipped resolver model: logistic-regression coefficients in JSON, applied with numpy.

Why JSON and not a pickle of the scikit-learn estimator: loading a pickle runs code
from the file, and a package data file should never be able to do that. A logistic
regression is fully described by one weight per feature and a bias, so the file
holds exactly those (with the feature names, the link threshold, the training data
versions and figures) and scoring is one matrix product.
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

#: Package data location of the shipped model.
MODEL_RESOURCE = ("newsgraph.data", "resolver", "model.json")
FORMAT = "newsgraph-resolver/1"


@dataclass(frozen=True)
class ResolverModel:
    """Weights over ``FEATURES``; ``threshold`` is the least probability at which a rule
    link is kept. ``role_threshold`` stays in the file format from the first version
    (role nouns were ranked too); role nouns are now the hand rule's, and it is unused."""

    weights: npt.NDArray[np.float64]
    bias: float
    threshold: float
    role_threshold: float
    info: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """P(candidate is the antecedent) for each row of a (pairs x features) matrix."""
        if rows.size == 0:
            return np.zeros(0)
        z = rows @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "role_threshold": self.role_threshold,
            "info": self.info,
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1, sort_keys=False) + "\n", encoding="utf-8")


def from_json(data: dict[str, Any], origin: str) -> ResolverModel:
    """A model from its JSON form; ``InputError`` when it is not one or was built for other features."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(origin, f"not a newsgraph resolver model (format {FORMAT!r} expected)")
    if data.get("features") != list(FEATURES):
        raise InputError(
            origin, "the model was trained on other features; retrain with `newsgraph train resolver`"
        )
    weights = np.asarray(data["weights"], dtype=np.float64)
    if weights.shape != (len(FEATURES),):
        raise InputError(origin, f"{weights.shape[0]} weights for {len(FEATURES)} features")
    return ResolverModel(
        weights=weights,
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        role_threshold=float(data.get("role_threshold") or data["threshold"]),
        info=dict(data.get("info", {})),
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
