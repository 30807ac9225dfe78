"""The resolver keeps or drops the hand rules' pronoun link; it never picks another referent.

Sentences written for these tests. A model that trusts everything must reproduce the
rules' links, and one that trusts nothing must leave every pronoun unresolved with the
probability it gave, so a later stage does not guess in its place."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from newsgraph.entities import resolver_link
from newsgraph.entities.build import build_entities
from newsgraph.resolver import FEATURES
from newsgraph.resolver.model import ResolverModel
from tests.entities.test_entities import by_name, parse, texts

_TEXT = (
    "Daniel Kessler met Priya Raman in Geneva on Monday. "
    "She said the talks were useful. He did not comment."
)


def _model(threshold: float) -> ResolverModel:
    """A model that states 0.5 for every link, with the given threshold."""
    return ResolverModel(weights=np.zeros(len(FEATURES)), bias=0.0, threshold=threshold, role_threshold=1.0)


def test_a_model_that_trusts_every_link_keeps_the_rules_choice() -> None:
    doc = parse(_TEXT)
    ents = build_entities(doc, model=_model(0.0))
    assert "She" in texts(by_name(ents, "Raman"), "pronoun")
    assert "He" in texts(by_name(ents, "Kessler"), "pronoun")
    for entity in ents:
        for m in entity.mentions:
            if m.kind == "pronoun":
                assert m.confidence == 0.5


def test_a_model_that_trusts_no_link_leaves_pronouns_unresolved_but_judged() -> None:
    doc = parse(_TEXT)
    ents = build_entities(doc, model=_model(0.9))
    assert not any(m.kind == "pronoun" for e in ents for m in e.mentions)
    she = doc.text.index("She")
    assert resolver_link(doc, she, she + 3) == (None, 0.5)


def test_shipped_model_is_calibrated_and_records_its_threshold_curve() -> None:
    from newsgraph.resolver import load_model

    model = load_model()
    assert model is not None
    curve = model.info["gum_dev_pronoun_named_by_threshold"]
    # Threshold 0 keeps every rule link: the curve starts at the rules' own figures.
    assert "0.0" in curve and curve["0.0"]["resolved"] >= curve[str(model.threshold)]["resolved"]
    assert curve[str(model.threshold)]["wrong_named"] <= 0.05
    for row in model.info["reliability_gum_dev"]:
        assert 0.0 <= row["stated"] <= 1.0 and 0.0 <= row["right"] <= 1.0


def _pronoun_trusting_model() -> ResolverModel:
    """Trusts links to an earlier pronoun, distrusts links to a name."""
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("c_pronoun")] = 10.0
    return ResolverModel(weights=weights, bias=-5.0, threshold=0.5, role_threshold=1.0)


def test_a_link_made_through_a_dropped_link_is_dropped_too() -> None:
    # Two men: the second "He" was chosen through the first, whose own link to a name is
    # dropped, so it goes too.
    doc = parse("Daniel Kessler met Tom Reed in Geneva. He sat down. He smiled at the crowd.")
    ents = build_entities(doc, model=_pronoun_trusting_model())
    assert not any(m.kind == "pronoun" for e in ents for m in e.mentions)


def test_a_link_through_a_dropped_link_stands_when_its_referent_was_the_only_one() -> None:
    # Session 19: one man named, with a given name that states his gender: the second
    # "He" had no other referent, so its own probability decides (a biography's chain).
    doc = parse("Daniel Kessler arrived late. He sat down. He smiled at the crowd.")
    ents = build_entities(doc, model=_pronoun_trusting_model())
    assert texts(by_name(ents, "Kessler"), "pronoun") == ["He"]


def test_a_dropped_link_moves_to_the_runner_up_the_runner_up_model_trusts() -> None:
    """Two men named, then "he": the rules choose one, and a model that drops that link
    but trusts the runner-up sends the pronoun to the other man instead."""
    text = "Daniel Kessler met Tom Reed in Geneva on Monday. He said the talks were useful."
    doc = parse(text)
    chosen = build_entities(doc, model=_model(0.0))
    on_kessler = "He" in texts(by_name(chosen, "Kessler"), "pronoun")
    rules_choice, other = ("Kessler", "Reed") if on_kessler else ("Reed", "Kessler")
    assert "He" in texts(by_name(chosen, rules_choice), "pronoun")
    moved = build_entities(parse(text), model=replace(_model(0.9), runner_up=_model(0.4)))
    assert "He" in texts(by_name(moved, other), "pronoun")
    assert "He" not in texts(by_name(moved, rules_choice), "pronoun")
    kept = build_entities(parse(text), model=replace(_model(0.9), runner_up=_model(0.9)))
    assert not any(m.kind == "pronoun" for e in kept for m in e.mentions)


def test_a_reflexive_in_a_relative_clause_is_bound_to_what_who_stands_for() -> None:
    """The rules' choice (every link kept): "who" is the relative clause's subject, so the
    reflexive goes to the noun the clause modifies, or to the subject of a predicate noun."""
    ents = build_entities(
        parse("Tom Reed met Daniel Kessler, who introduced himself as the new director."), model=_model(0.0)
    )
    assert texts(by_name(ents, "Kessler"), "pronoun") == ["himself"]
    assert texts(by_name(ents, "Reed"), "pronoun") == []
    ents = build_entities(
        parse("Ana Silva was a nurse in Porto who in 1990 called herself a reformer."), model=_model(0.0)
    )
    assert texts(by_name(ents, "Silva"), "pronoun") == ["herself"]
