"""Issue 12, session 14: false and wrong events on running news text. Facing an opponent
or an ordeal, taking shelter, relief teams sent, a misuse of a position, an event noun
that only classifies a thing, civilians evacuated, and headlines whose subject the parser
hung on the verb. Sentences written for these tests (invented places and people)."""

from __future__ import annotations

import pytest

from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import plover_categories as plover
from tests.events.support import run_pipeline as run

# ------------------------------------------------- facing an opponent or an ordeal


@pytest.mark.parametrize(
    "text",
    [
        "Harlow United will face Brenton City in the final at Westfield Park.",
        "The champions face the holders at home on Saturday.",
        "The prime minister faces a confidence vote in parliament on Tuesday.",
        "The riot police confronted the marchers at the bridge.",
    ],
)
def test_facing_an_opponent_or_an_ordeal_is_no_agreement(text: str) -> None:
    doc = run(text)
    assert not [e for e in doc._.ng_events if e.category in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE")]
    assert not [s for s in doc._.ng_stances if s.polarity == "positive"]


def test_meeting_at_a_place_is_still_a_meeting() -> None:
    found, actors, _targets = main("The foreign minister met her Dessan counterpart at the summit in Orla.")
    assert found in ("CONSULT", "AGREE")
    assert overlaps(actors, "minister")


# ------------------------------------------------- taking shelter is no aid


def test_taking_shelter_is_no_aid() -> None:
    assert "AID" not in plover(
        "Maria Tello, who sheltered with her grandchildren in a school gym, said the water rose fast."
    )
    assert "AID" not in plover("Hundreds of families sheltered in the cathedral overnight.")


@pytest.mark.parametrize(
    "text",
    [
        "The church sheltered 300 refugees during the storm.",
        "The displaced families were sheltered in a school by the Red Cross.",
    ],
)
def test_sheltering_people_stays_aid(text: str) -> None:
    assert "AID" in plover(text)


# ------------------------------------------------- relief teams sent are aid


def test_deploying_relief_teams_is_aid_not_agreement() -> None:
    found, actors, targets = main("The health ministry deployed medical teams to the flooded villages.")
    assert found == "AID"
    assert overlaps(actors, "ministry"), actors
    assert not overlaps(targets, "teams"), targets
    asked = plover("The governor asked the army and the coast guard to deploy rescue teams.")
    assert "AID" in asked and "AGREE" not in asked


def test_deploying_troops_stays_a_mobilisation() -> None:
    found, _actors, _targets = main("Orlenia deployed two thousand troops to the border on Monday.")
    assert found == "MOBILIZE"


# ------------------------------------------------- a misuse of a position is no assault


@pytest.mark.parametrize(
    "text",
    [
        "Ferrand had abused the trust of the state, the judge said.",
        "The mayor abused his powers to enrich his brother's firm.",
        "Investigators said the director abused her authority on the board.",
    ],
)
def test_abusing_an_abstract_thing_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in plover(text)


def test_abusing_people_stays_an_assault() -> None:
    found, actors, targets = main("The prison guards abused the detainees for weeks.")
    assert found == "ASSAULT"
    assert overlaps(actors, "guards") and overlaps(targets, "detainees")


# ------------------------------------------------- an event noun that classifies a thing


@pytest.mark.parametrize(
    "text",
    [
        'The transfers were "neither gifts nor loans", the tribunal found.',
        "The money was a loan to the developer, the auditors said.",
        "Neither the gifts nor the loans were declared.",
    ],
)
def test_an_event_noun_classifying_a_thing_is_no_event(text: str) -> None:
    assert "AID" not in plover(text)


def test_there_being_an_act_is_the_act() -> None:
    assert "PROTEST" in plover("There have been protests in Varsk every night this week.")


def test_a_loan_given_stays_aid() -> None:
    found, actors, _targets = main("The central bank gave the struggling airline a loan of $90 million.")
    assert found == "AID"
    assert overlaps(actors, "bank")


# ------------------------------------------------- civilians evacuated is no retreat


@pytest.mark.parametrize(
    "text",
    [
        "Thousands evacuated as river bursts its banks",
        "Thousands of residents were evacuated from the coast before the cyclone.",
        "Villagers evacuated their homes as the wildfire spread.",
        "Rescuers evacuated 400 patients from the flooded hospital.",
    ],
)
def test_civilians_evacuated_is_no_retreat(text: str) -> None:
    assert "RETREAT" not in plover(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army evacuated its positions near the border.",
        "Dessan troops were evacuated from the town after the truce.",
        "The rebels withdrew their fighters from the hills.",
        "The embassy withdrew its staff from the capital.",
    ],
)
def test_forces_and_envoys_withdrawn_stay_a_retreat(text: str) -> None:
    assert "RETREAT" in plover(text)


# ------------------------------------------------- headlines: a subject hung on the verb


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Orlenia expels Dessan diplomats", "SANCTION", "Orlenia"),
        ("Rebels attack army base", "ASSAULT", "Rebels"),
    ],
)
def test_a_headline_subject_hung_on_its_verb_is_the_actor(text: str, category: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors


def test_a_noun_phrase_headline_is_no_clause() -> None:
    """ "Government attack ads": the noun does not agree with its modifier as a verb."""
    assert plover("Government attack ads") == []
