"""Issue 12, session 20 (h/events20): actors and targets of unseen wire sentences, fixed by
category of syntax or meaning from the tune half of the eleventh wire-dev batch
(WIRE-DEV-1181..1300) and probe sentences of our own: a past tense the parser hangs
under a participle modifier of the subject, a free relative object ("what X described
as Y"), the party a thing answered came from, the party a threat's condition is put on,
the area a measure is laid on, a scene-setting participle, weapons deployed, blows by
weapons, people named by their part in a debt, yielding to protests, and an attack's
aim hung on its attackers. Sentences written for these tests (invented places and
people where a name is needed)."""

from __future__ import annotations

from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

# ------------------------------------------------- actors the parse hides


def test_a_past_tense_hung_under_a_participle_modifier_has_the_modified_noun_as_doer() -> None:
    found, actors, targets = main(
        "A youth armed with an axe attacked two shopkeepers near the station before fleeing, police said."
    )
    assert found == "ASSAULT"
    assert overlaps(actors, "youth"), actors
    assert overlaps(targets, "shopkeepers"), targets


def test_a_misread_past_tense_after_a_by_phrase_has_the_modified_noun_as_doer() -> None:
    found, actors, targets = main(
        "Dessan troops backed by artillery pushed into the rebel town of Kell on Friday, officers said."
    )
    assert found in ("COERCE", "ASSAULT"), found
    assert overlaps(actors, "troops"), actors
    assert overlaps(targets, "Kell"), targets


def test_a_subject_with_its_own_verb_keeps_it() -> None:
    found, actors, _targets = main("A man armed with a rifle was arrested after he shot two guards.")
    assert found in ("COERCE", "ASSAULT"), found
    assert not overlaps(actors, "rifle"), actors


# ------------------------------------------------- targets named away from the verb


def test_a_free_relative_object_is_the_thing_it_is_called() -> None:
    found, _actors, targets = main("Orlenian jets bombed what the army called a rebel arms depot near Tarno.")
    assert found == "ASSAULT"
    assert overlaps(targets, "arms depot"), targets
    found, _actors, targets = main("Police detained what they described as a smuggling ring leader.")
    assert found == "COERCE"
    assert overlaps(targets, "leader"), targets


def test_a_thing_answered_is_aimed_at_whom_it_came_from_named_by_role() -> None:
    found, _actors, targets = main("The governor rejected calls from the opposition leader to resign.")
    assert found == "REJECT"
    assert overlaps(targets, "opposition leader"), targets
    found, _actors, targets = main("The ministry turned down a request by the teachers to reopen talks.")
    assert found == "REJECT"
    assert overlaps(targets, "teachers"), targets


def test_a_threat_is_aimed_at_whom_its_condition_is_put_on() -> None:
    found, actors, targets = main(
        "The dockers' union warned that its members would stop work unless the port authority raised wages."
    )
    assert found == "THREATEN"
    assert overlaps(actors, "union"), actors
    assert overlaps(targets, "port authority"), targets
    assert not overlaps(targets, "members"), targets


def test_a_threat_with_a_condition_on_a_thing_keeps_the_clause_subject() -> None:
    found, _actors, targets = main(
        "The rebels warned that they would resume attacks on Dessa if the talks failed."
    )
    assert found == "THREATEN"
    assert not overlaps(targets, "talks"), targets


def test_a_measure_over_an_area_is_aimed_at_the_area() -> None:
    found, _actors, targets = main("The army imposed martial law in three districts of the north.")
    assert found == "COERCE"
    assert overlaps(targets, "districts"), targets
    found, _actors, targets = main("The junta imposed a curfew in several townships.")
    assert found == "COERCE"
    assert overlaps(targets, "townships"), targets


def test_ending_a_state_of_emergency_is_a_retreat_aimed_at_its_area() -> None:
    found, actors, targets = main("The cabinet ended the state of emergency in the southern provinces.")
    assert found == "RETREAT"
    assert overlaps(actors, "cabinet"), actors
    assert overlaps(targets, "provinces"), targets
    found, _actors, targets = main("The government lifted the state of emergency in the capital.")
    assert found == "RETREAT"
    assert not overlaps(targets, "state"), targets


