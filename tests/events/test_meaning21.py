"""Issue 12, session 21 (h/events21): acts told by verbs, phrasal verbs and light-verb
constructions the ontology does not list, read by the kind of clause rather than the word
(the twelfth wire-dev batch, WIRE-DEV-1301..1420, tested this): a light verb's CAMEO frame
written for its own object word, a frame naming the act noun itself, the CAMEO verb's own
code for a subject named by a political office or body, stopping a cooperative act or an
exchange (SANCTION), a crowd acting against something (PROTEST), force raised as a
possibility by its own doer (THREATEN), a part of a place as an act's target, a thing
laden with explosives as a weapon. Sentences written for these tests (invented places and
people where a name is needed)."""

from __future__ import annotations

from newsgraph.events import event_details
from newsgraph.events.ontology import OTHER
from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run


def categories(text: str) -> set[str]:
    return {e.category for e in run(text)._.ng_events if e.category != OTHER}


# ------------------------------------------------- CAMEO frames of light verbs


def test_a_light_verb_takes_the_frame_of_its_own_object_word() -> None:
    found, actors, targets = main(
        "The Dessan president expressed his gratitude to Kessa for its help after the floods."
    )
    assert found == "SUPPORT", found
    assert overlaps(actors, "president"), actors
    assert overlaps(targets, "Kessa"), targets


def test_holding_a_party_responsible_accuses_it() -> None:
    found, actors, targets = main("Kessa held the rebels responsible for the bombing of the bridge.")
    assert found == "ACCUSE", found
    assert overlaps(actors, "Kessa"), actors
    assert overlaps(targets, "rebels"), targets


def test_a_light_verb_frame_needs_a_political_subject() -> None:
    assert "AGREE" not in categories("Thousands of runners took part in the city marathon on Sunday.")
    assert "AID" not in categories("The choir staged a joyful return to the cathedral after the repairs.")


def test_an_ignored_verb_takes_no_frame() -> None:
    # "called it a ... attack" says what the act was; it threatens nobody
    assert "THREATEN" not in categories(
        'The rebels called it a "revenge attack" for the raids on their villages.'
    )


def test_a_frame_naming_the_act_noun_decides_for_an_unlisted_verb() -> None:
    found, actors, targets = main(
        "Prosecutors in Kessa dropped the charges against the opposition leader on Monday."
    )
    assert found == "CONCEDE", found
    assert overlaps(actors, "Prosecutors"), actors
    assert overlaps(targets, "leader"), targets


# ------------------------------------------------- the verb's own code for an office or body


def test_the_book_code_serves_a_subject_named_by_office() -> None:
    found, actors, _targets = main("The interior minister saluted the rescue workers at a ceremony in Kessa.")
    assert found == "SUPPORT", found
    assert overlaps(actors, "minister"), actors


def test_the_book_code_skips_people_of_no_political_sector() -> None:
    assert not categories("Fans celebrated in the streets of Kessa after the final whistle.")


def test_a_verb_governing_an_act_gives_no_code_of_its_own() -> None:
    assert "AGREE" not in categories("The Kessan army prepared to resume shelling the border villages.")


# ------------------------------------------------- relations reduced


def test_stopping_an_exchange_with_a_party_is_a_sanction() -> None:
    found, actors, targets = main(
        "Kessa stopped arms sales to Dessa after the border incident, the ministry said."
    )
    assert found == "SANCTION", found
    assert overlaps(actors, "Kessa"), actors
    assert overlaps(targets, "Dessa"), targets


def test_holding_back_a_sum_of_aid_is_a_sanction() -> None:
    found, actors, _targets = main(
        "Norway held back 40 million dollars in budget support from Dessa after the vote."
    )
    assert found == "SANCTION", found
    assert overlaps(actors, "Norway"), actors


def test_stopping_production_is_no_sanction() -> None:
    assert "SANCTION" not in categories(
        "The car factory halted production for a week because of a parts shortage."
    )


# ------------------------------------------------- a crowd acting against something


def test_a_crowd_acting_against_a_thing_protests() -> None:
    found, actors, _targets = main(
        "Villagers lit candles outside the town hall against the planned dam on Tuesday."
    )
    assert found == "PROTEST", found
    assert overlaps(actors, "Villagers"), actors


def test_people_acting_in_protest_protest() -> None:
    found, actors, _targets = main("Parents kept their children at home in protest at the school closures.")
    assert found == "PROTEST", found
    assert overlaps(actors, "Parents"), actors


def test_a_force_moving_against_a_party_is_no_street_protest() -> None:
    assert "PROTEST" not in categories("The army moved against the rebel positions at dawn.")


# ------------------------------------------------- force raised as a possibility


