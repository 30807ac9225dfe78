"""Session 18 (lead), read on invented wire stories: who acts in a reduced passive, whose
"the government" a union speaks of, and verbs that only link a subject to a state."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "The trial resumes in June. If convicted, Moreno faces up to ten years in prison.",
        "Detained at the airport, the two journalists were later released without charge.",
    ],
)
def test_the_subject_of_a_reduced_passive_does_not_do_its_act(text: str) -> None:
    r = run(text)
    names = {e.id: e.name for e in r.entities}
    acts = [e for e in r.events if e.trigger.text in ("convicted", "Detained")]
    assert acts
    assert all(not {names[a] for a in e.actors} & {"Moreno", "two journalists"} for e in acts)


def test_a_union_does_not_speak_of_itself_as_the_government() -> None:
    r = run(
        "The Coastal Nurses Union said the strike would go on unless the government agreed "
        "to new talks."
    )
    union = next(e for e in r.entities if "Union" in e.name)
    agreeing = [e for e in r.events if e.trigger.text == "agreed"]
    assert agreeing and all(union.id not in e.actors for e in agreeing)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents hope the guns will fall silent before the harvest.",
        "Two aid workers went missing near the border on Tuesday.",
        "The region was struck by a powerful quake in 1999 that killed hundreds of people.",
    ],
)
def test_no_act_where_a_verb_only_links_a_state_or_a_quake_kills(sentence: str) -> None:
    r = run("Officials spoke on Monday.\n\n" + sentence)
    assert not [e for e in r.events if e.category in ("ASSAULT", "COERCE")]


def test_a_person_freed_who_flew_home_visits_nobody_and_the_reporter_did_not_fly() -> None:
    r = run(
        "A Danish nurse held in northern Niger since March was freed on Friday and flew home "
        "to Copenhagen, the Danish foreign ministry said."
    )
    names = {e.id: e.name for e in r.entities}
    assert not [e for e in r.events if e.category == "CONSULT"]
    assert all("foreign ministry" not in {names[a] for a in e.actors} for e in r.events)


def test_a_person_kidnapped_somewhere_is_the_target_not_the_place() -> None:
    r = run("Officials spoke on Monday.\n\nA French engineer kidnapped in eastern Chad was freed.")
    names = {e.id: e.name for e in r.entities}
    kidnaps = [e for e in r.events if e.trigger.text == "kidnapped"]
    assert kidnaps and all("Chad" not in {names[t] for t in e.targets} for e in kidnaps)


def test_who_weighs_a_request_made_to_it_did_not_make_it() -> None:
    r = run(
        "Lindqvist urged Oslo to lift the fishing ban. Haugen said Norway would consider the request."
    )
    names = {e.id: e.name for e in r.entities}
    requests = [e for e in r.events if e.trigger.text == "request"]
    assert all("Norway" not in {names[a] for a in e.actors} for e in requests)


def test_people_in_a_gapped_passive_are_detained_not_detaining() -> None:
    r = run("The minister said 14 officers had been injured and 41 people detained.")
    names = {e.id: e.name for e in r.entities}
    detained = [e for e in r.events if e.trigger.text == "detained"]
    assert detained
    assert all("41 people" not in {names[a] for a in e.actors} for e in detained)


def test_an_act_a_court_blocked_did_not_happen_and_the_court_did_not_do_it() -> None:
    r = run("Officials spoke on Monday.\n\nA judge blocked Velmar Mining from expelling the villagers.")
    names = {e.id: e.name for e in r.entities}
    acts = [e for e in r.events if e.trigger.text == "expelling"]
    assert acts and all(e.modality == "negated" for e in acts)
    assert all("judge" not in " ".join(names[a] for a in e.actors) for e in acts)


def test_fighting_in_court_is_no_assault() -> None:
    r = run("Officials spoke on Monday.\n\nThe mayor's office said it would keep fighting in court.")
    assert not [e for e in r.events if e.category == "ASSAULT"]


def test_people_carried_somewhere_by_an_unnamed_hand_visit_nobody() -> None:
    r = run("Officials spoke on Monday.\n\nThe freed soldiers had been flown to Minsk for medical checks.")
    assert not [e for e in r.events if e.category == "CONSULT"]
