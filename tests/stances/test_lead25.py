"""Session 25 (lead): a word of praise in one coordinated clause said nothing of the
person in the other ("the bid was the best ... and his brother had no plan" gave a
positive stance toward the brother)."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "Erik Lind wants to sell. His brother, Nils Lind, disagrees. Erik told shareholders that the bid "
        'was "the best we will ever see" and that Nils Lind had no plan.',
        "Mayor Ada Voss spoke first. She said the budget was excellent and that Councillor Tom Hale "
        "had voted against it.",
    ],
)
def test_praise_in_one_clause_is_no_stance_toward_the_other_clauses_subject(text: str) -> None:
    r = run(text)
    names = {e.id: e.name for e in r.entities}
    assert not [
        s
        for s in r.stances
        if s.polarity == "positive" and names.get(s.target, "").endswith(("Lind", "Hale"))
    ]


def test_a_judgement_in_the_same_clause_still_makes_a_stance() -> None:
    r = run("Senator Ann Ruiz said the plan was brilliant and Governor Tom Hale deserved praise.")
    names = {e.id: e.name for e in r.entities}
    assert [(names[s.target], s.polarity) for s in r.stances] == [("Tom Hale", "positive")]
