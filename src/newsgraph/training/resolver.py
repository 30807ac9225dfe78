"""``newsgraph train resolver``: fit the pronoun resolver on coreference gold.

The hand rules choose each pronoun's antecedent; the model learns when to trust
that choice.

1. Parse the training sets with the production pipeline (dateline stage, then the
   entities builder in collecting mode, which runs the rules and records each link
   with its feature row), so training rows are exactly the rows scored at run time:
   the pipeline's own mentions and clusters, not gold ones.
2. Label each link: GUM — right when most of the chosen cluster's names and
   descriptions align to the pronoun's own gold entity; GAP — the cluster covers A or
   B, labelled by A/B-coref (links covering neither are left out: GAP says nothing
   about them).
3. Fit scikit-learn's ``GradientBoostingClassifier`` (small: ``BOOSTING``) and
   Platt-scale its held-out scores; export the trees as node lists with the
   calibration folded into their leaf values (``newsgraph.resolver.trees`` walks them
   at run time). ``learner="linear"`` fits the rounds 1-3 logistic regression instead.
4. Choose the threshold on the tuning set GUM dev by running the entities stage with
   the new model at each threshold of a grid: the lowest threshold (the most links
   kept) at which at most ``MAX_WRONG_NAMED`` of the pronouns that refer to a named
   person or organisation are linked to a different named entity, on GUM dev and,
   as a guard against its small size, on GUM train too (each GUM train document
   scored by a model fitted without its fold of documents). Role nouns ("the
   minister") stay with the hand rule: the training sets hold too few to learn from.
5. Check both genders (``gender_guard``): from that threshold upwards, the lowest at
   which the pipeline's GAP validation F1 for she is at least ``MIN_GAP_BIAS`` of the
   F1 for he, with the runner-up model at the threshold ``runner_up_threshold`` chooses
   beside it. Like the GUM train guard it can only raise the threshold.
6. Check the links that change (``changed_links``): against the shipped model, the links
   the new one adds or moves on GUM dev and GUM train must be at most a quarter
   wrong. First each pronoun kind (he, his, she, her, it, its, they, their) gets the
   lowest threshold at which its own changed links pass, and the whole model is checked
   (session 24); else one threshold for all is raised until they pass. Either way GAP
   validation's bias must stay at least ``MIN_GAP_BIAS`` and its F1 no lower than the
   shipped model's. When nothing passes, the model is written beside ``out`` as
   ``*.rejected.json`` and ``out`` is left alone.

Training never reads PolNeAR: it stays an evaluation set.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from newsgraph.evaluation.gap import GapExample, read_gap
from newsgraph.evaluation.gum import align
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Entity
from newsgraph.resolver.features import FEATURES, AnaphorGroup
from newsgraph.resolver.model import ResolverModel, load_model
from newsgraph.training import file_sha256
from newsgraph.training.changed_links import MAX_NEW_WRONG, changed_links_guard, kind_thresholds_guard
from newsgraph.training.learners import BLEND_LINEAR, BOOSTING, LEARNER, C, fit

#: The largest share of pronouns linked to a wrong named entity the threshold may allow.
MAX_WRONG_NAMED = 0.05
#: The least GAP validation bias (feminine F1 / masculine F1) the threshold may leave
#: (``gender_guard``).
MIN_GAP_BIAS = 0.95
#: Thresholds tried on the tuning set.
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(20))
#: Document folds of GUM train for the threshold guard (``held_out_models``).
GUARD_FOLDS = 5
#: A dropped link moves to the rules' runner-up only where such moves are right at least
#: this many times for each time they are wrong (``runner_up_threshold``).
RUNNER_UP_ODDS = 2.0
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
    documents: list[int] = field(default_factory=list)  # per group: its document's index in the file
    ranks: list[int] = field(default_factory=list)  # per row: 0 the rules' choice, 1 their runner-up
    n_groups: int = 0

    def add(
        self,
        rows: list[list[float]],
        labels: list[int],
        role: bool,
        document: int = -1,
        ranks: list[int] | None = None,
    ) -> None:
        if not rows:
            return
        self.rows += rows
        self.labels += labels
        self.groups += [self.n_groups] * len(rows)
        self.ranks += ranks if ranks is not None else [0] * len(rows)
        self.roles.append(role)
        self.documents.append(document)
        self.n_groups += 1

    def ranked(self, rank: int) -> Labelled:
        """The rows of one rank only: the rules' links (0) or their runner-ups (1)."""
        out = Labelled()
        members: dict[int, list[int]] = {}
        for i, g in enumerate(self.groups):
            if self.ranks[i] == rank:
                members.setdefault(g, []).append(i)
        for g in range(self.n_groups):
            idx = members.get(g, [])
            rows, labels = [self.rows[i] for i in idx], [self.labels[i] for i in idx]
            out.add(rows, labels, self.roles[g], self.documents[g], [rank] * len(idx))
        return out

    def extend(self, other: Labelled, skip_documents: frozenset[int] = frozenset()) -> None:
        """Add ``other``'s groups, but none from the documents in ``skip_documents``."""
        members: dict[int, list[int]] = {}
        for i, g in enumerate(other.groups):
            members.setdefault(g, []).append(i)
        for g in range(other.n_groups):
            if other.documents[g] in skip_documents:
                continue
            idx = members.get(g, [])
            rows, labels = [other.rows[i] for i in idx], [other.labels[i] for i in idx]
            self.add(rows, labels, other.roles[g], other.documents[g], [other.ranks[i] for i in idx])


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
    """The rules' pronoun links in a GUM JSONL file, labelled by gold coreference: right
    when the gold entity most of the chosen cluster's names and descriptions align to is
    the pronoun's own gold entity (a pronoun GUM does not mark links to nothing)."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [Document(id=str(item["id"]), text=item["text"]) for item in items]
    out = Labelled()
    for k, (item, doc) in enumerate(zip(items, _docs(documents), strict=True)):
        gold: list[dict[str, Any]] = item["mentions"]
        for group in _groups(doc):
            target = align(*group.anaphor, gold)
            entity = None
            if target is not None and group.anaphor in {
                (target["core_start"], target["core_end"]),
                (target["start"], target["end"]),
            }:
                entity = target["entity_id"]
            labels = []
            for spans in group.cluster_spans:
                votes = Counter(
                    found["entity_id"] for span in spans if (found := align(*span, gold)) is not None
                )
                majority = votes.most_common(1)[0][0] if votes else None
                labels.append(int(entity is not None and majority == entity))
            out.add(group.rows, labels, group.role, k, list(range(len(group.rows))))
    return out


def gap_examples(path: Path) -> Labelled:
    """Pairs from a GAP TSV file: only the example's pronoun, only candidates covering A or B."""
    examples, docs = _parsed_gap(path)
    out = Labelled()

    def covers(spans: list[tuple[int, int]], target: tuple[int, int]) -> bool:
        return any(s < target[1] and e > target[0] for s, e in spans)

    for example, doc in zip(examples, docs, strict=True):
        for group in _groups(doc):
            if group.role or group.anaphor != example.pronoun:
                continue
            rows, labels, ranks = [], [], []
            for rank, (row, spans) in enumerate(zip(group.rows, group.cluster_spans, strict=True)):
                on_a, on_b = covers(spans, example.a), covers(spans, example.b)
                if not (on_a or on_b):
                    continue
                rows.append(row)
                labels.append(int((on_a and example.a_coref) or (on_b and example.b_coref)))
                ranks.append(rank)
            out.add(rows, labels, False, ranks=ranks)
    return out


