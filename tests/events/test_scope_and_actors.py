"""Issue 12, session 14: actors by dependency shape (convening verbs, stranded passive
agents, spokesmen's pronouns, counted objects), a body noun that is no act, announced
deployments and reprisals, negation through a verb that lets or makes an act happen, and a
finding of guilt. Sentences written for these tests (invented places and people where a
name is needed)."""

from __future__ import annotations

import pytest

from newsgraph.events.formats import plover_category
from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

# ------------------------------------------------- who calls, hosts or attends an act holds it


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("The dockers' union called a general strike for Thursday.", "PROTEST", "union"),
        ("The opposition has called a nationwide strike in Varsk.", "PROTEST", "opposition"),
        ("The peace talks were hosted by Orlenia.", "CONSULT", "Orlenia"),
        ("The summit in Dessa was attended by leaders from nine countries.", "CONSULT", "leaders"),
    ],
)
def test_who_calls_hosts_or_attends_an_act_holds_it(text: str, category: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors


def test_a_call_that_names_or_judges_the_act_does_not_hold_it() -> None:
    """ "called the strike illegal": the caller judges the strike, the workers strike."""
    _found, actors, _targets = main("The governor called the strike by dock workers illegal.")
    assert not overlaps(actors, "governor"), actors


# ------------------------------------------------- a passive's "by" agent hung low in its clause


@pytest.mark.parametrize(
    ("text", "category", "actor", "target"),
    [
        ("The former mayor was found guilty of fraud by a court in Orlen.", "ACCUSE", "court", "mayor"),
        ("Two reporters were sentenced to prison for espionage by a military tribunal.", "COERCE", "tribunal",
         "reporters"),
    ],
)  # fmt: skip
def test_a_passive_agent_the_parser_hung_low_is_the_agent(
    text: str, category: str, actor: str, target: str
) -> None:
    found, actors, targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_a_by_phrase_in_a_setting_is_not_the_agent() -> None:
    """ "detained after an interview by a reporter": the reporter interviewed; the
    detainer is unnamed, and no guess is made across a phrase of time or setting."""
    found, actors, _targets = main("The blogger was detained after an interview by a reporter from Dessa.")
    assert found == "COERCE"
    assert not overlaps(actors, "reporter"), actors


# ------------------------------------------------- a finding of guilt (CAMEO2PLOVER 116)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("A court in Varsk found the former minister guilty of bribery.", "court", "minister"),
        ("The jury found the shipping firm liable for the oil spill.", "jury", "firm"),
    ],
)
def test_a_finding_of_guilt_is_an_accusation(text: str, actor: str, target: str) -> None:
    found, actors, targets = main(text)
    assert found == "ACCUSE"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_finding_someone_dead_is_no_verdict() -> None:
    assert main("The caretaker was found dead in his flat in Orlen.")[0] is None


# ------------------------------------------------- spokesmen, decisions, counted objects


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A spokesman for the rebels said they had captured the town of Kessa.", "rebels"),
        ("A spokeswoman for the Orlenian army said it had shelled rebel positions.", "army"),
    ],
)
def test_a_spokesmans_pronoun_is_the_body_he_speaks_for(text: str, actor: str) -> None:
    _found, actors, _targets = main(text)
    assert overlaps(actors, actor), actors
    assert not overlaps(actors, "spokes"), actors


def test_the_announcer_of_a_decision_takes_it() -> None:
    found, actors, _targets = main("The decision to expel the envoys was announced by the foreign ministry.")
    assert found == "SANCTION"
    assert overlaps(actors, "ministry"), actors


