"""Session 21 (lead): event categories read wrong on invented wire stories."""

from __future__ import annotations

from tests.conftest import run


def _categories(text: str, lemma: str) -> list[str]:
    return [e.category for e in run(text).events if e.lemma == lemma]


def test_suing_in_court_is_an_accusation_not_an_arrest() -> None:
    assert _categories(
        "A group of 340 songwriters has sued the streaming service Tunely in a federal court.", "sue"
    ) == ["ACCUSE"]


def test_a_time_phrase_meets_no_frame() -> None:
    cats = _categories(
        "The new minister promised to end the rationing that has hit the capital for three summers.", "hit"
    )
    assert "ACCUSE" not in cats


def test_a_governing_alliance_is_a_body_not_an_act() -> None:
    r = run("Polls show the opposition level with the governing alliance at about 31 percent.")
    assert not [e for e in r.events if e.lemma == "alliance"]


def test_the_one_who_is_to_blame_does_not_blame() -> None:
    r = run(
        "The club sacked its coach, Rui Almeida, on Monday. Captain Diogo Lima wrote that the "
        "squad, not the coach, was to blame."
    )
    names = {e.id: e.name for e in r.entities}
    blamed = [e for e in r.events if e.lemma == "blame"]
    assert all("Rui Almeida" not in [names.get(a) for a in e.actors] for e in blamed)
