"""Evaluating a fitted gradient-boosted tree ensemble from plain arrays.

The learning is scikit-learn's (``GradientBoostingClassifier`` in
``newsgraph.training.resolver``); only the *evaluation* of the fitted trees is ours,
because the package must load its model without a pickle (a pickle runs code from the
file) and without importing scikit-learn at run time. A regression tree is fully
described by, per node, the feature it tests, the threshold, its two children and,
at a leaf, the value it adds: that is all the JSON file holds, and walking it is a few
numpy indexing steps per level for a whole document's links at once.

Tests follow scikit-learn's convention exactly: a row goes left when its value, as a
32-bit float (the trees were fitted on float32 copies of the rows), is at most the
node's threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

#: Marks a leaf in the ``feature``, ``left`` and ``right`` lists of a tree.
LEAF = -1


class TreeFormatError(ValueError):
    """The tree lists are not a well-formed ensemble (the model loader turns this into an InputError)."""


@dataclass(frozen=True)
class Trees:
    """All trees' nodes in flat arrays (node ids global), the root of each tree, and the
    deepest path: the score of a row is the sum over trees of the leaf value it reaches."""

    feature: npt.NDArray[np.intp]
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.intp]
    right: npt.NDArray[np.intp]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.intp]
    depth: int

    def score(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Sum of the leaf values each row of a (rows x features) matrix reaches."""
        if rows.shape[0] == 0 or self.roots.size == 0:
            return np.zeros(rows.shape[0])
        x = rows.astype(np.float32).astype(np.float64)
        nodes = np.tile(self.roots, (x.shape[0], 1))
        row_index = np.arange(x.shape[0])[:, None]
        for _ in range(self.depth):
            tested = self.feature[nodes]
            leaf = tested == LEAF
            goes_left = x[row_index, np.where(leaf, 0, tested)] <= self.threshold[nodes]
            nodes = np.where(leaf, nodes, np.where(goes_left, self.left[nodes], self.right[nodes]))
        return np.asarray(self.value[nodes].sum(axis=1), dtype=np.float64)

    def to_json(self) -> list[dict[str, list[Any]]]:
        """One dict of node lists per tree, node ids local to the tree."""
        out: list[dict[str, list[Any]]] = []
        ends = [*self.roots[1:].tolist(), len(self.feature)]
        for start, end in zip(self.roots.tolist(), ends, strict=True):
            part = slice(start, end)
            leaf = self.feature[part] == LEAF
            out.append(
                {
                    "feature": self.feature[part].tolist(),
                    "threshold": np.where(leaf, 0.0, self.threshold[part]).tolist(),
                    "left": np.where(leaf, LEAF, self.left[part] - start).tolist(),
                    "right": np.where(leaf, LEAF, self.right[part] - start).tolist(),
                    "value": np.where(leaf, np.round(self.value[part], 7), 0.0).tolist(),
                }
            )
        return out


def trees_from_lists(trees: list[dict[str, list[Any]]], n_features: int) -> Trees:
    """Flatten per-tree node lists (as ``Trees.to_json`` writes them) into one ``Trees``.

    Checked so a damaged file fails here, not as a wrong score: every tested feature
    exists, and every child comes after its parent inside the same tree (so the walk
    ends: no node can lead back to itself)."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    depth = 0
    for k, tree in enumerate(trees):
        try:
            columns = [list(tree[key]) for key in ("feature", "threshold", "left", "right", "value")]
        except (KeyError, TypeError) as exc:
            raise TreeFormatError(f"tree {k}: node lists missing ({exc})") from exc
        size = len(columns[0])
        if size == 0 or any(len(c) != size for c in columns):
            raise TreeFormatError(f"tree {k}: node lists of different lengths")
        start = len(feature)
        levels = [0] * size
        for node in range(size):
            f, lo, hi = int(columns[0][node]), int(columns[2][node]), int(columns[3][node])
            if f == LEAF:
                continue
            if not 0 <= f < n_features:
                raise TreeFormatError(f"tree {k}: node {node} tests feature {f} of {n_features}")
            if not (node < lo < size and node < hi < size):
                raise TreeFormatError(f"tree {k}: node {node} has children outside the tree")
            levels[lo] = levels[hi] = levels[node] + 1
        depth = max(depth, *levels)
        roots.append(start)
        feature += [int(f) for f in columns[0]]
        threshold += [float(t) for t in columns[1]]
        left += [start + int(c) if int(c) != LEAF else LEAF for c in columns[2]]
        right += [start + int(c) if int(c) != LEAF else LEAF for c in columns[3]]
        value += [float(v) for v in columns[4]]
    return Trees(
        feature=np.asarray(feature, dtype=np.intp),
        threshold=np.asarray(threshold, dtype=np.float64),
        left=np.asarray(left, dtype=np.intp),
        right=np.asarray(right, dtype=np.intp),
        value=np.asarray(value, dtype=np.float64),
        roots=np.asarray(roots, dtype=np.intp),
        depth=depth,
    )
