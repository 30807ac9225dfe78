"""The PolNeAR scoring rules on a tiny gold example written for this test."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.polnear import (
    Item,
    Tally,
    match,
    score_document,
    source_correct,
    token_starts,
    tokens_of,
)

TEXT = "Ann said the dam is safe. “It will hold,” she added. Officials expect rain."


def _span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def test_tokens_are_non_space_runs() -> None:
    toks = token_starts(TEXT)
    assert TEXT[toks[0][0] : toks[0][1]] == "Ann"
    # a span touching part of a token takes the whole token
    assert tokens_of([(1, 2)], toks) == frozenset({0})


def test_scores_on_hand_made_gold() -> None:
    gold = [
        Item(content=[_span("the dam is safe")], source=[_span("Ann")], kind="indirect", has_source=True),
        Item(content=[_span("“It will hold,”")], source=[_span("she")], kind="direct", has_source=True),
        Item(content=[_span("rain")], source=[_span("Officials")], kind="indirect", has_source=True),
    ]
    pred = [
        # exact after trimming the final period, right source
        Item(content=[_span("the dam is safe.")], source=[_span("Ann")], kind="indirect", has_source=True),
        # same tokens, wrong source
        Item(content=[_span("“It will hold,”")], source=[_span("Ann")], kind="direct", has_source=True),
        # no overlap with any gold: a false positive
        Item(content=[_span("Officials")], source=[], kind="indirect", has_source=False),
    ]
    tallies: dict[str, Tally] = {}
    score_document(TEXT, gold, pred, tallies)
    rows = dict(tallies["all"].rows(""))
    assert rows["content precision"] == pytest.approx(2 / 3)
    assert rows["content recall"] == pytest.approx(2 / 3)
    assert rows["exact content F1"] == pytest.approx(2 / 3)
    assert rows["source accuracy"] == pytest.approx(1 / 2)
    assert rows["attribution F1"] == pytest.approx(1 / 3)
    # both matched predictions name a resolved speaker with a source: one of them is right
    assert rows["named speaker: right source"] == pytest.approx(1 / 2)
    assert rows["named speaker: share of matches"] == pytest.approx(1.0)
    assert dict(tallies["direct"].rows(""))["content recall"] == 1.0


def test_jaccard_threshold_and_one_to_one() -> None:
    toks = token_starts("a b c d e f")
    g = Item(content=[(0, 5)], source=[], kind="indirect", has_source=False)  # a b c
    near = Item(content=[(0, 3)], source=[], kind="indirect", has_source=False)  # a b: 2/3
    far = Item(content=[(0, 1)], source=[], kind="indirect", has_source=False)  # a: 1/3
    for it in (g, near, far):
        it.tokens = tokens_of(it.content, toks)
    assert match([g], [far, near]) == [(0, 1, pytest.approx(2 / 3))]
    assert match([g], [far]) == []


def test_sourceless_gold_rule() -> None:
    g = Item(content=[(0, 1)], source=[], kind="indirect", has_source=False)
    assert source_correct(g, Item(content=[], source=[], kind="indirect", has_source=False))
    unresolved = Item(content=[], source=[(0, 1)], kind="indirect", has_source=True, resolved=False)
    assert source_correct(g, unresolved)
    resolved = Item(content=[], source=[(0, 1)], kind="indirect", has_source=True, resolved=True)
    assert not source_correct(g, resolved)


def test_evaluate_runs_on_the_shared_dev_file() -> None:
    from newsgraph.evaluation.polnear import evaluate
    from tests.conftest import shared_file

    path = shared_file("data/polnear/dev.jsonl")
    report = evaluate(path, limit=2)
    assert report.n_documents == 2
    rows = dict(report.tables["all attributions"])
    assert isinstance(rows["gold"], int) and rows["gold"] > 0
    assert 0.0 <= float(rows["content F1"]) <= 1.0
