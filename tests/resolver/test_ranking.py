"""The mention-ranking model (issue 10, round 8): it scores every referent the rules
found for a he/she and links the best one when sure enough, the rules' choice or not.

Sentences written for these tests. The models here are hand-set weight vectors, so
each test states exactly which fact the ranking model trusts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from newsgraph.entities.build import build_entities
from newsgraph.resolver import FEATURES
from newsgraph.resolver.features import AnaphorGroup
from newsgraph.resolver.model import ResolverModel, read_model
from tests.entities.test_entities import by_name, parse, texts

_TWO_MEN = "Daniel Kessler met Tom Reed in Geneva on Monday. He said the talks were useful."


def _flat(p: float, threshold: float) -> ResolverModel:
    """A model that states ``p`` for every row."""
    bias = float(np.log(p / (1 - p)))
    return ResolverModel(weights=np.zeros(len(FEATURES)), bias=bias, threshold=threshold, role_threshold=1.0)


def _prefers_rank(rank_weight: float, threshold: float) -> ResolverModel:
    """A ranking model whose probability rises with the rules' rank of a person referent:
    rank 0 gets 0.007, rank 1 about 0.87 (weight 10 on log(1 + rank), bias -5); a
    non-person (the place "Geneva", ranked for "he" too) gets almost nothing."""
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("k_rank_log")] = rank_weight
    weights[FEATURES.index("g_personal_nonperson")] = -50.0
    return ResolverModel(weights=weights, bias=-5.0, threshold=threshold, role_threshold=1.0)


def _rules_choice(ents: list) -> tuple[str, str]:
    on_kessler = "He" in texts(by_name(ents, "Kessler"), "pronoun")
    return ("Kessler", "Reed") if on_kessler else ("Reed", "Kessler")


def test_a_sure_ranking_model_links_its_best_referent_over_the_rules_choice() -> None:
    doc = parse(_TWO_MEN)
    keep_all = _flat(0.5, 0.0)
    chosen, other = _rules_choice(build_entities(doc, model=keep_all))
    ents = build_entities(parse(_TWO_MEN), model=replace(keep_all, ranker=_prefers_rank(10.0, 0.5)))
    assert "He" in texts(by_name(ents, other), "pronoun")
    assert "He" not in texts(by_name(ents, chosen), "pronoun")
    he = next(m for e in ents for m in e.mentions if m.kind == "pronoun" and m.text == "He")
    assert he.confidence is not None and he.confidence > 0.8


def test_a_ranking_model_below_its_threshold_leaves_the_keep_drop_decision() -> None:
    keep_all = _flat(0.5, 0.0)
    plain = build_entities(parse(_TWO_MEN), model=keep_all)
    ranked = build_entities(parse(_TWO_MEN), model=replace(keep_all, ranker=_prefers_rank(10.0, 0.95)))
    chosen, _ = _rules_choice(plain)
    assert "He" in texts(by_name(ranked, chosen), "pronoun")


def test_a_sure_ranking_model_keeps_a_link_the_keep_drop_model_drops() -> None:
    drop_all = _flat(0.5, 0.9)
    assert not any(
        m.kind == "pronoun" for e in build_entities(parse(_TWO_MEN), model=drop_all) for m in e.mentions
    )
    sure = _flat(0.95, 0.9)
    ents = build_entities(parse(_TWO_MEN), model=replace(drop_all, ranker=sure))
    chosen, _ = _rules_choice(build_entities(parse(_TWO_MEN), model=_flat(0.5, 0.0)))
    # all referents tie at 0.95: the first ranked, the rules' own choice, is linked
    assert "He" in texts(by_name(ents, chosen), "pronoun")


def test_a_place_is_ranked_for_he_but_never_the_rules_choice_or_runner_up() -> None:
    """Many given and family names are also places or firms, so a he/she may mean a name
    the tagger typed as one; only the ranking model, seeing the type, may take it."""
    doc = parse("Daniel Kessler flew to Lisbon on Monday. He said the talks were useful.")
    groups: list[AnaphorGroup] = []
    build_entities(doc, groups)
    he = doc.text.index("He said")
    group = next(g for g in groups if g.anaphor[0] == he)
    spans = [doc.text[s:e] for s, e in group.candidates]
    assert "Kessler" in spans[0]
    assert any("Lisbon" in s for s in spans[1:])
    assert all(rank >= 2 for rank in group.ranks[1:])  # never the runner-up model's row


def test_the_ranking_model_is_saved_and_read_with_its_threshold(tmp_path: Path) -> None:
    model = replace(_flat(0.5, 0.4), ranker=_prefers_rank(10.0, 0.45))
    path = tmp_path / "model.json"
    model.save(path)
    back = read_model(path)
    assert back.ranker is not None and back.ranker.threshold == 0.45
    rows = np.zeros((2, len(FEATURES)))
    rows[1, FEATURES.index("k_rank_log")] = 1.0
    assert np.allclose(back.ranker.probabilities(rows), model.ranker.probabilities(rows))  # type: ignore[union-attr]
