"""Issue 12, session 19 (h/events19): categories and parties the tenth wire-dev batch
(WIRE-DEV-1061..1180) and session 18's reading found wrong, fixed by category: a run of
air strikes, arrest warrants, control of a place seized, crowds filling the streets,
yielding to pressure, protesters turned back, relief handed out, what a sanction freezes,
people expelled who are no envoys, a quarrel called a clash, property destroyed, sides
convening, a strike threatened, a chamber of a legislature, arms handed in, forces sent
to a front, a frame written for the active clause, and the parties of these acts.
Sentences written for these tests (invented places and people where a name is needed)."""

from __future__ import annotations

import pytest

from tests.events.support import chosen_event, overlaps, side_phrases
from tests.events.support import main_act as main
from tests.events.support import run_pipeline as run

# ------------------------------------------------- strikes: air or labour


def test_a_run_of_strikes_by_a_force_is_an_attack() -> None:
    found, _actors, targets = main("Orlenian warplanes launched a series of strikes on rebel supply lines.")
    assert found == "ASSAULT"
    assert overlaps(targets, "supply lines"), targets
    found, _actors, targets = main("The air force launched a barrage of strikes on the harbour.")
    assert found == "ASSAULT", found  # "air force": the agents dictionary's compound


def test_a_run_of_strikes_by_workers_stays_a_walkout() -> None:
    assert main("Miners launched a wave of strikes across the coalfields.")[0] == "PROTEST"


# ------------------------------------------------- coercion: warrants, control, expulsions


def test_an_arrest_warrant_is_legal_coercion_of_the_one_wanted() -> None:
    found, actors, targets = main("A Kessan court issued arrest warrants for three army officers.")
    assert found == "COERCE"
    assert overlaps(actors, "court"), actors
    assert overlaps(targets, "officers"), targets
    found, _actors, targets = main("The judge issued an arrest warrant for the former governor.")
    assert found == "COERCE"
    assert overlaps(targets, "governor"), targets


def test_control_of_a_place_taken_by_a_force_is_a_seizure() -> None:
    found, _actors, targets = main("Rebel forces took control of the border crossing at Ambo.")
    assert found == "COERCE"
    assert overlaps(targets, "border crossing"), targets
    found, _actors, targets = main("Separatists seized control of two districts in the east.")
    assert found == "COERCE"
    assert overlaps(targets, "districts"), targets


def test_control_of_a_company_taken_is_business() -> None:
    assert main("The hedge fund took control of the newspaper group.")[0] is None


def test_people_expelled_by_a_state_are_deported_envoys_are_sanctions() -> None:
    found, _actors, targets = main("Orlenia expelled dozens of foreign students after the protests.")
    assert found == "COERCE"
    assert overlaps(targets, "students"), targets
    assert main("Orlenia expelled two Kessan diplomats over the spying row.")[0] == "SANCTION"
    assert main("Kessa expelled the UN inspectors.")[0] == "SANCTION"


def test_a_body_putting_out_its_members_is_no_deportation() -> None:
    assert main("The union expelled three members for breaking the strike.")[0] != "COERCE"


def test_protesters_turned_back_are_repressed() -> None:
    found, _actors, targets = main("Police turned back hundreds of demonstrators at the bridge.")
    assert found == "COERCE"
    assert overlaps(targets, "demonstrators"), targets


# ------------------------------------------------- property destroyed (CAMEO 1712)


@pytest.mark.parametrize(
    "text",
    [
        "Dessan soldiers demolished three houses in the old town.",
        "Four farms were razed by the militia.",
    ],
)
def test_property_destroyed_by_a_party_is_an_assault(text: str) -> None:
    assert main(text)[0] == "ASSAULT"


def test_documents_destroyed_are_no_act() -> None:
    assert main("The company destroyed the files last year.")[0] is None


# ------------------------------------------------- protests, concessions, aid


@pytest.mark.parametrize(
    "text",
    [
        "Crowds flooded the streets of Varna after the election result.",
        "Tens of thousands poured into the streets of the capital.",
    ],
)
def test_crowds_filling_the_streets_protest(text: str) -> None:
    found, _actors, targets = main(text)
    assert found == "PROTEST"
    assert targets == [], targets  # the city is where, not whom


def test_yielding_to_pressure_is_a_concession() -> None:
    found, actors, _targets = main("The ministry caved in to pressure from farmers and dropped the levy.")
    assert found == "CONCEDE"
    assert overlaps(actors, "ministry"), actors
    assert main("The cabinet bowed to the strikers' demands.")[0] == "CONCEDE"


