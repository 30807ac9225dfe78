"""Issue 12, session 11 (h/events11b): the parties of an act named by a noun. Whom a
transitive act noun's "of" object names, the doer of a judged act, and an "on" phrase the
parser hangs away from its act. Sentences written for these tests (invented places and
people where a name is needed)."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.plover import main_event
from newsgraph.events.formats import plover_category
from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

# ------------------------------------------------- the "of" object of a transitive act noun


@pytest.mark.parametrize(
    ("text", "category", "actor", "target"),
    [
        ("The shelling of the hospital by the militia lasted two hours.", "ASSAULT", "militia", "hospital"),
        ("Valmoria's invasion of the island began at dawn.", "ASSAULT", "Valmoria", "island"),
        ("Army arrests of student leaders continued into a third day.", "COERCE", "Army", "student leaders"),
        ("Corland's expulsion of two diplomats followed the spying row.", "SANCTION", "Corland", "diplomats"),
    ],
)
def test_the_of_object_of_a_transitive_act_noun_is_its_target(
    text: str, category: str, actor: str, target: str
) -> None:
    found, actors, targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_a_recognition_by_a_named_state_is_of_its_of_object() -> None:
    found, actors, targets = main("Ostrava's recognition of the breakaway province was announced on Monday.")
    assert found == "SUPPORT"
    assert overlaps(actors, "Ostrava")
    assert overlaps(targets, "province")


def test_the_of_object_of_a_withdrawal_is_who_withdraws_not_a_target() -> None:
    # a retreat's "of" object with no other doer is the one that withdraws
    _found, _actors, targets = main("The withdrawal of the peacekeepers was completed on Sunday.")
    assert not overlaps(targets, "peacekeepers"), targets


def test_an_of_object_no_list_knows_is_left_out() -> None:
    # precision first: "the bombing of the bridge" may be a thing; no party or place class
    found, _actors, targets = main("The bombing of the old wooden thing was condemned.")
    assert not overlaps(targets, "thing"), (found, targets)


# ------------------------------------------------- the doer of a judged act


@pytest.mark.parametrize(
    ("text", "category", "actor", "target"),
    [
        ("The union's strike at the airport was criticised by the transport minister.",
         "ACCUSE", "transport minister", "union"),
        ("Rights groups condemned the army's crackdown on the protesters.",
         "ACCUSE", "Rights groups", "army"),
    ],
)
def test_the_party_owning_a_judged_act_is_its_target(
    text: str, category: str, actor: str, target: str
) -> None:
    found, actors, targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


# ------------------------------------------------- an "on" phrase hung away from its act


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Villagers described an attack by armed men on a school in the valley.", "armed men", "school"),
        ("Survivors described an ambush by rebels on a bus convoy.", "rebels", "convoy"),
    ],
)
def test_an_on_phrase_on_the_by_agent_or_a_witnessing_verb_is_the_acts_target(
    text: str, actor: str, target: str
) -> None:
    found, actors, targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_a_vehicle_the_attackers_rode_is_no_target() -> None:
    _found, _actors, targets = main("Witnesses described an attack by gunmen on motorcycles.")
    assert not overlaps(targets, "motorcycles"), targets


# ------------------------------------------------- a measure aimed at a party's things


@pytest.mark.parametrize(
    ("text", "category", "target"),
    [
        ("The navy lifted its blockade on Syrian ports after the talks.", "RETREAT", "Syrian"),
        ("Ankara eased an embargo on Armenian goods on Tuesday.", "RETREAT", "Armenian"),
    ],
)
def test_a_measure_on_a_partys_things_is_aimed_at_the_party(text: str, category: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == category
    assert overlaps(targets, target), targets


# ------------------------------------------------- a third party's act between two others


def test_a_named_mediator_acts_between_the_parties() -> None:
    found, actors, targets = main("Qatar's mediation between the two militias has stalled.")
    assert found == "CONSULT"
    assert overlaps(actors, "Qatar")
    assert overlaps(targets, "militias")
    assert not overlaps(actors, "militias"), actors


# ------------------------------------------------- an act said to be someone's


def test_an_act_blamed_on_a_party_in_the_passive_is_that_partys_act() -> None:
    found, actors, targets = main("The shelling of the hospital on Friday was blamed on the militia.")
    assert found == "ASSAULT"
    assert overlaps(actors, "militia"), actors
    assert overlaps(targets, "hospital"), targets


def test_a_party_that_blames_another_still_accuses() -> None:
    doc = run("The governor blamed the shelling of the hospital on the militia.")
    event, actors, _targets = main_event(doc)
    assert event is not None and plover_category(event) == "ACCUSE"
    assert overlaps([doc.text[s:e] for s, e in actors], "governor")
    # and the shelling is an act of its own, by the militia
    assert any(plover_category(e) == "ASSAULT" for e in doc._.ng_events)


def test_a_person_blamed_in_the_passive_is_still_accused() -> None:
    found, _actors, targets = main("The transport minister was blamed for the delays.")
    assert found == "ACCUSE"
    assert overlaps(targets, "minister"), targets


# ------------------------------------------------- doers by modifier, and the act a killing happened in


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Two guards died in a rebel ambush near the dam.", "rebel"),
        ("Four soldiers were wounded in a rebel ambush near the border.", "rebel"),
        ("Three villagers were killed in a militant attack on Sunday.", "militant"),
    ],
)
def test_an_agent_word_read_as_an_adjective_does_the_act(text: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(actors, actor), actors


def test_a_states_strike_on_a_place_is_an_attack() -> None:
    found, actors, targets = main("Dozens were killed in a Valmorian strike on the refugee camp.")
    assert found == "ASSAULT"
    assert overlaps(targets, "camp") or overlaps(targets, "Dozens"), targets
    assert actors, actors


def test_a_workers_strike_stays_a_walkout() -> None:
    found, _actors, _targets = main("Dock workers began a strike on Monday over pay.")
    assert found == "PROTEST"


def test_a_killing_in_an_accident_names_no_doer() -> None:
    found, actors, _targets = main("Five people were killed in a crash on the highway.")
    assert found is None or not actors


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Corland began a military operation against the insurgents on Friday.", "ASSAULT"),
        ("The coast guard carried out a rescue operation near the island.", "AID"),
    ],
)
def test_an_operation_is_read_by_its_modifier(text: str, category: str) -> None:
    found, actors, _targets = main(text)
    assert found == category
    assert actors, actors


def test_a_state_of_things_blamed_on_someone_is_no_act_of_its_own() -> None:
    doc = run("The senator blamed her defeat on the party's leaders.")
    assert not any(e.category == "OTHER" and e.trigger.text == "defeat" for e in doc._.ng_events)


def test_a_figurative_firing_on_a_bid_is_no_attack() -> None:
    doc = run("Did the senator just fire the starting gun on the governor's presidential bid?")
    assert not any(plover_category(e) == "ASSAULT" for e in doc._.ng_events)