def test_an_attack_fought_off_keeps_the_aim_the_parser_hung_on_its_attackers() -> None:
    found, actors, targets = main("Soldiers repelled an attack by insurgents on a border post.")
    assert found == "ASSAULT"
    assert overlaps(actors, "insurgents"), actors
    assert overlaps(targets, "border post"), targets
    assert not overlaps(targets, "Soldiers"), targets


# ------------------------------------------------- which act is the sentence's


def test_a_fronted_participle_sets_the_scene_of_the_clause_act() -> None:
    found, _actors, targets = main(
        "Fighting alongside local militias, Kessan troops launched an offensive against rebel positions."
    )
    assert found == "ASSAULT"
    assert overlaps(targets, "rebel positions"), targets


def test_a_lone_fronted_participle_act_is_still_found() -> None:
    found, actors, _targets = main("Bowing to weeks of protests, the council scrapped the new parking fees.")
    assert found == "CONCEDE"
    assert overlaps(actors, "council"), actors


# ------------------------------------------------- categories


def test_weapons_deployed_are_a_mobilisation_not_aid() -> None:
    found, actors, _targets = main("The navy deployed fighter jets and frigates around the islands.")
    assert found == "MOBILIZE"
    assert overlaps(actors, "navy"), actors


def test_blows_by_weapons_are_an_attack_on_whatever_they_hit() -> None:
    found, actors, targets = main("Warplanes hit a wedding party in the village of Kell.")
    assert found == "ASSAULT"
    assert overlaps(actors, "Warplanes"), actors
    assert overlaps(targets, "wedding party"), targets
    found, actors, _targets = main("Government troops hit the rebel stronghold with artillery.")
    assert found == "ASSAULT"
    assert overlaps(actors, "troops"), actors


def test_a_beating_by_soldiers_stays_a_beating() -> None:
    doc = run("Soldiers beat up three detainees at the camp.")
    modes = [e.mode for e in doc._.ng_events if e.category == "ASSAULT"]
    assert modes == ["beat"], modes


def test_figurative_blows_stay_no_act() -> None:
    assert main("The scandal hit the party hard.")[0] is None
    assert main("Storms hit the coast overnight.")[0] is None


def test_people_named_by_their_part_in_a_debt_can_ask() -> None:
    found, actors, targets = main("The bank's creditors asked a judge to freeze its accounts.")
    assert found == "REQUEST"
    assert overlaps(actors, "creditors"), actors
    assert overlaps(targets, "judge"), targets


# ------------------------------------------------- doers named around the act


def test_the_subject_of_a_misread_adjective_phrase_does_the_act_reported() -> None:
    found, actors, _targets = main(
        "Villagers said fighters loyal to the colonel had attacked the village and burned the granary."
    )
    assert found == "ASSAULT", found
    assert overlaps(actors, "fighters"), actors
    assert not overlaps(actors, "Villagers"), actors


def test_an_attack_claimed_by_a_party_is_that_party_s() -> None:
    found, actors, _targets = main("The attack, which was claimed by a rebel group, killed six guards.")
    assert found == "ASSAULT"
    assert overlaps(actors, "rebel group"), actors


def test_a_weapon_s_act_told_with_its_attack_is_done_by_the_attackers() -> None:
    found, actors, targets = main(
        "A roadside bomb killed four police officers in an ambush by Kessan rebels."
    )
    assert found == "ASSAULT"
    assert overlaps(actors, "rebels"), actors
    assert overlaps(targets, "officers"), targets


def test_a_subject_the_parser_gave_a_participle_set_off_by_commas_is_the_verb_s() -> None:
    found, actors, _targets = main(
        "President Varga and Prime Minister Lenz, meeting in Tarno, agreed to reopen the border."
    )
    assert found == "AGREE"
    assert overlaps(actors, "Varga") and overlaps(actors, "Lenz"), actors


def test_a_thing_answered_names_its_proposer_by_a_participle_agent() -> None:
    found, _actors, targets = main("The union rejected the offer made by the employers.")
    assert found == "REJECT"
    assert overlaps(targets, "employers"), targets
