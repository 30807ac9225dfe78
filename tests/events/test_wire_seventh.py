"""Issue 12, session 16 (h/events16): acts the seventh wire-dev batch (WIRE-DEV-701..820)
found uncoded or miscoded, fixed by category: ships boarded by a force, towns retaken,
envoys summoned, forces leaving or massing, diplomats declared unwelcome, relief flown in,
match scores with no sports word, headline verbs read as nouns, third parties between two
sides, people released, a body speaking of itself. Sentences written for these tests
(invented places and people where a name is needed; a real state where the actor
dictionary must know it)."""

from __future__ import annotations

import pytest

from newsgraph.lemmas import repaired_lemma
from newsgraph.lexicons import shipped_lexicons
from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run


def plover(text: str) -> list[str]:
    """The PLOVER categories of every event of ``text`` (OTHER left out)."""
    return [e.category for e in run(text)._.ng_events if e.category != "OTHER"]


# ------------------------------------------------- irregular pasts of prefixed verbs


@pytest.mark.parametrize(
    ("written", "lemma"),
    [("retook", "retake"), ("outfought", "outfight"), ("overran", "overrun"), ("withheld", "withhold")],
)
def test_an_irregular_past_of_a_prefixed_verb_has_its_verb_as_lemma(written: str, lemma: str) -> None:
    pasts = shipped_lexicons().table("verb_irregular_pasts")
    assert repaired_lemma(written, written, frozenset(), pasts) == lemma


@pytest.mark.parametrize(
    ("lemma", "written"), [("retake", "retaken"), ("relent", "relent"), ("resent", "resent")]
)
def test_a_lemma_the_model_found_or_a_verb_of_its_own_is_left_alone(lemma: str, written: str) -> None:
    pasts = shipped_lexicons().table("verb_irregular_pasts")
    assert repaired_lemma(lemma, written, frozenset(), pasts) == lemma


def test_a_town_retaken_is_seized() -> None:
    found, actors, targets = main("Dessan troops retook the town of Kell after a week of fighting.")
    assert found == "COERCE"
    assert overlaps(actors, "troops"), actors
    assert overlaps(targets, "Kell"), targets


# ------------------------------------------------- ships boarded by a force


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Orlenia's coast guard boarded the cargo ship on Tuesday.", "coast guard", "ship"),
        ("The tanker was boarded by naval commandos off the cape.", "commandos", "tanker"),
        ("Pirates boarded a fishing trawler south of the islands.", "Pirates", "trawler"),
    ],
)
def test_a_ship_boarded_by_a_force_is_seized(text: str, actor: str, target: str) -> None:
    found, actors, targets = main(text)
    assert found == "COERCE"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


@pytest.mark.parametrize(
    "text",
    ["Passengers boarded the ferry at dawn.", "The crew boarded the vessel before the storm."],
)
def test_passengers_and_crews_boarding_do_no_act(text: str) -> None:
    assert plover(text) == []


def test_a_ship_seized_at_sea_is_the_target_not_the_sea() -> None:
    _found, _actors, targets = main("Kessan marines seized an oil tanker in the Gulf of Orla.")
    assert overlaps(targets, "tanker"), targets


# ------------------------------------------------- envoys summoned


def test_an_envoy_summoned_is_a_consultation() -> None:
    found, actors, targets = main("The foreign ministry summoned the Dessan ambassador on Monday.")
    assert found == "CONSULT"
    assert overlaps(actors, "ministry"), actors
    assert overlaps(targets, "ambassador"), targets


def test_a_summons_to_protest_is_the_protest() -> None:
    found, _actors, _targets = main("Orlenia summoned the Dessan envoy to protest against the arrests.")
    assert found == "ACCUSE"


def test_courage_summoned_is_no_act() -> None:
    assert plover("She summoned the courage to speak to her father.") == []


# ------------------------------------------------- forces leaving, massing; unwelcome diplomats


def test_troops_leaving_a_country_withdraw() -> None:
    found, actors, targets = main("The last Kessan troops left Orlenia in May.")
    assert found == "RETREAT"
    assert overlaps(actors, "troops"), actors
    assert overlaps(targets, "Orlenia"), targets


@pytest.mark.parametrize(
    "text", ["The delegation left Orla on Friday evening.", "The soldiers left the barracks at dawn."]
)
def test_others_leaving_or_a_force_leaving_its_base_do_not_withdraw(text: str) -> None:
    assert "RETREAT" not in plover(text)


def test_tens_of_thousands_of_troops_massed_is_a_mobilisation() -> None:
    found, actors, _targets = main("Kessa massed tens of thousands of troops near the border.")
    assert found == "MOBILIZE"
    assert overlaps(actors, "Kessa"), actors


def test_diplomats_declared_unwelcome_are_expelled() -> None:
    found, actors, targets = main("Three Dessan diplomats were declared persona non grata by the government.")
    assert found == "SANCTION"
    assert overlaps(actors, "government"), actors
    assert overlaps(targets, "diplomats"), targets


def test_a_state_the_tagger_left_unnamed_expels_by_ordering_an_envoy_out() -> None:
    found, actors, targets = main("Chad ordered the German ambassador to leave the country within 48 hours.")
    assert found == "SANCTION"
    assert overlaps(actors, "Chad"), actors
    assert overlaps(targets, "ambassador"), targets


