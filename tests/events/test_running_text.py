"""Issue 12, eighth round: false events on running news text. Forecasts and alerts are
no threats, a verbal attack in a headline is criticism, an infinitive's "to" is no
destination, a headline's subject is the act's party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.events import event_details
from newsgraph.events.ontology import OTHER
from newsgraph.records import Event
from tests.events.support import run_pipeline as run


def plover_events(doc: Doc) -> list[Event]:
    return [e for e in doc._.ng_events if e.category != OTHER]


def categories(doc: Doc) -> set[str]:
    return {e.category for e in doc._.ng_events}


def actor_phrases(doc: Doc, event: Event) -> list[str]:
    return [doc.text[s:e] for s, e in event_details(doc)[event.id].actor_spans]


# ---------------------------------------------------------------- warnings: forecasts are no threats


@pytest.mark.parametrize(
    "text",
    [
        "She warned that more snow was expected over the weekend.",
        "Forecasters warned of heavy rain in the northern hills.",
        "The treasurer warned that prices would climb again in spring.",
        "The rail operator warned that delays were likely on the coast line.",
        "He warned there would be long queues at the border.",
        "The coastguard has upgraded its warning to amber.",
        "A gale warning remains in force for the islands.",
        "Economists warned that a long strike could cost exporters millions a week.",
        "Farm groups warned that the new tariffs might hurt growers in the south.",
        "The weather office warned that another storm could hit the region later this week.",
    ],
)
def test_a_warning_of_weather_prices_or_delays_is_no_threat(text: str) -> None:
    assert "THREATEN" not in categories(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The militia warned it would shell the port.",
        "The rebels warned that they would retaliate.",
        "The general warned of reprisals if the border was crossed.",
        "The president warned the rebels to lay down their arms.",
        "The union warned that the strike would go ahead.",
        "The rebels warned that they could strike at any time.",
    ],
)
def test_a_warning_of_harm_a_party_would_do_stays_a_threat(text: str) -> None:
    assert "THREATEN" in categories(run(text))


# ---------------------------------------------------------------- verbal attacks in headlines


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader attacks mayor over housing delays",
        "Senator slams minister for budget cuts",
        "The candidate attacked the mayor on housing.",
    ],
)
def test_an_attack_on_an_office_holder_with_a_reason_is_criticism(text: str) -> None:
    found = categories(run(text))
    assert "ACCUSE" in found
    assert "ASSAULT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the governor on the bridge.",
        "Rebels attacked soldiers over the weekend.",
    ],
)
def test_a_place_or_a_time_is_no_reason(text: str) -> None:
    assert "ASSAULT" in categories(run(text))


# ---------------------------------------------------------------- "have to travel" is no visit


def test_the_infinitive_marker_is_no_destination() -> None:
    doc = run('"Keep off the roads unless you really need to drive," the police said.')
    assert not [e for e in doc._.ng_events if e.category == "CONSULT"]
    doc = run('"Stay at home unless you absolutely have to travel," the weather office wrote.')
    assert not [e for e in doc._.ng_events if e.category == "CONSULT"]


def test_travelling_to_a_place_is_still_a_visit() -> None:
    doc = run("The foreign minister needs to travel to Corland next week.")
    assert any(e.category == "CONSULT" and e.mode == "visit" for e in doc._.ng_events)


# ---------------------------------------------------------------- a headline's subject


def test_a_headline_read_as_one_compound_gives_its_subject_as_actor() -> None:
    doc = run("Port union orders walkout")
    strike = next(e for e in plover_events(doc) if e.category == "PROTEST")
    assert actor_phrases(doc, strike) == ["Port union"]


def test_a_full_sentence_is_not_read_as_a_headline() -> None:
    doc = run("Port union orders walkout.")
    strike = next(e for e in plover_events(doc) if e.category == "PROTEST")
    assert actor_phrases(doc, strike) == []


# ---------------------------------------------------------------- a natural force bearing an act noun


@pytest.mark.parametrize(
    "text",
    [
        "The storm poses a threat to low-lying villages.",
        "The police warned drivers that the mountain roads would be icy.",
    ],
)
def test_a_natural_force_poses_no_threat(text: str) -> None:
    assert "THREATEN" not in categories(run(text))


def test_a_party_posing_a_threat_still_does() -> None:
    assert "THREATEN" in categories(run("The militia poses a threat to the border villages."))


def test_a_warning_of_a_state_someone_will_be_in_is_no_threat() -> None:
    doc = run("The senator warned that her opponent would be under scrutiny for years.")
    assert "THREATEN" not in categories(doc)
    assert "THREATEN" in categories(run("The general warned that the army would be ready to strike."))


def test_a_named_storm_is_a_natural_force() -> None:
    assert "THREATEN" not in categories(
        run("The port authority took the threat of Hurricane Mira seriously.")
    )
    found = categories(
        run("Cyclone Orla slammed into the coast on Monday, killing nine people and forcing 5,000 to flee.")
    )
    assert not {"ASSAULT", "COERCE"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "It will be hard for the senator to attack them during the debates.",
        "The governor attacked the mayor in a newspaper column.",
        "She attacked him over his vote on the budget.",
    ],
)
def test_an_attack_on_a_person_set_in_speech_is_criticism(text: str) -> None:
    found = categories(run(text))
    assert "ACCUSE" in found
    assert "ASSAULT" not in found


@pytest.mark.parametrize(
    "text",
    ["Gunmen attacked them in the village.", "Rebels attacked the soldiers during the night."],
)
def test_an_attack_set_in_a_place_or_time_stays_force(text: str) -> None:
    assert "ASSAULT" in categories(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ellen Park warned that Governor Ray Dunn would cut pensions.",
        "The senator warned that Corland would invade the islands.",
    ],
)
def test_a_warning_about_a_third_party_is_no_threat_by_the_warner(text: str) -> None:
    assert "THREATEN" not in categories(run(text))


def test_a_party_warning_of_its_own_act_still_threatens() -> None:
    assert "THREATEN" in categories(run("Valmoria warned that it would retaliate against any incursion."))


# ---------------------------------------------------------------- failures and blocking


def test_failing_to_do_something_rejects_nothing() -> None:
    doc = run("The judge wrote that the land agency had failed to consider the effect on salmon.")
    assert "REJECT" not in categories(doc)


def test_failing_to_reach_agreement_stays_a_rejection() -> None:
    # CAMEO FAIL * TALKS, and how the PLOVER coders read it
    assert "REJECT" in categories(run("Valdoria and Corland failed to reach agreement on the border."))


@pytest.mark.parametrize(
    "text", ["A federal judge blocked the expansion of the mine.", "The senate blocked the bill."]
)
def test_blocking_a_plan_or_a_bill_is_no_protest(text: str) -> None:
    assert "PROTEST" not in categories(run(text))


@pytest.mark.parametrize(
    "text", ["Protesters blocked the road to the port.", "Demonstrators blocked the entrance to parliament."]
)
def test_blocking_a_way_or_a_site_is_obstruction(text: str) -> None:
    assert "PROTEST" in categories(run(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The prime minister asked for international support after the clashes.", "support"),
        ("The opposition called for talks with the government.", "talks"),
    ],
)
def test_an_act_asked_for_is_not_done(text: str, noun: str) -> None:
    asked = [e for e in run(text)._.ng_events if e.trigger.text == noun]
    assert asked and all(e.modality == "hypothetical" for e in asked)


@pytest.mark.parametrize(
    "text",
    [
        'The mayor called the vote "a political ambush" and said she would appeal.',
        "The senator branded the trade deal a surrender.",
        "Critics described the budget as an assault on the poor.",
    ],
)
def test_a_label_put_on_something_is_no_event(text: str) -> None:
    assert not {"ASSAULT", "RETREAT"} & set(categories(run(text)))


def test_an_act_a_label_is_put_on_stays_an_event() -> None:
    text = "Rebels launched an ambush on the convoy, which the army called a massacre."
    assert "ASSAULT" in categories(run(text))


def test_a_standing_role_in_a_relative_clause_is_no_act() -> None:
    text = "The militia, which controls the northern port, said on Monday that it would hold talks."
    assert "COOPERATE" not in categories(run(text))
    text = "Admiral Ida Vos, who commands the task force, said her ships were stretched."
    assert "COOPERATE" not in categories(run(text))
