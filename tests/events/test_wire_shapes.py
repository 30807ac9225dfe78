"""Issue 12, session 13: acts and contexts of unseen wire copy (the sixth wire-dev batch,
WIRE-DEV-571..700). Kidnapping and repression by weapons as the CAMEO2PLOVER table codes
them, police and court acts named by a phrase, quoted imperatives, and a sports report
told over more than one sentence. Sentences written for these tests (invented places and
people where a name is needed)."""

from __future__ import annotations

import pytest

from tests.events.support import main_act as main
from tests.events.support import overlaps

# ------------------------------------------------- the CAMEO2PLOVER table: 181 abduct, 175 repression


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Gunmen kidnapped eleven traders on the road to Varsk.", "Gunmen", "traders"),
        ("The militia's abduction of a district governor angered the town.", "militia", "governor"),
        ("The gunmen held the passengers hostage for two days.", "gunmen", "passengers"),
    ],
)
def test_taking_people_by_force_is_an_abduction(text: str, actor: str, target: str) -> None:
    found, actors, targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


@pytest.mark.parametrize(
    "text",
    [
        "Riot police used tear gas and rubber bullets to disperse the marchers in Orlen.",
        "Police dispersed the crowd outside the ministry with water cannon.",
    ],
)
def test_repression_by_weapons_is_force(text: str) -> None:
    found, actors, _targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(actors, "olice"), actors


def test_repression_without_a_weapon_stays_coercion() -> None:
    found, _actors, _targets = main("Police dispersed the crowd outside the ministry.")
    assert found == "COERCE"


# ------------------------------------------------- police and courts by phrase


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Police rounded up forty migrants in the port of Dessa.", "Police", "migrants"),
        ("The tribunal handed down a life sentence to the former colonel.", "tribunal", "colonel"),
        ("The ministry shut down the last opposition newspaper on Friday.", "ministry", "newspaper"),
        ("The junta shut down the offices of three aid groups.", "junta", "aid groups"),
    ],
)
def test_police_and_court_acts_named_by_a_phrase_are_coercion(text: str, actor: str, target: str) -> None:
    found, actors, targets = main(text)
    assert found == "COERCE"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_shutting_down_a_plant_is_no_coercion() -> None:
    found, _actors, _targets = main("The carmaker shut down its plant in Dessa.")
    assert found is None


def test_pounding_with_weapons_is_force_and_pounding_a_person_is_not() -> None:
    assert main("The army pounded rebel positions near Varsk with artillery.")[0] == "ASSAULT"
    assert main("The senator has been pounding the governor as a fraud for weeks.")[0] != "ASSAULT"


def test_rounding_up_things_is_no_arrest() -> None:
    assert main("The magazine rounded up a sampling of the best reviews.")[0] is None


def test_supporters_and_bodyguards_can_attack() -> None:
    found, actors, targets = main("The mayor's bodyguards beat a reporter outside the town hall.")
    assert found == "ASSAULT"
    assert overlaps(actors, "bodyguards")
    assert overlaps(targets, "reporter")
    found, actors, _targets = main("The senator's supporters attacked a television crew.")
    assert found == "ASSAULT"
    assert overlaps(actors, "supporters")


# ------------------------------------------------- quoted imperatives


def test_a_quoted_imperative_is_not_the_speakers_act() -> None:
    """ "Don't shoot him," she says: she asks, nobody shoots; with no party addressed it
    is a plea, no event."""
    assert main('"Don\'t shoot him," she says, holding up her hands.')[0] is None
    assert main('"Please, don\'t bomb us," a boy in the cellar says to the camera.')[0] is None


def test_a_quoted_imperative_told_to_a_party_is_a_demand() -> None:
    found, actors, targets = main('"Free our sons now," the mothers told the colonel.')
    assert found == "REQUEST"
    assert overlaps(actors, "mothers"), actors
    assert overlaps(targets, "colonel"), targets


def test_a_quoted_imperative_under_a_request_verb_leaves_the_request() -> None:
    found, actors, _targets = main('"Stop the shelling," the bishop urged both armies.')
    assert found == "REQUEST"
    assert overlaps(actors, "bishop"), actors


# ------------------------------------------------- sports reports


@pytest.mark.parametrize(
    "text",
    [
        "Dessa United beat Orlen City 3-1 on Saturday.",
        "Dessa United won the derby on Saturday. The hosts attacked from the first minute and "
        "crushed the visitors.",
    ],
)
def test_a_match_report_is_no_act_of_force(text: str) -> None:
    assert main(text)[0] is None


def test_police_at_a_match_still_act() -> None:
    found, actors, targets = main(
        "After the derby, police fired tear gas at fans who threw bottles outside the stadium."
    )
    assert found == "ASSAULT"
    assert overlaps(actors, "police"), actors
    assert overlaps(targets, "fans"), targets


def test_a_sports_word_two_sentences_away_leaves_an_attack_alone() -> None:
    text = (
        "Rebels attacked the town of Kell on Sunday. Dozens of families fled to the hills. "
        "The national league postponed its matches."
    )
    assert main(text)[0] == "ASSAULT"


def test_a_sports_neighbour_does_not_reach_a_meeting() -> None:
    found, actors, _targets = main(
        "Dessa United won the championship. Later the coach met the mayor of Orlen."
    )
    assert found == "CONSULT"
    assert overlaps(actors, "coach"), actors


# ------------------------------------------------- modifiers, dates and headlines the parser misreads


def test_an_occupied_place_is_no_occupation() -> None:
    found, actors, targets = main("Valmoria's air force struck a fuel depot in occupied Dessa overnight.")
    assert found == "ASSAULT"
    assert overlaps(actors, "air force"), actors
    assert overlaps(targets, "depot"), targets


def test_a_date_preposition_is_no_particle() -> None:
    """ "called X on Friday" is a call, not "call on"; "seized the town on Monday" is no
    "seize on"."""
    assert main("The senator called Ms Varga on Friday.")[0] is None
    found, actors, _targets = main("Rebels seized the border town of Kell on Monday.")
    assert found is not None and found != "OTHER"
    assert overlaps(actors, "Rebels"), actors


def test_a_headline_subject_read_as_a_compound_is_the_actor() -> None:
    found, actors, targets = main("Army shells rebel-held town")
    assert found == "ASSAULT"
    assert overlaps(actors, "Army"), actors
    assert overlaps(targets, "town"), targets
