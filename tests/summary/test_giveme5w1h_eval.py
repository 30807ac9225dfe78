"""Scoring rules of the Giveme5W1H evaluation, and a short run on the shared data."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.giveme5w1h import evaluate, normalise, relaxed_match, token_f1
from tests.conftest import shared_file


def test_normalise_drops_case_punctuation_articles_and_escapes() -> None:
    assert normalise("The  \\u2018Rigged\\u2019 F.B.I.") == ["rigged", "f", "b", "i"]


def test_token_f1() -> None:
    assert token_f1(["donald", "trump"], ["trump"]) == pytest.approx(2 / 3)
    assert token_f1([], ["trump"]) == 0.0
    assert token_f1(["obama"], ["trump"]) == 0.0


def test_relaxed_match_is_containment_on_whole_words() -> None:
    assert relaxed_match(["trump"], ["donald", "trump"])
    assert relaxed_match(["at", "white", "house"], ["white", "house"])
    assert not relaxed_match(["rump"], ["donald", "trump"])
    assert not relaxed_match([], ["x"])


@pytest.mark.dataset
def test_evaluate_runs_on_a_few_articles() -> None:
    path = shared_file("data/giveme5w1h/training.jsonl")
    report = evaluate(path, limit=3)
    assert report.n_documents == 3
    relaxed = dict(next(iter(report.tables.values())))
    assert 0.0 <= float(relaxed["who/what/when/where"]) <= 1.0


def test_publication_date_fallback_is_scored_as_a_written_date() -> None:
    from newsgraph.evaluation.giveme5w1h import score_record
    from newsgraph.records import Article, Record, Summary

    record = Record(article=Article(id="x", text="t"), summary=Summary(when_value="2016-11-08"))
    f1, match, answered = score_record(record, {"when": ["November 8, 2016"]})["when"]
    assert match and answered and f1 == 1.0
