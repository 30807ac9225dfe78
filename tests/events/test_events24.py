"""Issue 12, session 24 (h/events24): categories by construction for the kinds of miss the
lead saw on the tune halves (an attack noun told by what it hit, a walkout's effect, an
alert of a hazard, a service stopped, a purchase of things, an ordeal faced, a verb whose
"e" the model cut). Sentences written for these tests (invented places: Kessa, Dessa,
Amel); each rule has siblings with other words of its category and a case it must leave."""

from __future__ import annotations

import pytest

from newsgraph.lemmas import repaired_lemma
from tests.events.support import main_act as main
from tests.events.support import plover_categories, run_pipeline

# ------------------------------------- an act noun of two readings, told by a place it hit


@pytest.mark.parametrize(
    "text",
    [
        "Kessan jets pounded Amel overnight. One strike hit a school, killing six people.",
        "A second strike destroyed the bridge near the border on Tuesday.",
        "Witnesses said one strike hit a hospital in the north of Amel.",
    ],
)
def test_a_doerless_strike_that_hit_a_place_is_an_attack(text: str) -> None:
    doc = run_pipeline(text)
    strikes = [e for e in doc._.ng_events if e.lemma == "strike"]
    assert strikes and all(e.category == "ASSAULT" for e in strikes)


@pytest.mark.parametrize(
    "text",
    [
        "The strike hit production at the Amel car plant.",
        "The dockers' strike hit exports for a second week.",
    ],
)
def test_a_strike_that_hit_no_place_stays_a_walkout(text: str) -> None:
    assert "ASSAULT" not in plover_categories(text)
    assert "PROTEST" in plover_categories(text)


# ------------------------------------- a verb of attack whose subject is another act


@pytest.mark.parametrize(
    "text",
    [
        "The strike hit the national airline hard.",
        "The strike battered the national airline.",
        "The strike hammered the tourism industry in Amel.",
    ],
)
def test_what_a_walkout_did_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in plover_categories(text)


@pytest.mark.parametrize(
    "text",
    ["The week-long walkout hit the carmaker's output.", "The boycott hit Dessan exporters hard."],
)
def test_what_another_act_noun_did_stays_no_attack(text: str) -> None:
    assert "ASSAULT" not in plover_categories(text)


def test_an_attack_noun_that_killed_stays_an_attack() -> None:
    assert main("The bombing killed 12 people in Amel.")[0] == "ASSAULT"


# ------------------------------------- an alert of a hazard mobilises no force


@pytest.mark.parametrize(
    "text",
    [
        "The city of Amel raised its flood alert to the highest level.",
        "Authorities raised the storm alert for the coast on Tuesday.",
        "Officials in Kessa raised the heat alert as temperatures climbed.",
    ],
)
def test_an_alert_of_a_hazard_is_no_mobilisation(text: str) -> None:
    assert "MOBILIZE" not in plover_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kessan army put its troops on high alert.",
        "The government raised the alert for its armed forces.",
        "Kessa raised its alert level on Monday.",
    ],
)
def test_a_force_readied_still_mobilises(text: str) -> None:
    assert main(text)[0] == "MOBILIZE"


# ------------------------------------- a service stopped with nobody named


@pytest.mark.parametrize(
    "text",
    [
        "Trains were suspended across the region on Monday.",
        "Bus routes in the north were suspended for the day.",
        "Classes at the university were suspended after the storm.",
    ],
)
def test_a_service_stopped_by_nobody_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in plover_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Dessa were suspended on Friday.",
        "Imports of Dessan beef were suspended.",
        "Kessa suspended trains to Dessa on Monday.",
    ],
)
def test_a_party_named_keeps_the_sanction(text: str) -> None:
    assert main(text)[0] == "SANCTION"


# ------------------------------------- a purchase of things is no cooperation


@pytest.mark.parametrize(
    "text",
    [
        "The minister bought two houses in the capital last year.",
        "The party leader bought a painting for two million dollars.",
        "The governor purchased three luxury cars with public money.",
    ],
)
def test_a_purchase_of_things_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in plover_categories(text)


