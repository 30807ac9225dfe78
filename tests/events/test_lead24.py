"""Session 24 (lead): "X called Y to congratulate him" is X's congratulation of Y (a call to
speak is the caller's act); "called on Y to resign" still asks Y."""

from __future__ import annotations

import pytest

from tests.conftest import run


def _named(r, entity_id: str) -> str:  # type: ignore[no-untyped-def]
    return next(e.name for e in r.entities if e.id == entity_id)


@pytest.mark.parametrize(
    ("text", "lemma", "actor", "target"),
    [
        (
            "Tomas Brenner conceded on Sunday and said he had called Ivo Lasko to congratulate him.",
            "congratulate",
            "Tomas Brenner",
            "Ivo Lasko",
        ),
        (
            "Prime Minister Hana Soyer called President Lena Marsh on Friday to thank her for the aid.",
            "thank",
            "Hana Soyer",
            "Lena Marsh",
        ),
        (
            "Foreign Minister Ali Varan telephoned the Swedish ambassador to protest against the arrests.",
            "protest",
            "Ali Varan",
            None,
        ),
    ],
)
def test_a_call_to_speak_is_the_callers_act(text: str, lemma: str, actor: str, target: str | None) -> None:
    r = run(text)
    event = next(e for e in r.events if e.lemma == lemma)
    assert [_named(r, a) for a in event.actors] == [actor]
    if target is not None:
        assert target in [_named(r, t) for t in event.targets]


def test_calling_on_someone_to_act_still_asks_them() -> None:
    r = run("Opposition leader Dana Kerr called on Governor Paul Ries to resign.")
    event = next(e for e in r.events if e.lemma == "resign")
    assert [_named(r, a) for a in event.actors] == ["Paul Ries"]


@pytest.mark.parametrize(
    "text",
    [
        "A woman died after a wall collapsed on her car in Darnley, police said. "
        "Another woman died in Westbrook when a tree hit her house.",
        "A protester was shot in Korva, witnesses said. Another protester was shot in Dessin.",
    ],
)
def test_a_new_participant_makes_a_new_act_of_the_same_kind(text: str) -> None:
    r = run(text)
    lemmas = [e.lemma for e in r.events]
    assert any(lemmas.count(lemma) >= 2 for lemma in ("die", "shoot"))


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Lara Voss resigned after prosecutors charged three of her senior officials.",
        "Police questioned two of his aides on Monday, a week after Governor Emil Rask left office.",
    ],
)
def test_the_people_who_work_for_someone_are_not_that_person(text: str) -> None:
    r = run(text)
    persons = {e.id for e in r.entities if e.type == "PERSON"}
    for event in r.events:
        if event.lemma in {"charge", "question"}:
            assert not persons & set(event.targets)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ('"The accused sold public land to his friends," the judge said in her ruling.', "accuse"),
        ("The detained were freed on Monday after a week in custody.", "detain"),
    ],
)
def test_a_participle_standing_for_people_is_no_act(text: str, lemma: str) -> None:
    r = run(text)
    assert not any(e.lemma == lemma for e in r.events)


def test_a_participle_with_its_own_object_is_still_an_act() -> None:
    r = run("Police detained the protesters on Monday.")
    assert any(e.lemma == "detain" for e in r.events)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ('"The families want justice for the killings," the lawyer told reporters.', "killing"),
        ("Villagers demanded compensation for the raid on Monday.", "raid"),
    ],
)
def test_those_who_want_redress_for_an_act_did_not_do_it(text: str, lemma: str) -> None:
    r = run(text)
    for event in r.events:
        if event.lemma == lemma:
            assert event.actors == []


def test_who_claims_responsibility_for_an_act_did_it() -> None:
    r = run("The Kestrel Front claimed responsibility for the bombing.")
    event = next(e for e in r.events if e.lemma == "bombing")
    assert event.actors


@pytest.mark.parametrize(
    "text",
    [
        "Lena Sorvik, the nurse who fought for equal pay for care workers, has died at 90.",
        "The teachers' union has battled for higher wages for a decade.",
    ],
)
def test_fighting_for_a_cause_is_no_assault(text: str) -> None:
    r = run(text)
    assert not any(e.category == "ASSAULT" for e in r.events)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought for control of the city on Tuesday.",
        "Arne Vik said he had fought in Korea for the nation's freedom.",
    ],
)
def test_fighting_for_a_place_or_in_one_is_still_an_assault(text: str) -> None:
    r = run(text)
    assert any(e.category == "ASSAULT" for e in r.events)