@pytest.mark.parametrize(
    ("text", "category", "target"),
    [
        ("The militia attacked hundreds of farmers near Kessa.", "ASSAULT", "farmers"),
        ("The kidnappers released two of the engineers on Sunday.", "RETREAT", "engineers"),
        ("Government troops have been holding dozens of villagers as human shields.", "ASSAULT", "villagers"),
    ],
)
def test_a_number_heading_the_object_counts_its_people(text: str, category: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == category
    assert overlaps(targets, target), targets


# ------------------------------------------------- a body noun is no act


def test_an_organisation_named_by_an_act_noun_is_the_body() -> None:
    """ "the alliance said it would ...": the alliance speaks; nobody allied."""
    doc = run("The alliance said on Monday that it would increase patrols in the northern sea.")
    assert not [e for e in doc._.ng_events if e.category == "COOPERATE"]


def test_an_alliance_between_parties_stays_an_act() -> None:
    found, _actors, _targets = main("The alliance between Orlenia and Dessa collapsed in May.")
    assert found == "COOPERATE"


# ------------------------------------------------- announced deployments and reprisals


@pytest.mark.parametrize(
    "text",
    [
        "The alliance said it would increase patrols in the northern sea.",
        "The coast guard will step up patrols along the coast.",
        "Orlenia said it would send troops to the border.",
    ],
)
def test_an_announced_deployment_is_no_threat(text: str) -> None:
    assert main(text)[0] == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Orlenia has vowed to retaliate if Dessa raises its tariffs.", "Orlenia", "Dessa"),
        ("The militia swore to retaliate against the army for the raid.", "militia", "army"),
        ("The rebels said they would hit back if the army entered Kessa.", "rebels", ""),
    ],
)
def test_an_announced_reprisal_is_a_threat(text: str, actor: str, target: str) -> None:
    found, actors, targets = main(text)
    assert found == "THREATEN"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_a_reprisal_done_is_no_threat() -> None:
    assert main("Orlenia retaliated with tariffs on Dessan steel.")[0] != "THREATEN"


# ------------------------------------------------- negation through "not allow / not let"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('"We will not allow our pipelines to be held hostage," the minister said.', "ASSAULT"),
        ("The government will not allow the reporters to be arrested.", "COERCE"),
        ("Orlenia will never let its ships be seized.", "COERCE"),
    ],
)
def test_an_act_a_negated_verb_would_let_happen_is_negated(text: str, category: str) -> None:
    events = [e for e in run(text)._.ng_events if e.category == category]
    assert all(e.modality == "negated" for e in events), events


def test_a_tensed_clause_under_a_negated_verb_keeps_its_own_modality() -> None:
    """ "did not say the port was closed" says nothing against the closing."""
    events = run("The minister did not say that police had arrested the reporters.")._.ng_events
    assert [e.modality for e in events if e.category == "COERCE"] == ["reported"]


def test_plover_coding_keeps_an_announced_deployment() -> None:
    doc = run("Orlenia said it would deploy troops along the border.")
    assert [plover_category(e) for e in doc._.ng_events if e.category == "MOBILIZE"] == ["MOBILIZE"]


# ------------------------------------------------- freedoms widened, forces moving themselves


@pytest.mark.parametrize(
    "text",
    [
        "The president has taken steps to widen press freedoms in Orlenia.",
        "The new junta restored civil liberties in May.",
    ],
)
def test_widening_political_freedoms_is_a_concession(text: str) -> None:
    assert main(text)[0] == "CONCEDE"


def test_an_armed_force_can_move_itself() -> None:
    found, actors, _targets = main("Thousands of Orlenian troops massed along the border with Dessa.")
    assert found == "MOBILIZE"
    assert overlaps(actors, "troops"), actors


def test_recapturing_a_town_is_a_seizure() -> None:
    found, actors, targets = main("Government troops recaptured the border town of Kessa on Sunday.")
    assert (found, overlaps(actors, "troops"), overlaps(targets, "Kessa")) == ("COERCE", True, True)


def test_a_crowd_gathering_is_no_mobilization() -> None:
    assert main("Crowds massed outside the stadium before the final.")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Orlenia resumed diplomatic relations with Dessa after a ten-year break.",
        "Orlenia and Dessa normalised ties in 2019.",
    ],
)
def test_taking_up_ties_again_is_diplomatic_cooperation(text: str) -> None:
    found, actors, _targets = main(text)
    assert found == "SUPPORT"
    assert overlaps(actors, "Orlenia"), actors


# ------------------------------------------------- a headline verb the tagger read as a noun


def test_a_headline_verb_read_as_a_noun_is_the_verb() -> None:
    found, actors, targets = main("Protesters storm parliament in Kessa")
    assert found == "PROTEST"
    assert overlaps(actors, "Protesters"), actors
    assert overlaps(targets, "parliament"), targets


def test_a_headline_about_the_weather_stays_no_event() -> None:
    assert main("Storm hits coast near Kessa")[0] is None


# ------------------------------------------------- strikers are no players


def test_people_on_strike_make_no_sports_report() -> None:
    found, actors, _targets = main("An offer of talks with the strikers was turned down by the union.")
    assert found == "REJECT"
    assert overlaps(actors, "union"), actors


def test_a_striker_in_the_singular_still_plays() -> None:
    assert main("The striker attacked down the left wing in the second half.")[0] is None
