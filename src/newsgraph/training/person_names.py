"""``newsgraph train person-names``: fit the learned "is this capitalised name a person?"
decision of the entities stage (``newsgraph.entities.person_names``).

1. Parse GUM train and GAP development with the production pipeline (dateline stage,
   then the entities builder with ``COLLECT_KEY`` set), so the rows are exactly the
   candidate names the entities stage asks about at run time: one- and two-word
   capitalised names the tagger typed no PERSON (or left untagged) that the hand rules
   of ``referred`` did not make persons.
2. Label each name: GUM train — by the gold named mention (``is_named``) that holds its
   occurrences, a person (1) or an organisation, place, object, event or abstract (0);
   GAP development — its A and B names are persons (1); of its other names only a known
   place (``lexicon.known_place``) is labelled (0); the rest are left out (GAP does not
   type them).
3. Fit scikit-learn's ``LogisticRegression`` on standardised rows of GUM train and
   three quarters of GAP development (split by a hash of the example id); the weights,
   means and scales go into the JSON file, applied at run time without scikit-learn.
4. Choose the threshold, precision first, on the names the entities stage asks about
   (``referred._learned_candidate``, with a he/she near): the lowest at which the names
   of the held-back quarter of GAP development (scored by the model fitted without it)
   together with GUM train's (each fold of documents scored by a model fitted without
   it) are persons at least ``MIN_PRECISION`` of the time. The model is fitted on every
   labelled name, asked or not: the asked ones are too few alone.

Training never reads PolNeAR: it stays an evaluation set.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from newsgraph.entities import lexicon
from newsgraph.entities.person_names import COLLECT_KEY, PersonNameModel
from newsgraph.evaluation.gap import GapExample, read_gap
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.training import file_sha256
from newsgraph.training.resolver import SOURCES  # the same GUM and GAP versions

#: The least share of names called persons that must be persons (on both pools, step 4).
MIN_PRECISION = 0.9
#: Thresholds tried.
THRESHOLDS = tuple(round(0.5 + 0.025 * k, 3) for k in range(20))
#: GAP development examples held back for the threshold: one in ``HOLD_BACK``.
HOLD_BACK = 4
#: Document folds of GUM train for its out-of-fold scores.
FOLDS = 5
#: Regularisation of the logistic regression (scikit-learn's C).
C = 0.5
#: GUM entity types that are no person.
_NOT_PERSON = frozenset({"organization", "place", "object", "event", "abstract", "substance", "plant"})


@dataclass
class Names:
    """Labelled name rows, each with its source and group (GUM document fold, GAP part)."""

    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    folds: list[int] = field(default_factory=list)  # GUM: document fold; GAP: -1 train part, -2 held back
    asked: list[bool] = field(default_factory=list)  # the entities stage asks the model about it

    def add(self, row: list[float], label: int, fold: int, asked: bool = True) -> None:
        self.rows.append(row)
        self.labels.append(label)
        self.folds.append(fold)
        self.asked.append(asked)


def parsed(documents: list[Document]) -> Iterator[Doc]:
    """Parsed docs with the dateline stage only (the entities builder runs in ``rows``)."""
    nlp = load_pipeline(None, ("dateline",))
    yield from nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=16)


Row = tuple[list[tuple[int, int]], list[float], bool]


def rows(doc: Doc) -> list[Row]:
    """Each candidate name's occurrence spans, feature row and whether the entities stage
    asks the model about it, as the entities stage sees them."""
    from newsgraph.entities.build import build_entities

    collected: list[Row] = []
    doc.user_data[COLLECT_KEY] = collected
    try:
        build_entities(doc)
    finally:
        del doc.user_data[COLLECT_KEY]
    return collected


def _gold_label(span: tuple[int, int], gold: list[dict[str, Any]]) -> int | None:
    """1 person, 0 not, None unknown: the shortest gold named mention holding the span."""
    holding = [m for m in gold if m.get("is_named") and m["start"] <= span[0] and span[1] <= m["end"]]
    if not holding:
        return None
    best = min(holding, key=lambda m: m["end"] - m["start"])
    if best["type"] == "person":
        return 1
    return 0 if best["type"] in _NOT_PERSON else None


def gum_names(items: list[dict[str, Any]], docs: Iterable[Doc], out: Names) -> None:
    """GUM train's candidate names, labelled by the majority of their occurrences' gold types."""
    for k, (item, doc) in enumerate(zip(items, docs, strict=True)):
        for spans, row, asked in rows(doc):
            labels = (_gold_label(span, item["mentions"]) for span in spans)
            votes = Counter(label for label in labels if label is not None)
            if votes:
                out.add(row, votes.most_common(1)[0][0], k % FOLDS, asked)


def held_back(example_id: str) -> bool:
    return int(hashlib.sha256(example_id.encode()).hexdigest(), 16) % HOLD_BACK == 0


def gap_names(examples: list[GapExample], docs: Iterable[Doc], out: Names) -> None:
    """GAP's A/B names (persons) and its known places (not); other names are left out."""
    for example, doc in zip(examples, docs, strict=True):
        fold = -2 if held_back(example.id) else -1
        for spans, row, asked in rows(doc):
            if any(s < t[1] and e > t[0] for s, e in spans for t in (example.a, example.b)):
                out.add(row, 1, fold, asked)
            elif lexicon.known_place(example.text[spans[0][0] : spans[0][1]]):
                out.add(row, 0, fold, asked)