# ------------------------------------------------- armed people, relief flown in


def test_people_a_modifier_says_are_armed_can_attack() -> None:
    found, actors, targets = main("The village was attacked overnight by armed herders.")
    assert found == "ASSAULT"
    assert overlaps(actors, "herders"), actors
    assert overlaps(targets, "village"), targets


def test_relief_flown_in_by_a_party_is_aid_in_the_passive_too() -> None:
    found, actors, targets = main(
        "Tents and blankets were airlifted to flood victims by the Kessan air force."
    )
    assert found == "AID"
    assert overlaps(actors, "air force"), actors
    assert overlaps(targets, "victims"), targets


# ------------------------------------------------- a match score is a sports report


@pytest.mark.parametrize(
    "text",
    [
        "Harlow beat Brenton 2-1 at home on Saturday.",
        "The Wolves fought back to draw 3-3 with the Bees.",
        "Orla Rovers were thrashed 5-0 by Kessa United.",
        "Harlow crushed Brenton 3-0 at the Westfield ground.",
    ],
)
def test_a_score_between_two_sides_is_a_match_report(text: str) -> None:
    assert plover(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The senate voted 51-49 to impose sanctions on Kessa.", "SANCTION"),
        ("Gunmen killed 10-12 villagers near Orla.", "ASSAULT"),
        ("Commandos boarded the aid flotilla in open waters.", "COERCE"),
    ],
)
def test_a_tally_or_a_range_is_no_score(text: str, category: str) -> None:
    assert category in plover(text)


# ------------------------------------------------- headlines, third parties, bodies speaking


@pytest.mark.parametrize(
    "text", ["Rebels attack army base in north", "Rebels attack army post near Orla, killing three soldiers"]
)
def test_a_headline_verb_read_as_a_noun_has_its_object(text: str) -> None:
    found, actors, targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(actors, "Rebels"), actors
    assert overlaps(targets, "army"), targets
    assert not overlaps(targets, "Rebels"), targets


def test_a_headline_infinitive_announces_talks() -> None:
    found, actors, targets = main("Kessa to hold talks with dock unions")
    assert found == "AGREE"
    assert overlaps(actors, "Kessa"), actors
    assert overlaps(targets, "unions"), targets


def test_workers_striking_over_pay_walk_out() -> None:
    found, actors, _targets = main("Dock workers strike over pay in Orla")
    assert found == "PROTEST"
    assert overlaps(actors, "workers"), actors


@pytest.mark.parametrize(
    ("text", "actor", "sides"),
    [
        ("Kessa is mediating between the two sides, a diplomat said.", "Kessa", "sides"),
        ("Egypt hosted talks between the rebels and the government.", "Egypt", "rebels"),
        ("Norway brokered a truce between the rebels and the army.", "Norway", "rebels"),
    ],
)
def test_the_sides_of_a_third_party_act_are_its_targets(text: str, actor: str, sides: str) -> None:
    _found, actors, targets = main(text)
    assert overlaps(actors, actor), actors
    assert not overlaps(actors, sides), actors
    assert overlaps(targets, sides), targets


def test_the_people_released_are_the_target_of_a_release() -> None:
    found, _actors, targets = main("The court ordered the release of 12 opposition activists.")
    assert found == "RETREAT"
    assert overlaps(targets, "activists"), targets


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The army said it had recaptured two towns in the north.", "army"),
        ("A spokesman for the rebels said they had captured the town.", "rebels"),
    ],
)
def test_a_body_speaks_of_itself_and_a_spokesman_of_his_body(text: str, actor: str) -> None:
    _found, actors, _targets = main(text)
    assert overlaps(actors, actor), actors


@pytest.mark.parametrize(
    "text",
    [
        "The government imposed a state of emergency in three provinces.",
        "The president declared martial law across the country.",
    ],
)
def test_a_state_of_emergency_imposed_is_coercion(text: str) -> None:
    found, _actors, targets = main(text)
    assert found == "COERCE"
    assert not overlaps(targets, "state"), targets


def test_days_of_mourning_declared_are_no_coercion() -> None:
    assert plover("The country declared three days of national mourning.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The talks, which were hosted by Oman, ended without an agreement.", "Oman"),
        ("The talks that Oman hosted ended without an agreement.", "Oman"),
        ("The strike, which was called by the transport union, closed the port.", "union"),
    ],
)
def test_who_hosts_or_calls_an_act_in_a_relative_clause_holds_it(text: str, actor: str) -> None:
    _found, actors, _targets = main(text)
    assert overlaps(actors, actor), actors


def test_who_names_an_act_in_a_relative_clause_does_not_hold_it() -> None:
    _found, actors, _targets = main("The deal that critics called a betrayal was signed in May.")
    assert not overlaps(actors, "critics"), actors


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Nurses walked out of hospitals across the country on Monday.", "PROTEST"),
        ("Opposition lawmakers walked out of parliament.", "PROTEST"),
        ("The delegation walked out of the talks in Orla.", "SANCTION"),
    ],
)
def test_people_walking_out_of_their_work_protest_out_of_talks_break_them_off(
    text: str, category: str
) -> None:
    found, _actors, _targets = main(text)
    assert found == category
