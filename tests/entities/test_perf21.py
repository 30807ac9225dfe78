"""Session 21 (throughput): the one check "the subject of a verb of saying" that the
name clustering and the company descriptions share (``EntityState.subject_of_saying``),
read on sentences written for it."""

from __future__ import annotations

from newsgraph.entities.state import EntityState
from newsgraph.pipeline import load_pipeline


def _state(text: str) -> EntityState:
    return EntityState(load_pipeline()(text))


def _index(state: EntityState, word: str) -> int:
    return next(t.i for t in state.tokens if t.text == word)


def test_the_subject_of_a_verb_of_saying_is_one() -> None:
    state = _state("The company said on Monday that the plant would reopen.")
    assert state.subject_of_saying(_index(state, "company"))


def test_the_subject_of_another_verb_is_not() -> None:
    state = _state("The company closed the plant on Monday.")
    assert not state.subject_of_saying(_index(state, "company"))


def test_the_object_of_a_verb_of_saying_is_not() -> None:
    state = _state("Analysts told the company that the plant would reopen.")
    assert not state.subject_of_saying(_index(state, "company"))