def test_raising_the_possibility_of_ones_own_force_threatens_it() -> None:
    found, actors, _targets = main(
        "Kessa raised the possibility of air strikes on rebel camps across the border."
    )
    assert found == "THREATEN", found
    assert overlaps(actors, "Kessa"), actors


def test_hinting_at_an_offensive_threatens_it() -> None:
    found, actors, _targets = main("The Kessan defence minister hinted at a ground offensive in the north.")
    assert found == "THREATEN", found
    assert overlaps(actors, "minister"), actors


def test_someone_elses_act_raised_as_a_possibility_is_no_threat() -> None:
    assert "THREATEN" not in categories(
        "Analysts raised the prospect of a strike by dock workers next month."
    )


# ------------------------------------------------- targets and weapons


def test_a_part_of_a_place_is_judged_by_the_whole() -> None:
    found, actors, _targets = main(
        "Militants detonated an explosives-packed car at the entrance of the army barracks."
    )
    assert found == "ASSAULT", found
    assert overlaps(actors, "Militants"), actors


# ------------------------------------------------- an arrest coordinated inside a relative clause


def test_an_arrest_after_a_relative_clause_is_the_main_subjects() -> None:
    doc = run("Police fired tear gas at protesters who tried to storm the gate and arrested 35 people.")
    details = event_details(doc)
    arrest = next(e for e in doc._.ng_events if e.category == "COERCE")
    actors = [doc.text[s:e] for s, e in details[arrest.id].actor_spans]
    assert overlaps(actors, "Police"), actors
    assert not overlaps(actors, "protesters"), actors


def test_an_arrest_by_an_authority_in_the_relative_clause_stays_its_own() -> None:
    doc = run("Witnesses described the soldiers who stormed the village and detained 12 men.")
    details = event_details(doc)
    arrest = next(e for e in doc._.ng_events if e.category == "COERCE")
    actors = [doc.text[s:e] for s, e in details[arrest.id].actor_spans]
    assert overlaps(actors, "soldiers"), actors


# ------------------------------------------------- agreements, custody, resignations, compounds


def test_parties_settling_on_a_compromise_agree() -> None:
    found, actors, targets = main(
        "Kessan and Dessan negotiators thrashed out a compromise on fishing rights in Geneva."
    )
    assert found == "AGREE", found
    assert overlaps(actors, "negotiators"), actors
    assert not overlaps(targets, "compromise"), targets


def test_a_compromise_of_nobody_is_no_agreement() -> None:
    assert "AGREE" not in categories("The new design is a compromise between comfort and speed.")


def test_people_locked_away_by_a_force_are_arrested() -> None:
    found, actors, targets = main("Soldiers corralled dozens of students into the stadium, witnesses said.")
    assert found == "COERCE", found
    assert overlaps(actors, "Soldiers"), actors
    assert overlaps(targets, "students"), targets


def test_sheep_herded_by_farmers_are_no_arrest() -> None:
    assert "COERCE" not in categories("Farmers herded their sheep into the barn before the storm.")


def test_leaving_the_cabinet_is_a_resignation() -> None:
    found, actors, _targets = main(
        "The Kessan finance minister left the cabinet on Friday after a row over the budget."
    )
    assert found == "RETREAT", found
    assert overlaps(actors, "minister"), actors


def test_a_compound_of_a_verb_of_force_is_that_force() -> None:
    found, actors, _targets = main("Unknown assailants firebombed a police station in Kell on Sunday.")
    assert found == "ASSAULT", found
    assert overlaps(actors, "assailants"), actors


# ------------------------------------------------- rallies, climb-downs, urging


def test_states_rallying_behind_a_party_support_it() -> None:
    found, actors, _targets = main(
        "Several Nordic governments rallied behind Kessa after the cyber attack on its grid."
    )
    assert found == "SUPPORT", found
    assert overlaps(actors, "governments"), actors


def test_a_crowd_rallying_behind_a_leader_demonstrates() -> None:
    found, _actors, _targets = main(
        "Thousands of students rallied behind the jailed mayor in central Kessa on Sunday."
    )
    assert found == "PROTEST", found


def test_climbing_down_over_a_measure_concedes() -> None:
    found, actors, _targets = main(
        "The Kessan cabinet climbed down over the fuel tax after weeks of strikes."
    )
    assert found == "CONCEDE", found
    assert overlaps(actors, "cabinet"), actors


def test_prodding_a_party_to_act_is_a_request() -> None:
    found, actors, targets = main("Dessa prodded Kessa to reopen the border crossing, a spokesman said.")
    assert found == "REQUEST", found
    assert overlaps(actors, "Dessa"), actors
    assert overlaps(targets, "Kessa"), targets
