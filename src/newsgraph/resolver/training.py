"""``newsgraph train resolver``: fit the pronoun / role-noun model on coreference gold.

1. Parse the training sets with the production pipeline (dateline stage, then the
   entities builder in collecting mode), so training rows are exactly the rows the
   entities stage scores at run time.
2. Label each (anaphor, candidate) pair: GUM — both align to mentions of the same
   gold entity; GAP — the candidate's cluster covers A or B, labelled by A/B-coref
   (candidates covering neither are left out: GAP says nothing about them).
3. Fit scikit-learn's ``LogisticRegression`` on standardised rows; fold the scaling
   into the weights so inference is one dot product.
4. Choose the link threshold on the tuning set GUM dev by running the entities stage
   with the new model at each threshold of a grid: the lowest threshold at which at
   most ``MAX_WRONG_NAMED`` of the pronouns that refer to a named person or
   organisation are linked to a different named entity (precision first: a wrong named
   referent, and so a wrong named speaker, is worse than none). GAP validation and the
   pair-level figures are recorded beside it.

Training never reads PolNeAR: it stays an evaluation set.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.tokens import Doc

from newsgraph.evaluation.gap import GapExample, read_gap
from newsgraph.evaluation.gum import align
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.resolver.features import FEATURES, AnaphorGroup
from newsgraph.resolver.model import ResolverModel

#: A wrong link costs this many right ones (pair-level figures, role-noun threshold).
WRONG_COST = 3.0
#: The largest share of pronouns linked to a wrong named entity the threshold may allow.
MAX_WRONG_NAMED = 0.05
#: Role nouns ("the minister"): the training sets hold fewer than a hundred, too few to
#: tune a threshold on, so they link at even odds.
ROLE_THRESHOLD = 0.5
#: Thresholds tried on the tuning set.
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
#: Inverse regularisation strength of the logistic regression.
C = 1.0
#: Where each dataset came from (../shared/data/README.md).
SOURCES = {
    "gum": "amir-zeldes/gum @ 72ce5ac (CC BY 4.0 annotations)",
    "gap": "google-research-datasets/gap-coreference @ 83135f2 (Apache-2.0)",
}


@dataclass
class Labelled:
    """Rows with 0/1 labels, and which group (anaphor) each row belongs to."""

    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    roles: list[bool] = field(default_factory=list)  # per group: a role noun
    n_groups: int = 0

    def add(self, rows: list[list[float]], labels: list[int], role: bool) -> None:
        if not rows:
            return
        self.rows += rows
        self.labels += labels
        self.groups += [self.n_groups] * len(rows)
        self.roles.append(role)
        self.n_groups += 1

    def extend(self, other: Labelled) -> None:
        for g in range(other.n_groups):
            idx = [i for i, x in enumerate(other.groups) if x == g]
            self.add([other.rows[i] for i in idx], [other.labels[i] for i in idx], other.roles[g])


def _docs(documents: list[Document]) -> Iterator[Doc]:
    """Parsed docs with the dateline stage only: the entities builder runs in collecting mode."""
    nlp = load_pipeline(None, ("dateline",))
    yield from nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=16)


def _groups(doc: Doc) -> list[AnaphorGroup]:
    from newsgraph.entities.build import build_entities

    collected: list[AnaphorGroup] = []
    build_entities(doc, collected)
    return collected


def gum_examples(path: Path) -> Labelled:
    """Pairs from a GUM JSONL file, labelled by gold coreference."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [Document(id=str(item["id"]), text=item["text"]) for item in items]
    out = Labelled()
    for item, doc in zip(items, _docs(documents), strict=True):
        gold: list[dict[str, Any]] = item["mentions"]
        for group in _groups(doc):
            target = align(*group.anaphor, gold)
            # A pronoun GUM does not mark, or a role noun aligned only loosely, links to nothing.
            entity = None
            if target is not None and (
                (target["core_start"], target["core_end"]) == group.anaphor
                or (target["start"], target["end"]) == group.anaphor
                or group.role
            ):
                entity = target["entity_id"]
            labels = []
            for span in group.candidates:
                other = align(*span, gold)
                labels.append(int(entity is not None and other is not None and other["entity_id"] == entity))
            out.add(group.rows, labels, group.role)
    return out