# ------------------------------------- a frame coded only for what is done to the subject


@pytest.mark.parametrize(
    "text",
    [
        "The company will face daily penalties if it misses the deadline.",
        "The firm faced heavy penalties for the spill.",
        "The minister faces a penalty for the delay.",
    ],
)
def test_a_reverse_only_frame_makes_no_act_of_the_subject(text: str) -> None:
    assert "ACCUSE" not in plover_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kessa obtained assurances from Dessa on the border.", "AGREE"),
        ("Thousands of refugees immigrated to Dessa last year.", "AID"),
    ],
)
def test_the_subject_of_a_reverse_only_frame_is_not_its_doer(text: str, category: str) -> None:
    # the book codes Dessa's assurances and Dessa's asylum; the subject only receives them
    doc = run_pipeline(text)
    assert all(e.category != category for e in doc._.ng_events)


def test_an_ultimatum_with_or_face_is_still_a_threat() -> None:
    text = "The unions gave the government 48 hours to withdraw the bill or face a national strike."
    assert main(text)[0] == "THREATEN"


# ------------------------------------- a lemma whose "e" the model cut


@pytest.mark.parametrize(
    ("lemma", "word", "meant"),
    [
        ("rat", "rates", "rate"),
        ("rat", "rated", "rate"),
        ("stag", "staging", "stage"),
        ("tap", "taped", "tape"),
        ("bit", "bites", "bite"),
    ],
)
def test_an_impossible_spelling_restores_the_e(lemma: str, word: str, meant: str) -> None:
    assert repaired_lemma(lemma, word, set()) == meant


@pytest.mark.parametrize(
    ("lemma", "word"),
    [("rat", "rats"), ("fix", "fixes"), ("go", "goes"), ("visit", "visited"), ("need", "needed"),
     ("ban", "banned"), ("show", "showed"), ("help", "helped")],
)
def test_a_possible_spelling_keeps_the_lemma(lemma: str, word: str) -> None:
    assert repaired_lemma(lemma, word, set()) == lemma


def test_rates_the_stock_is_rate() -> None:
    doc = run_pipeline("Morgan Stanley rates the stock overweight.")
    assert all(e.lemma != "rat" for e in doc._.ng_events)


# ------------------------------------- a half of play makes a verb of force play


@pytest.mark.parametrize(
    "text",
    [
        "The team struck twice in the second half.",
        "The home side attacked relentlessly in the second half.",
        "Kessa City attacked relentlessly in the second half.",
        "The Kessan side struck three times in the first half.",
    ],
)
def test_a_half_of_play_is_sport(text: str) -> None:
    assert plover_categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town in the second half of the year.",
        "Kessan troops attacked the border post in the first half of May.",
    ],
)
def test_a_half_of_a_year_is_no_sport(text: str) -> None:
    assert main(text)[0] == "ASSAULT"


def test_a_half_of_play_leaves_an_act_noun_of_another_kind() -> None:
    assert "PROTEST" in plover_categories("Sales fell in the first half after the strike at the Amel plant.")


# ------------------------------------- a force brought to a state of readiness


@pytest.mark.parametrize(
    "text",
    [
        "Kessa placed its air force on combat readiness on Monday.",
        "Kessa brought its troops near the border to the highest level of readiness, the army chief said.",
        "The Kessan army moved its missile units to a higher state of preparedness.",
    ],
)
def test_a_force_brought_to_readiness_is_mobilised(text: str) -> None:
    assert main(text)[0] == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "The Kessan health ministry brought the hospitals to a state of readiness.",
        "The council put the coast on flood alert.",
    ],
)
def test_readiness_of_no_force_is_no_mobilisation(text: str) -> None:
    assert "MOBILIZE" not in plover_categories(text)


# ------------------------------------- a demand satisfied is a concession