def fit(data: Names, keep: Callable[[int], bool]) -> PersonNameModel:
    """A logistic regression on the rows whose fold ``keep`` accepts (threshold 0.5)."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    idx = [i for i, f in enumerate(data.folds) if keep(f)]
    x = np.asarray([data.rows[i] for i in idx], dtype=np.float64)
    y = np.asarray([data.labels[i] for i in idx])
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    learner = LogisticRegression(C=C, max_iter=2000)
    learner.fit((x - means) / scales, y)
    return PersonNameModel(
        weights=tuple(float(w) for w in learner.coef_[0]),
        bias=float(learner.intercept_[0]),
        threshold=0.5,
        means=tuple(float(m) for m in means),
        scales=tuple(float(s) for s in scales),
    )


def precision_recall(scored: list[tuple[float, int]], threshold: float) -> tuple[float, float, int]:
    called = [label for p, label in scored if p >= threshold]
    positives = sum(label for _, label in scored)
    right = sum(called)
    precision = right / len(called) if called else 1.0
    return precision, (right / positives if positives else 0.0), len(called)


def choose_threshold(scored: list[tuple[float, int]]) -> float:
    """The lowest threshold at which ``MIN_PRECISION`` of the names called persons are (step 4)."""
    for t in THRESHOLDS:
        if precision_recall(scored, t)[0] >= MIN_PRECISION:
            return t
    return 1.0


def _not_fold(fold: int) -> Callable[[int], bool]:
    return lambda f: f != fold


def train_on(data: Names, log: Callable[[str], None] = print) -> PersonNameModel:
    """Fit, score out of fold, choose the threshold on the names the stage asks about;
    the returned model has the figures in ``info``."""
    asked_gum: list[tuple[float, int]] = []
    for fold in range(FOLDS):
        model = fit(data, _not_fold(fold))
        asked_gum += [
            (model.probability(data.rows[i]), data.labels[i])
            for i, f in enumerate(data.folds)
            if f == fold and data.asked[i]
        ]
    final = fit(data, lambda f: f != -2)
    asked_gap = [
        (final.probability(data.rows[i]), data.labels[i])
        for i, f in enumerate(data.folds)
        if f == -2 and data.asked[i]
    ]
    threshold = choose_threshold(asked_gum + asked_gap)
    counts = Counter(
        (("gap" if f < 0 else "gum"), label, asked)
        for f, label, asked in zip(data.folds, data.labels, data.asked, strict=True)
    )
    figures: dict[str, Any] = {
        "rows": {
            f"{source}_{'person' if label else 'other'}{'_asked' if asked else ''}": n
            for (source, label, asked), n in sorted(counts.items())
        }
    }
    pools = (("gum_out_of_fold", asked_gum), ("gap_held_back", asked_gap), ("both", asked_gum + asked_gap))
    for name, scored in pools:
        p, r, n = precision_recall(scored, threshold)
        figures[name] = {"precision": round(p, 3), "recall": round(r, 3), "called": n, "names": len(scored)}
    log(f"threshold {threshold}: {json.dumps(figures)}")
    return PersonNameModel(
        final.weights, final.bias, threshold, final.means, final.scales, {"figures": figures}
    )


def collect(data_dir: Path, log: Callable[[str], None] = print) -> Names:
    """Parse GUM train and GAP development and collect their labelled names."""
    gum = data_dir / "gum" / "train.jsonl"
    gap = data_dir / "gap" / "gap-development.tsv"
    items = [json.loads(line) for line in gum.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = Names()
    log(f"GUM train: {len(items)} documents")
    gum_names(items, parsed([Document(id=str(it["id"]), text=it["text"]) for it in items]), out)
    examples = list(read_gap(gap))
    log(f"GAP development: {len(examples)} examples")
    gap_names(examples, parsed([Document(id=e.id, text=e.text) for e in examples]), out)
    return out


def train(data_dir: Path, out: Path, log: Callable[[str], None] = print) -> PersonNameModel:
    """``newsgraph train person-names``: collect, fit, choose the threshold, write ``out``."""
    names = collect(data_dir, log)
    model = train_on(names, log)
    info = dict(model.info)
    info["data"] = {
        "gum/train.jsonl": {
            "source": SOURCES["gum"],
            "sha256": file_sha256(data_dir / "gum" / "train.jsonl"),
        },
        "gap/gap-development.tsv": {
            "source": SOURCES["gap"],
            "sha256": file_sha256(data_dir / "gap" / "gap-development.tsv"),
        },
    }
    info["learner"] = f"scikit-learn LogisticRegression(C={C}) on standardised features"
    model = PersonNameModel(model.weights, model.bias, model.threshold, model.means, model.scales, info)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out}")
    return model