def test_relief_handed_out_is_aid() -> None:
    found, _actors, targets = main("Charities handed out food parcels to flood victims in Tarno.")
    assert found == "AID"
    assert overlaps(targets, "victims"), targets


def test_a_threatened_strike_is_a_threat_by_its_union() -> None:
    found, actors, _targets = main("The dock workers' union threatened an all-out strike.")
    assert found == "THREATEN"
    assert overlaps(actors, "union"), actors


# ------------------------------------------------- freezes, clashes, chambers


def test_a_freeze_is_a_sanction_only_on_what_a_party_holds() -> None:
    found, _actors, targets = main("The bloc froze the bank accounts of four Dessan ministers.")
    assert found == "SANCTION"
    assert overlaps(targets, "ministers"), targets
    assert main("The council will freeze rents for two years.")[0] is None
    assert main("The firm froze hiring after the profit warning.")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders clashed over the pension reform during a live debate.",
        "Rivals clash over childcare in election debate",
        "The finance minister clashed with the central bank governor over interest rates.",
    ],
)
def test_a_clash_of_unarmed_sides_over_a_matter_is_a_quarrel(text: str) -> None:
    found, _actors, targets = main(text)
    assert found == "ACCUSE"
    assert not overlaps(targets, "reform") and not overlaps(targets, "childcare"), targets


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with rebels over control of the town.",
        "Kessan and Dessan soldiers clashed on the border.",
    ],
)
def test_a_clash_of_armed_sides_stays_a_fight(text: str) -> None:
    assert main(text)[0] == "ASSAULT"


def test_a_chamber_of_a_legislature_is_a_party() -> None:
    found, actors, targets = main("The lower house threw out the government's tax bill.")
    assert found == "REJECT"
    assert overlaps(actors, "lower house"), actors
    assert overlaps(targets, "government"), targets
    found, actors, _targets = main("The upper house rejected the budget.")
    assert found == "REJECT"
    assert overlaps(actors, "upper house"), actors


def test_a_measure_voted_down_is_rejected() -> None:
    assert main("The deputies voted down the motion.")[0] == "REJECT"


# ------------------------------------------------- consultations


def test_negotiators_of_two_sides_convening_consult() -> None:
    found, actors, _targets = main("Kessan and Dessan negotiators convened in Geneva.")
    assert found == "CONSULT"
    assert overlaps(actors, "negotiators"), actors
    assert main("Hundreds of teachers convened in the town hall.")[0] is None


def test_the_matter_discussed_is_no_target() -> None:
    found, _actors, targets = main("The ministers met to discuss the release of detainees.")
    assert found == "CONSULT"
    assert targets == [], targets
    found, _actors, targets = main("The ministers discussed the crisis with Kessa.")
    assert overlaps(targets, "Kessa"), targets


def test_mediation_offered_is_aimed_at_its_sides() -> None:
    found, _actors, targets = main("Tarno offered to mediate between the two factions.")
    assert found == "AGREE"
    assert overlaps(targets, "factions"), targets


# ------------------------------------------------- force: sent, lent, handed in


def test_warships_sent_to_a_front_mobilise() -> None:
    found, _actors, targets = main("The navy sent two submarines to the disputed waters.")
    assert found == "MOBILIZE"
    assert overlaps(targets, "waters"), targets
    found, _actors, targets = main("Orlenia moved its artillery closer to the frontier.")
    assert found == "MOBILIZE"
    assert overlaps(targets, "frontier"), targets


def test_trucks_sent_somewhere_are_no_force() -> None:
    assert main("The charity sent two trucks to the border.")[0] is None


def test_backing_by_arms_is_force_not_support() -> None:
    assert main("The offensive was backed by aircraft and artillery.")[0] == "ASSAULT"
    assert main("The senator backed the plan.")[0] == "SUPPORT"


def test_arms_handed_in_are_disarmament_without_a_target() -> None:
    found, actors, targets = main("Rebel fighters handed over their weapons under the deal.")
    assert found == "RETREAT"
    assert overlaps(actors, "fighters"), actors  # a plural subject the parser left as the root
    assert targets == [], targets


# ------------------------------------------------- parties of attacks and charges


def test_a_bomber_acting_on_himself_is_no_target() -> None:
    found, _actors, targets = main("A gunman killed himself after opening fire at a school.")
    assert found == "ASSAULT"
    assert not overlaps(targets, "himself"), targets