@pytest.mark.parametrize(
    "text",
    [
        "The Kessan government met the strikers' main demand on Friday.",
        "The Kessan ministry satisfied the union's demands after a week of talks.",
        "The Kessan government heeded the farmers' demands and cut fuel taxes.",
        "The Kessan cabinet scrapped the fuel tax, meeting a key demand of the protesters.",
    ],
)
def test_a_demand_satisfied_is_a_concession(text: str) -> None:
    assert main(text)[0] == "CONCEDE"


def test_a_demand_not_met_is_a_rejection() -> None:
    assert main("Kessa did not meet the protesters' demands.")[0] == "REJECT"


def test_meeting_a_party_is_still_a_meeting() -> None:
    assert main("The Kessan president met the Dessan envoy on Monday.")[0] == "CONSULT"


def test_a_plan_meeting_a_demand_concedes_nothing() -> None:
    assert "CONCEDE" not in plover_categories("The new housing plan meets the demand for cheap flats.")


# ------------------------------------- a member put out of a body or a meeting


@pytest.mark.parametrize(
    "text",
    [
        "The African Union banished Dessa from its summit.",
        "The regional bloc banished the Kessan government from its summit.",
        "The regional bloc exiled the Dessan government from its summits.",
    ],
)
def test_a_state_banished_from_a_body_is_a_sanction(text: str) -> None:
    assert main(text)[0] == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "Kessa banished the journalists from the country.",
        "The junta exiled the former president to Dessa.",
    ],
)
def test_people_banished_stay_deported(text: str) -> None:
    assert main(text)[0] == "COERCE"


# ------------------------------------- a position softened gives ground


@pytest.mark.parametrize(
    "text",
    [
        "Kessa softened its stance on Dessa's membership bid on Thursday.",
        "The Kessan government toned down its rhetoric against Dessa.",
        "The Kessan government moderated its demands on Monday.",
    ],
)
def test_a_position_softened_is_a_concession(text: str) -> None:
    assert main(text)[0] == "CONCEDE"


def test_softening_a_thing_is_no_act() -> None:
    assert plover_categories("The cook softened the butter before baking.") == []


# ------------------------------------- a party addressed for something given: a request


@pytest.mark.parametrize(
    "text",
    [
        "The Kessan government turned to Dessa for emergency aid.",
        "The Kessan government looked to Dessa for financial support.",
        "The Kessan finance minister tapped Dessa for emergency funding.",
        "The Kessan cabinet approached Dessa for a loan.",
    ],
)
def test_a_party_addressed_for_a_gift_is_asked(text: str) -> None:
    assert main(text)[0] == "REQUEST"


def test_a_partys_own_gift_is_the_reason_not_the_thing_asked() -> None:
    assert main("Kessa rewarded Dessa for its support.")[0] != "REQUEST"


# ------------------------------------- a company's officer leaving office


@pytest.mark.parametrize(
    "text",
    [
        "The airline's chief executive retired on Friday after 22 years with the company.",
        "The bank's chairman resigned on Monday.",
        "The carmaker's chief executive stepped down after the emissions scandal.",
    ],
)
def test_a_company_officer_leaving_office_is_no_act(text: str) -> None:
    assert plover_categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kessan interior minister resigned over the scandal.",
        "The central bank's governor resigned on Monday.",
        "The ruling party's leader stepped down.",
    ],
)
def test_a_public_officer_leaving_office_still_retreats(text: str) -> None:
    assert main(text)[0] == "RETREAT"


# ------------------------------------- a market's demand whose level changes


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect oil prices to plateau as demand from Dessa slows.",
        "Demand in Kessa fell sharply last quarter.",
        "Exporters said demand had weakened over the summer.",
    ],
)
def test_a_demand_whose_level_changes_is_a_markets(text: str) -> None:
    assert "REQUEST" not in plover_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Demands for a ceasefire grew louder in Amel.",
        "The union's demand for higher pay grew more insistent.",
    ],
)
def test_demands_made_stay_requests(text: str) -> None:
    assert "REQUEST" in plover_categories(text)