def decisions(data: Labelled, model: ResolverModel, role: bool) -> list[tuple[float, bool]]:
    """Per anaphor group of the chosen kind: (best candidate's probability, whether it is right)."""
    probs = model.probabilities(np.asarray(data.rows, dtype=np.float64))
    best: dict[int, tuple[float, bool]] = {}
    for p, label, g in zip(probs, data.labels, data.groups, strict=True):
        if data.roles[g] != role:
            continue
        if g not in best or p > best[g][0]:
            best[g] = (float(p), bool(label))
    return list(best.values())


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


@cache
def _parsed(path: Path) -> tuple[list[dict[str, Any]], list[Doc]]:
    """A GUM file's items and parsed docs, parsed once per training run for all sweeps."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items, list(_docs([Document(id=str(item["id"]), text=item["text"]) for item in items]))


def _at_threshold(model: ResolverModel, t: float) -> ResolverModel:
    return replace(model, threshold=t)


def _runner_up_at(model: ResolverModel, t: float) -> ResolverModel:
    assert model.runner_up is not None
    return replace(model, runner_up=replace(model.runner_up, threshold=t))


def pipeline_sweep(
    path: Path,
    model: ResolverModel,
    log: Any,
    per_document: dict[int, ResolverModel] | None = None,
    at: Callable[[ResolverModel, float], ResolverModel] = _at_threshold,
    thresholds: tuple[float, ...] = THRESHOLDS,
) -> dict[str, dict[str, float]]:
    """GUM pronoun->named accuracy, wrong-named and resolved rates of the pipeline run with
    ``model`` (or, for a document listed in ``per_document``, that one) at each threshold
    of ``THRESHOLDS`` (``at`` sets it: the keep/drop threshold, or the runner-up's)."""

    from newsgraph.entities.build import build_entities
    from newsgraph.evaluation.gum import pronoun_outcomes

    items, docs = _parsed(path)
    table: dict[str, dict[str, float]] = {}
    for t in thresholds:
        totals = [0, 0, 0, 0]
        for d, (item, doc) in enumerate(zip(items, docs, strict=True)):
            candidate = at(per_document[d] if per_document and d in per_document else model, t)
            for k, v in enumerate(pronoun_outcomes(item["mentions"], build_entities(doc, model=candidate))):
                totals[k] += v
        n = totals[0] or 1
        row = {
            "accuracy": round(totals[1] / n, 3),
            "wrong_named": round(totals[2] / n, 3),
            "resolved": round(totals[3] / n, 3),
        }
        table[str(t)] = row
        log(f"  {path.name} threshold {t}: {row}")
    return table


def pipeline_threshold(
    tune: Path,
    guard: Path,
    model: ResolverModel,
    log: Any,
    guard_models: dict[int, ResolverModel] | None = None,
) -> tuple[float, dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """The lowest threshold whose pronoun->named wrong rate is at most ``MAX_WRONG_NAMED``
    on the tuning set (GUM dev) and on the guard set (GUM train, as the pipeline links it).

    Why a guard: GUM dev has 157 such pronouns, most in three documents, so its curve
    moves in steps of whole pronoun chains; at the threshold it alone picked (0.2) GUM
    train and the GUM news articles had 8% and 7% wrong-named links. GUM train is the
    training set, so its rates are if anything optimistic: it can only raise the
    threshold, never lower it."""
    tuned = pipeline_sweep(tune, model, log)
    guarded = pipeline_sweep(guard, model, log, guard_models)
    for t in THRESHOLDS:
        if max(tuned[str(t)]["wrong_named"], guarded[str(t)]["wrong_named"]) <= MAX_WRONG_NAMED:
            return t, tuned, guarded
    return THRESHOLDS[-1], tuned, guarded


_LEARNERS = {
    "blend": (
        f"{1 - BLEND_LINEAR:g} x the calibrated log-odds of sklearn GradientBoostingClassifier("
        f"{', '.join(f'{k}={v}' for k, v in BOOSTING.items())}) + {BLEND_LINEAR:g} x those of "
        f"sklearn LogisticRegression(C={C}) on standardised features, each Platt-scaled on 5 "
        "held-out folds; trees exported as node lists, scaling and calibration folded in"
    ),
    "trees": (
        f"sklearn GradientBoostingClassifier({', '.join(f'{k}={v}' for k, v in BOOSTING.items())}) "
        "on the features of the hand rules' link, Platt-scaled on 5 held-out folds; "
        "trees exported as node lists, calibration folded into the leaf values"
    ),
    "linear": (
        f"sklearn LogisticRegression(C={C}) on standardised features of the hand rules' link, "
        "Platt-scaled on 5 held-out folds; scaling and calibration folded in"
    ),
}


def held_out_models(gum_train: Labelled, other: Labelled, learner: str) -> dict[int, ResolverModel]:
    """For each GUM train document, a model fitted without the documents of its fold
    (``GUARD_FOLDS`` folds of documents) but with all of ``other`` (GAP development).

    Why: the guard reads GUM train as the pipeline links it. Scored by the model that was
    fitted on those very links, the trees are more sure of them than of unseen text (a
    logistic regression hardly was), so the guard would let a lower threshold through;
    document folds keep it a held-out check."""
    documents = sorted({d for d in gum_train.documents if d >= 0})
    models: dict[int, ResolverModel] = {}
    for k in range(GUARD_FOLDS):
        fold = frozenset(documents[k::GUARD_FOLDS])
        data = Labelled()
        data.extend(gum_train, skip_documents=fold)
        data.extend(other)
        model = replace(fit(data.ranked(0), learner), runner_up=fit(data.ranked(1), learner))
        models.update(dict.fromkeys(fold, model))
    return models


def runner_up_threshold(
    files: dict[str, Path], model: ResolverModel, guard_models: dict[int, ResolverModel], log: Any
) -> tuple[float, dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """The lowest runner-up threshold at which the links moved to the rules' runner-up are
    right at least ``RUNNER_UP_ODDS`` times as often as wrong (accuracy gained against
    wrong-named gained, over dropping them) on GUM dev and, held out, on GUM train, and
    the wrong-named rate stays within ``MAX_WRONG_NAMED``; 1.0 (never move) when none is.

    Why odds and not just "no loss": at the lowest threshold that loses nothing (0.3)
    the moved links were right about half the time on GUM train and GAP validation — a
    coin flip between two named people is the guess precision-first forbids."""
    fixed = {d: replace(m, threshold=model.threshold) for d, m in guard_models.items()}
    tuned = pipeline_sweep(files["gum_tune"], model, log, at=_runner_up_at)
    guarded = pipeline_sweep(files["gum_train"], model, log, fixed, at=_runner_up_at)
    # Above 1 no runner-up is trusted: the figures of dropping every link the model drops.
    base_tune, base_guard = (
        pipeline_sweep(path, model, log, per, at=_runner_up_at, thresholds=(1.01,))["1.01"]
        for path, per in ((files["gum_tune"], None), (files["gum_train"], fixed))
    )
    for t in THRESHOLDS:
        row_tune, row_guard = tuned[str(t)], guarded[str(t)]
        if max(row_tune["wrong_named"], row_guard["wrong_named"]) <= MAX_WRONG_NAMED and all(
            row["accuracy"] - base["accuracy"] >= RUNNER_UP_ODDS * (row["wrong_named"] - base["wrong_named"])
            for row, base in ((row_tune, base_tune), (row_guard, base_guard))
        ):
            return t, tuned, guarded
    return 1.0, tuned, guarded


def _runner_up_for(
    files: dict[str, Path],
    model: ResolverModel,
    switch: ResolverModel,
    rows: Labelled,
    guard_models: dict[int, ResolverModel],
    log: Any,
) -> ResolverModel | None:
    """The runner-up model ``switch`` (fitted on the rules' second-ranked referents,
    labelled like their links) at the threshold ``runner_up_threshold`` chooses beside
    ``model``, or None when no threshold moves links without loss."""
    t, tuned, guarded = runner_up_threshold(files, replace(model, runner_up=switch), guard_models, log)
    if t >= 1.0:
        log("no runner-up threshold loses nothing: links are only kept or dropped")
        return None
    log(f"runner-up threshold {t}: GUM dev {tuned[str(t)]}, GUM train (held out) {guarded[str(t)]}")
    info = {
        "runner_up_links": len(rows.rows),
        "right_runner_up_links": int(sum(rows.labels)),
        "gum_dev_pronoun_named_by_runner_up_threshold": tuned,
        "gum_train_pronoun_named_by_runner_up_threshold": guarded,
    }
    return replace(switch, threshold=t, info={**switch.info, **info})


@cache
def _parsed_gap(path: Path) -> tuple[list[GapExample], list[Doc]]:
    """A GAP file's examples and parsed docs, parsed once per training run."""
    examples = list(read_gap(path))
    return examples, list(_docs([Document(id=e.id, text=e.text) for e in examples]))


def gap_figures(path: Path, model: ResolverModel) -> dict[str, float]:
    """GAP F1, its feminine and masculine parts and their ratio (bias) of the pipeline
    run with ``model`` (aggregate figures only: GAP validation is a tuning set)."""
    from newsgraph.entities.build import build_entities
    from newsgraph.evaluation.gap import bias, decision_counts
    from newsgraph.evaluation.gum import prf

    examples, docs = _parsed_gap(path)
    linked = ((e, build_entities(d, model=model)) for e, d in zip(examples, docs, strict=True))
    counts, _ = decision_counts(linked)
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    return {
        "f1": round(prf(*total)[2], 3),
        "feminine_f1": round(prf(*counts["feminine"])[2], 3),
        "masculine_f1": round(prf(*counts["masculine"])[2], 3),
        "bias": round(bias(counts), 3),
    }


def gender_guard(
    files: dict[str, Path],
    draft: ResolverModel,
    switch: ResolverModel,
    rows: Labelled,
    guard_models: dict[int, ResolverModel],
    log: Any,
) -> tuple[ResolverModel, dict[str, dict[str, float]]]:
    """``draft`` at the lowest threshold, from the one the wrong-named rule chose
    (``pipeline_threshold``) upwards, whose links serve she as well as he: GAP
    validation's bias (feminine F1 / masculine F1, the pipeline run with the model and
    its runner-up at the threshold ``runner_up_threshold`` then chooses) at least
    ``MIN_GAP_BIAS``. Like the GUM train guard it can only raise the threshold, never
    trade precision for a figure; when no threshold passes, the highest is kept.

    Why: the learner sees far fewer she links than he links in GUM train (208 against
    550 rule links, and 75% right against 88%: session 22), so a threshold chosen on
    GUM alone can keep more doubtful she links than he links on GAP. Session 21's
    retrain at the wrong-named rule's threshold had GAP validation bias 0.945."""
    table: dict[str, dict[str, float]] = {}
    model = draft
    for t in (t for t in THRESHOLDS if t >= draft.threshold):
        model = replace(draft, threshold=t)
        model = replace(model, runner_up=_runner_up_for(files, model, switch, rows, guard_models, log))
        table[str(t)] = gap_figures(files["gap_tune"], model)
        log(f"  GAP validation at threshold {t}: {table[str(t)]}")
        if table[str(t)]["bias"] >= MIN_GAP_BIAS:
            return model, table
    log(f"no threshold keeps GAP validation bias >= {MIN_GAP_BIAS}: the highest tried is kept")
    return model, table


def _changed_links_step(
    files: dict[str, Path], draft: ResolverModel, log: Any
) -> tuple[ResolverModel, dict[str, Any]]:
    """Step 6: ``draft`` with the per-kind thresholds ``kind_thresholds_guard`` chooses
    against the shipped model, else at the one threshold ``changed_links_guard`` chooses
    (either with GAP validation's bias still at least ``MIN_GAP_BIAS`` and its F1 no lower
    than the shipped model's); ``draft`` unchanged and ``passed`` False when none passes,
    ``passed`` True when nothing is shipped yet."""
    from newsgraph.entities.build import build_entities
    from newsgraph.entities.confidence import pronoun_kind

    shipped = load_model()
    if shipped is None:
        return draft, {"table": {}, "passed": True}
    sets = [("gum_dev", _parsed(files["gum_tune"])), ("gum_train", _parsed(files["gum_train"]))]

    def build(doc: Doc, model: ResolverModel) -> list[Entity]:
        return build_entities(doc, model=model)

    def kind_of(doc: Doc, span: tuple[int, int]) -> str:
        found = doc.char_span(*span, alignment_mode="expand")
        return pronoun_kind(found[0]) if found is not None and len(found) else "it"

    shipped_f1 = gap_figures(files["gap_tune"], shipped)["f1"]

    def accept(model: ResolverModel) -> bool:
        """GAP validation's gender balance kept, and its F1 no lower than the shipped model's
        (session 24: per-kind thresholds that passed every GUM check cost it 0.677 -> 0.640)."""
        found = gap_figures(files["gap_tune"], model)
        log(f"  GAP validation {found} (shipped F1 {shipped_f1})")
        return found["bias"] >= MIN_GAP_BIAS and found["f1"] >= shipped_f1

    log("checking the links that change against the shipped model, each pronoun kind apart ...")
    chosen, by_kind = kind_thresholds_guard(sets, draft, shipped, THRESHOLDS, build, kind_of, log, accept)
    if chosen is not None:
        return chosen, {"table": {}, "by_kind": by_kind, "passed": True}
    log("checking the links that change against the shipped model ...")
    chosen, table = changed_links_guard(sets, draft, shipped, THRESHOLDS, build, log, accept=accept)
    return (chosen or draft), {"table": table, "by_kind": by_kind, "passed": chosen is not None}


def train(data_dir: Path, out: Path, log: Any = print, learner: str = LEARNER) -> ResolverModel:
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
    gum_tune, gap_tune, all_training = gum_tune.ranked(0), gap_tune.ranked(0), training
    training = all_training.ranked(0)
    log(f"fitting on {len(training.rows)} rule links ...")
    draft = fit(training, learner)
    log(f"fitting {GUARD_FOLDS} models without a fold of GUM train documents (the guard) ...")
    guard_models = held_out_models(gum_train, gap_train, learner)
    log("choosing the threshold on GUM dev ...")
    without = {d: replace(m, runner_up=None) for d, m in guard_models.items()}
    threshold, sweep, guard = pipeline_threshold(files["gum_tune"], files["gum_train"], draft, log, without)
    rule_threshold = threshold
    log(f"fitting the runner-up model on {len(all_training.ranked(1).rows)} runner-up referents ...")
    switch = fit(all_training.ranked(1), learner)
    log(f"checking both genders on GAP validation from threshold {threshold} ...")
    draft, by_gender = gender_guard(
        files, replace(draft, threshold=threshold), switch, all_training.ranked(1), guard_models, log
    )
    draft, changed = _changed_links_step(files, draft, log)
    threshold, runner_up = draft.threshold, draft.runner_up
    info = {
        "trained_on": {
            k: {"file": files[k].name, "sha256": file_sha256(files[k], 16)}
            for k in ("gum_train", "gap_train")
        },
        "tuned_on": {
            k: {"file": files[k].name, "sha256": file_sha256(files[k], 16)} for k in ("gum_tune", "gap_tune")
        },
        "sources": SOURCES,
        "learner": _LEARNERS[learner],
        **draft.info,
        "rule_links": len(training.rows),
        "right_rule_links": int(sum(training.labels)),
        "threshold_rule": (
            "lowest threshold (largest resolved rate) with pronoun->named wrong rate "
            f"<= {MAX_WRONG_NAMED} on GUM dev and on GUM train, each GUM train document scored "
            f"by a model fitted without it ({GUARD_FOLDS} document folds)"
        ),
        "gender_rule": (
            f"from that threshold upwards, the lowest with GAP validation bias >= {MIN_GAP_BIAS} "
            f"(rule's threshold {rule_threshold}; the pipeline with the runner-up at its own threshold)"
        ),
        "gap_validation_by_threshold": by_gender,
        "changed_links_rule": (
            f"from there upwards, the lowest threshold at which at most {MAX_NEW_WRONG} of the pronoun "
            "links the model adds or moves against the shipped one are wrong on GUM dev and on GUM "
            "train (both models in-sample there), the runner-up threshold raised with it"
        ),
        "changed_links_by_threshold": changed["table"],
        "changed_links_by_pronoun_kind": changed["by_kind"],
        "changed_links_passed": changed["passed"],
        "gum_dev_pronoun_named_by_threshold": sweep,
        "gum_train_pronoun_named_by_threshold": guard,
        "links_kept_gum_dev": figures(decisions(gum_tune, draft, role=False), threshold),
        "links_kept_gap_validation": figures(decisions(gap_tune, draft, role=False), threshold),
        "links_kept_training_fit": figures(decisions(training, draft, role=False), threshold),
        "reliability_gum_dev": reliability(decisions(gum_tune, draft, role=False)),
        "reliability_gap_validation": reliability(decisions(gap_tune, draft, role=False)),
        "role_nouns": "left to the hand rule (too few gold role nouns to learn a decision)",
    }
    model = replace(draft, threshold=threshold, info=info, runner_up=runner_up)
    if not changed["passed"]:
        out = out.with_suffix(".rejected.json")
        log("the links this model changes are too often wrong: not written over the shipped model")
    model.save(out)
    log(f"threshold {threshold}; GUM dev links kept: {info['links_kept_gum_dev']}")
    log(f"reliability on GUM dev: {info['reliability_gum_dev']}")
    log(f"wrote {out}")
    return model


def reliability(outcomes: list[tuple[float, bool]], bins: int = 5) -> list[dict[str, Any]]:
    """Per probability bin: how many links, their mean stated probability, and the share right."""
    table: list[dict[str, Any]] = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        inside = [(p, ok) for p, ok in outcomes if lo <= p < hi or (k == bins - 1 and p == 1.0)]
        if not inside:
            continue
        table.append(
            {
                "bin": f"{lo:.1f}-{hi:.1f}",
                "links": len(inside),
                "stated": round(sum(p for p, _ in inside) / len(inside), 3),
                "right": round(sum(ok for _, ok in inside) / len(inside), 3),
            }
        )
    return table


def feature_weights(model: ResolverModel) -> Iterable[tuple[str, float]]:
    """Feature names with their weights, largest magnitude first (for docs and debugging;
    a linear model's only: the trees' importances are in ``info["importance"]``)."""
    return sorted(zip(FEATURES, (float(w) for w in model.weights), strict=True), key=lambda kv: -abs(kv[1]))