def test_an_attack_fought_off_keeps_its_own_aim() -> None:
    found, actors, targets = main("Rebels repelled an attack by army troops on their mountain stronghold.")
    assert found == "ASSAULT"
    assert overlaps(actors, "army troops"), actors
    assert overlaps(targets, "stronghold") and not overlaps(targets, "Rebels"), targets


def test_an_agentless_passive_keeps_the_ontology_reading() -> None:
    found, _actors, targets = main("The mayor was indicted on bribery charges.")
    assert found == "ACCUSE"
    assert overlaps(targets, "mayor"), targets


def test_a_body_addressed_by_a_request_is_its_target() -> None:
    found, _actors, targets = main("Villagers appealed to the governor to restore the water supply.")
    assert found == "REQUEST"
    assert overlaps(targets, "governor"), targets
    found, _actors, targets = main("Parents called on the city council to keep the library open.")
    assert overlaps(targets, "council"), targets


# ------------------------------------------------- force by its means; envoys recalled


def test_striking_hard_by_weapons_or_forces_is_shelling() -> None:
    found, _actors, targets = main("Kessan artillery pounded rebel trenches overnight.")
    assert found == "ASSAULT"
    assert overlaps(targets, "trenches"), targets
    assert main("Warships battered the port for a week.")[0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Critics pounded the minister over the scandal.",
        "Storms battered the coast.",
    ],
)
def test_striking_hard_by_critics_or_storms_is_no_attack(text: str) -> None:
    assert main(text)[0] is None


def test_an_envoy_recalled_from_a_state_is_aimed_at_that_state() -> None:
    found, _actors, targets = main("Orlenia recalled its envoy from Kessa.")
    assert found == "SANCTION"
    assert overlaps(targets, "Kessa") and not overlaps(targets, "envoy"), targets


# ------------------------------------------------- what the snapshot texts showed


@pytest.mark.parametrize(
    "text",
    [
        "It's destroying this committee.",
        "If you continue that, you destroy the whole basis of our government.",
    ],
)
def test_destroying_no_place_is_figurative(text: str) -> None:
    assert main(text)[0] is None


def test_destroying_a_place_is_an_assault() -> None:
    found, _actors, targets = main("Kessan troops destroyed the village.")
    assert found == "ASSAULT"
    assert overlaps(targets, "village"), targets


def test_streets_filled_with_fans_are_no_protest() -> None:
    assert main("The streets of Varna were flooded with fans after the final.")[0] is None
    assert main("The streets of Varna were filled with demonstrators.")[0] == "PROTEST"


def test_a_wave_of_people_is_no_run_of_acts() -> None:
    # "wave" counts acts for an act's reading only; people who came in a wave do no act
    assert main("The first settlers were the second wave of Dessans who migrated to the valley.")[0] is None


def test_they_in_a_clause_with_a_nearer_plural_subject_is_not_the_speaker() -> None:
    doc = run(
        "Ethnic Kessans have sworn to fight until they gain control of the border villages, "
        "Dessan officials said on Wednesday."
    )
    event = chosen_event(doc, "gain")
    assert event is not None and event.category == "COERCE"
    actors = side_phrases(doc, event, "actor")
    assert not overlaps(actors, "officials"), actors


# ------------------------------------------------- a third round of probe sentences


def test_a_phrase_reads_a_counted_passive_subject() -> None:
    found, _actors, targets = main("Dozens of migrants were turned back at the crossing.")
    assert found == "COERCE"
    assert overlaps(targets, "migrants"), targets


def test_a_sum_pledged_is_no_party_to_judge() -> None:
    found, actors, _targets = main("Kessa pledged 50 million dollars for the reconstruction.")
    assert found == "AGREE"
    assert overlaps(actors, "Kessa"), actors


def test_a_sum_given_in_aid_is_aid_not_giving_in() -> None:
    found, actors, targets = main("Japan gave 200 million dollars in reconstruction aid to Kessa.")
    assert found == "AID"
    assert overlaps(actors, "Japan"), actors
    assert overlaps(targets, "Kessa"), targets
    assert main("The government caved in after weeks of protests.")[0] == "CONCEDE"
    assert main("The minister gave in.")[0] == "CONCEDE"


def test_a_sum_given_to_a_dative_in_aid_keeps_its_giver() -> None:
    found, actors, targets = main("Orlenia will give Tarvia 30 million dollars in flood aid.")
    assert found == "AGREE"  # aid promised (CAMEO 033)
    assert overlaps(actors, "Orlenia"), actors
    assert overlaps(targets, "Tarvia"), targets