def gap_examples(path: Path) -> Labelled:
    """Pairs from a GAP TSV file: only the example's pronoun, only candidates covering A or B."""
    examples: list[GapExample] = list(read_gap(path))
    documents = [Document(id=e.id, text=e.text) for e in examples]
    out = Labelled()

    def covers(spans: list[tuple[int, int]], target: tuple[int, int]) -> bool:
        return any(s < target[1] and e > target[0] for s, e in spans)

    for example, doc in zip(examples, _docs(documents), strict=True):
        for group in _groups(doc):
            if group.role or group.anaphor != example.pronoun:
                continue
            rows, labels = [], []
            for row, spans in zip(group.rows, group.cluster_spans, strict=True):
                on_a, on_b = covers(spans, example.a), covers(spans, example.b)
                if not (on_a or on_b):
                    continue
                rows.append(row)
                labels.append(int((on_a and example.a_coref) or (on_b and example.b_coref)))
            out.add(rows, labels, False)
    return out


def fit(data: Labelled) -> tuple[npt.NDArray[np.float64], float]:
    """Logistic-regression weights and bias on the raw feature scale."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from sklearn.preprocessing import StandardScaler  # type: ignore[import-untyped]

    x = np.asarray(data.rows, dtype=np.float64)
    y = np.asarray(data.labels)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    classifier = LogisticRegression(C=C, max_iter=5000).fit((x - scaler.mean_) / scale, y)
    weights = classifier.coef_[0] / scale
    bias = float(classifier.intercept_[0] - np.sum(classifier.coef_[0] * scaler.mean_ / scale))
    return weights, bias


def decisions(
    data: Labelled, weights: npt.NDArray[np.float64], bias: float, role: bool
) -> list[tuple[float, bool]]:
    """Per anaphor group of the chosen kind: (best candidate's probability, whether it is right)."""
    x = np.asarray(data.rows, dtype=np.float64)
    probs = 1.0 / (1.0 + np.exp(-(x @ weights + bias))) if len(x) else np.zeros(0)
    best: dict[int, tuple[float, bool]] = {}
    for p, label, g in zip(probs, data.labels, data.groups, strict=True):
        if data.roles[g] != role:
            continue
        if g not in best or p > best[g][0]:
            best[g] = (float(p), bool(label))
    return list(best.values())


def choose_threshold(outcomes: list[tuple[float, bool]]) -> tuple[float, dict[str, float]]:
    """The threshold maximising right - WRONG_COST * wrong, with the figures at it."""
    best_t, best_value = 0.5, -1e9
    for t in np.arange(0.10, 0.951, 0.025):
        right = sum(1 for p, ok in outcomes if p >= t and ok)
        wrong = sum(1 for p, ok in outcomes if p >= t and not ok)
        value = right - WRONG_COST * wrong
        if value > best_value:
            best_t, best_value = float(round(t, 3)), value
    return best_t, figures(outcomes, best_t)


def figures(outcomes: list[tuple[float, bool]], threshold: float) -> dict[str, float]:
    """Share of anaphors linked right, linked wrong and linked at all at ``threshold``."""
    n = len(outcomes) or 1
    linked = [ok for p, ok in outcomes if p >= threshold]
    return {
        "anaphors": len(outcomes),
        "right": round(sum(linked) / n, 3),
        "wrong": round((len(linked) - sum(linked)) / n, 3),
        "linked": round(len(linked) / n, 3),
    }


def pipeline_threshold(
    path: Path, model: ResolverModel, log: Any
) -> tuple[float, dict[str, dict[str, float]]]:
    """The lowest threshold whose GUM pronoun->named wrong rate is at most ``MAX_WRONG_NAMED``."""
    from dataclasses import replace

    from newsgraph.entities.build import build_entities
    from newsgraph.evaluation.gum import pronoun_outcomes

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = list(_docs([Document(id=str(item["id"]), text=item["text"]) for item in items]))
    table: dict[str, dict[str, float]] = {}
    chosen = THRESHOLDS[-1]
    for t in THRESHOLDS:
        candidate = replace(model, threshold=t)
        totals = [0, 0, 0, 0]
        for item, doc in zip(items, docs, strict=True):
            for k, v in enumerate(pronoun_outcomes(item["mentions"], build_entities(doc, model=candidate))):
                totals[k] += v
        n = totals[0] or 1
        row = {
            "accuracy": round(totals[1] / n, 3),
            "wrong_named": round(totals[2] / n, 3),
            "resolved": round(totals[3] / n, 3),
        }
        table[str(t)] = row
        log(f"  threshold {t}: {row}")
        if row["wrong_named"] <= MAX_WRONG_NAMED and chosen == THRESHOLDS[-1]:
            chosen = t
    return chosen, table


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def train(data_dir: Path, out: Path, log: Any = print) -> ResolverModel:
    """Train on GUM train + GAP development, tune on GUM dev + GAP validation, write ``out``."""
    files = {
        "gum_train": data_dir / "gum" / "train.jsonl",
        "gap_train": data_dir / "gap" / "gap-development.tsv",
        "gum_tune": data_dir / "gum" / "dev.jsonl",
        "gap_tune": data_dir / "gap" / "gap-validation.tsv",
    }
    from newsgraph.errors import InputError

    for path in files.values():
        if not path.is_file():
            raise InputError(str(path), "training data missing (see ../shared/data/README.md)")
    log("parsing GUM train ...")
    gum_train = gum_examples(files["gum_train"])
    log("parsing GAP development ...")
    gap_train = gap_examples(files["gap_train"])
    log("parsing GUM dev and GAP validation (tuning) ...")
    gum_tune = gum_examples(files["gum_tune"])
    gap_tune = gap_examples(files["gap_tune"])
    training = Labelled()
    training.extend(gum_train)
    training.extend(gap_train)
    tuning = Labelled()
    tuning.extend(gum_tune)
    tuning.extend(gap_tune)
    log(f"fitting on {len(training.rows)} pairs ({training.n_groups} anaphors) ...")
    weights, bias = fit(training)
    _, tune_figures = choose_threshold(decisions(tuning, weights, bias, role=False))
    log("choosing the threshold on GUM dev ...")
    draft = ResolverModel(weights=weights, bias=bias, threshold=0.5, role_threshold=0.5)
    threshold, sweep = pipeline_threshold(files["gum_tune"], draft, log)
    tune_figures = figures(decisions(tuning, weights, bias, role=False), threshold)
    role_outcomes = decisions(tuning, weights, bias, role=True) + decisions(
        training, weights, bias, role=True
    )
    role_threshold = ROLE_THRESHOLD
    role_figures = figures(role_outcomes, role_threshold)
    info = {
        "trained_on": {
            k: {"file": files[k].name, "sha256": _sha256(files[k])} for k in ("gum_train", "gap_train")
        },
        "tuned_on": {
            k: {"file": files[k].name, "sha256": _sha256(files[k])} for k in ("gum_tune", "gap_tune")
        },
        "sources": SOURCES,
        "learner": f"sklearn LogisticRegression(C={C}) on standardised features, scaling folded in",
        "pairs": len(training.rows),
        "anaphors": training.n_groups,
        "positive_pairs": int(sum(training.labels)),
        "wrong_cost": WRONG_COST,
        "threshold_rule": f"lowest threshold with GUM dev pronoun->named wrong rate <= {MAX_WRONG_NAMED}",
        "gum_dev_pronoun_named_by_threshold": sweep,
        "pronoun_tuning_at_threshold": tune_figures,
        "pronoun_tuning_gum_dev": figures(decisions(gum_tune, weights, bias, role=False), threshold),
        "pronoun_tuning_gap_validation": figures(decisions(gap_tune, weights, bias, role=False), threshold),
        "pronoun_training_fit": figures(decisions(training, weights, bias, role=False), threshold),
        "role_nouns_train_and_tune_at_threshold": role_figures,
    }
    model = ResolverModel(
        weights=weights, bias=bias, threshold=threshold, role_threshold=role_threshold, info=info
    )
    model.save(out)
    log(f"threshold {threshold} (role nouns {role_threshold}); tuning: {tune_figures}")
    log(f"wrote {out}")
    return model


def feature_weights(model: ResolverModel) -> Iterable[tuple[str, float]]:
    """Feature names with their weights, largest magnitude first (for docs and debugging)."""
    return sorted(zip(FEATURES, (float(w) for w in model.weights), strict=True), key=lambda kv: -abs(kv[1]))
