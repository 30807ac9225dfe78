"""Session 24 (lead): a lemma the written word proves cut ("spared" -> "spar", "rates" ->
"rat") is the verb with its "e", whatever word list is consulted."""

from __future__ import annotations

import pytest

from newsgraph.lemmas import proven_e_lemma
from tests.conftest import run


@pytest.mark.parametrize(
    ("lemma", "written", "verb"),
    [("spar", "spared", "spare"), ("rat", "rates", "rate"), ("hop", "hoping", "hope"),
     ("stag", "staged", "stage")],
)  # fmt: skip
def test_a_cut_lemma_the_written_word_proves(lemma: str, written: str, verb: str) -> None:
    assert proven_e_lemma(lemma, written) == verb


@pytest.mark.parametrize(
    ("lemma", "written"),
    [("spar", "sparred"), ("fix", "fixed"), ("play", "played"), ("rain", "rained"), ("visit", "visited"),
     ("watch", "watches"), ("go", "goes"), ("help", "helped")],
)  # fmt: skip
def test_a_right_lemma_is_left_alone(lemma: str, written: str) -> None:
    assert proven_e_lemma(lemma, written) is None


def test_a_survivor_spared_is_no_quote() -> None:
    r = run("The president dismissed most of his ministers. Only the finance minister was spared.")
    assert not any(q.cue is not None and q.cue.text == "spared" for q in r.quotes)
