"""Issue 12, session 17 (h/events17): categories the eighth wire-dev batch
(WIRE-DEV-821..940) and the lead's reading found wrong, fixed by category: harm promised
is a threat, a court's conviction a finding of guilt, a police raid a search, natural
forces the tagger took for names, titles defended and a match report's narration, relief
carried by a party's convoy, kin speaking as a party, travel with no place visited.
Sentences written for these tests (invented places and people where a name is needed)."""

from __future__ import annotations

import pytest

from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import plover_categories as plover
from tests.events.support import run_pipeline as run

# ------------------------------------------------- harm promised is a threat


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The militia vowed revenge for the death of its leader.", "militia"),
        ("The defence minister promised a proportionate response.", "minister"),
        ("Dessa pledged a crushing answer to any incursion.", "Dessa"),
        ("The interior minister vowed a crackdown on the smuggling gangs.", "minister"),
    ],
)
def test_a_promise_of_harm_is_a_threat(text: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == "THREATEN"
    assert overlaps(actors, actor), actors


def test_whom_promised_harm_is_aimed_at_is_its_target() -> None:
    found, _actors, targets = main("The rebels vowed retaliation against the army.")
    assert found == "THREATEN"
    assert overlaps(targets, "army"), targets
    assert not overlaps(targets, "retaliation"), targets


@pytest.mark.parametrize(
    "text",
    [
        "The governor promised a full inquiry into the fire.",
        "The mayor promised a swift response to the flooding.",
        "The two sides pledged a lasting truce.",
    ],
)
def test_a_promise_of_anything_else_stays_an_agreement(text: str) -> None:
    assert main(text)[0] == "AGREE"


# ------------------------------------------------- a conviction is a finding of guilt


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A court in Kell convicted the former governor of fraud.", "governor"),
        ("The former governor was convicted of fraud on Tuesday.", "governor"),
        ("Two journalists were convicted by a military court of spreading rumours.", "journalists"),
    ],
)
def test_a_conviction_is_a_finding_of_guilt(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "ACCUSE"
    assert overlaps(targets, target), targets


def test_a_sentence_handed_down_stays_coercion() -> None:
    assert main("A court in Kell sentenced the former governor to ten years in prison.")[0] == "COERCE"


# ------------------------------------------------- a police raid is a search


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Police raided the headquarters of an opposition party on Monday.", "Police", "party"),
        ("Riot police raided the offices of a student union.", "police", "union"),
        ("Officers raided the homes of four activists before dawn.", "Officers", "activists"),
    ],
)
def test_a_raid_by_the_police_is_coercion(text: str, actor: str, target: str) -> None:
    found, actors, targets = main(text)
    assert found == "COERCE"
    assert overlaps(actors, actor), actors
    assert overlaps(targets, target), targets


def test_a_raid_by_soldiers_stays_an_attack() -> None:
    assert main("Soldiers raided a rebel hideout in the hills.")[0] == "ASSAULT"


# ------------------------------------------------- natural forces misread as names


@pytest.mark.parametrize(
    "text",
    [
        "Wildfires destroyed dozens of farms east of the city.",
        "Floods destroyed two bridges on the main road.",
    ],
)
def test_a_natural_force_opening_the_sentence_does_no_act(text: str) -> None:
    assert plover(text) == []


# ------------------------------------------------- sport: titles and a match report's narration


def test_a_title_defended_is_no_support() -> None:
    assert plover("The champion defended her crown with a win in three sets.") == []


def test_the_sentence_after_a_match_score_borrows_words_of_yielding() -> None:
    text = "Orlen Rovers beat Kessa Athletic 2-0 in the league on Saturday. The win lifts Rovers to fourth."
    assert plover(text) == []


def test_the_sentence_after_a_drawn_match_borrows_words_of_yielding() -> None:
    text = "Kessa United drew 1-1 with Orla City. The point lifts United off the bottom."
    assert plover(text) == []


def test_a_tied_vote_is_no_match() -> None:
    text = "The council tied 4-4 on the motion. The mayor lifted the ban on street vendors."
    assert "CONCEDE" in plover(text)


def test_a_ban_lifted_next_to_no_sport_is_still_a_concession() -> None:
    text = "The junta met party leaders on Saturday. It lifted the ban on opposition parties."
    assert "CONCEDE" in plover(text)


# ------------------------------------------------- relief by a party's convoy, kin as a party, travel


def test_relief_delivered_by_a_party_s_convoy_is_aid() -> None:
    found, actors, targets = main("Tents and blankets were delivered to the camp by a Red Cross convoy.")
    assert found == "AID"
    assert overlaps(actors, "convoy"), actors
    assert overlaps(targets, "camp"), targets


def test_rain_delivered_by_a_storm_is_no_aid() -> None:
    assert plover("The storm delivered heavy rain to the coast.") == []


def test_relatives_can_make_a_demand() -> None:
    found, actors, targets = main("Relatives of the missing miners urged the company to resume the search.")
    assert found == "REQUEST"
    assert overlaps(actors, "Relatives"), actors
    assert overlaps(targets, "company"), targets


def test_touring_with_no_place_visited_is_no_visit() -> None:
    assert plover("The band announced a break from touring.") == []
    assert main("The president toured the flooded districts on Monday.")[0] == "CONSULT"


# ------------------------------------------------- people named by their party


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A senior opposition figure was shot dead outside his office in Kell.", "figure"),
        ("Gunmen shot a rebel envoy near the market.", "envoy"),
    ],
)
def test_a_person_named_by_the_party_is_a_person(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(targets, target), targets


def test_a_thing_named_by_the_party_stays_a_thing() -> None:
    assert plover("The director shot the army trucks for his film.") == []


# ------------------------------------------------- care for the hurt


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Army medics treated the injured at a field hospital.", "medics"),
        ("Red Cross doctors treated dozens of wounded villagers in Kell.", "doctors"),
    ],
)
def test_tending_the_hurt_is_aid(text: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == "AID"
    assert overlaps(actors, actor), actors


@pytest.mark.parametrize(
    "text",
    ["The hosts treated the guests to a lavish dinner.", "The court treated the defendants as enemies."],
)
def test_treating_anyone_else_is_no_aid(text: str) -> None:
    assert "AID" not in plover(text)


# ------------------------------------------------- silencing people, shutting bodies down


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The junta silenced dissidents and journalists.", "dissidents"),
        ("The authorities shut down the main opposition party on Friday.", "party"),
        ("The ministry moved to shut down hundreds of charities.", "charities"),
    ],
)
def test_silencing_people_and_shutting_down_bodies_is_coercion(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "COERCE"
    assert overlaps(targets, target), targets


@pytest.mark.parametrize(
    "text", ["The company shut down the plant in March.", "The late goal silenced the home fans."]
)
def test_plants_shut_and_crowds_hushed_are_no_coercion(text: str) -> None:
    assert "COERCE" not in plover(text)


# ------------------------------------------------- ceasefires broken, agreements broken, armed foes defeated


@pytest.mark.parametrize(
    "text", ["Dessan forces breached the truce overnight.", "The militia broke the ceasefire within hours."]
)
def test_breaking_a_ceasefire_is_force(text: str) -> None:
    assert main(text)[0] == "ASSAULT"


@pytest.mark.parametrize(
    "text", ["The two sides broke the agreement.", "The government broke its promise to the farmers."]
)
def test_breaking_an_agreement_is_a_rejection(text: str) -> None:
    assert main(text)[0] == "REJECT"


def test_defeating_an_armed_body_is_fighting() -> None:
    found, _actors, targets = main("Government troops defeated the rebels near the river.")
    assert found == "ASSAULT"
    assert overlaps(targets, "rebels"), targets


@pytest.mark.parametrize(
    "text", ["The Rebels defeated the Tigers 3-1.", "The senator defeated the incumbent."]
)
def test_defeating_a_team_or_a_candidate_is_no_fight(text: str) -> None:
    assert plover(text) == []


def test_a_pardon_releases_people() -> None:
    found, actors, targets = main("The president pardoned forty jailed activists on Sunday.")
    assert found == "RETREAT"
    assert overlaps(actors, "president"), actors
    assert overlaps(targets, "activists"), targets


# ------------------------------------------------- loans granted, craft hijacked, captives freed


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Dessa extended a 20 million dollar credit to Orla.", "Orla"),
        ("The bank's owners granted Orla a loan of 50 million euros.", "Orla"),
    ],
)
def test_money_lent_to_a_party_is_aid(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "AID"
    assert overlaps(targets, target), targets


def test_taking_credit_is_no_aid() -> None:
    assert "AID" not in plover("The rebels claimed credit for the attack.")


def test_a_hijacked_craft_is_the_target_of_an_abduction() -> None:
    found, actors, targets = main("Gunmen hijacked a bus carrying 40 pilgrims.")
    assert found == "ASSAULT"
    assert overlaps(actors, "Gunmen"), actors
    assert overlaps(targets, "bus"), targets


def test_people_held_captive_are_people_whatever_their_trade() -> None:
    found, _actors, targets = main("The militia released three kidnapped surveyors on Friday.")
    assert found == "RETREAT"
    assert overlaps(targets, "surveyors"), targets


# ------------------------------------------------- protesters ending their protest


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The dockers' union called off the strike on Sunday.", "union"),
        ("Doctors suspended their strike after a week.", "Doctors"),
        ("The opposition called off Friday's march.", "opposition"),
    ],
)
def test_protesters_ending_their_protest_concede(text: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == "CONCEDE"
    assert overlaps(actors, actor), actors


def test_a_strike_called_off_is_no_strike() -> None:
    doc = run("The union called off the strike after the deal.")
    assert not [e for e in doc._.ng_events if e.category == "PROTEST" and e.modality != "negated"]


@pytest.mark.parametrize(
    "text",
    [
        "The company's agreement with the unions ended a two-week strike.",
        "The port authority and the dockers signed a deal on Monday ending a month-long strike.",
    ],
)
def test_a_deal_that_ends_a_strike_is_the_deal(text: str) -> None:
    assert main(text)[0] == "AGREE"
    assert "CONCEDE" not in plover(text)


def test_a_boat_intercepted_by_a_navy_is_seized() -> None:
    found, actors, targets = main("Orla's navy intercepted a fishing boat near the islands.")
    assert found == "COERCE"
    assert overlaps(actors, "navy"), actors
    assert overlaps(targets, "boat"), targets


# ------------------------------------------------- hearings into a matter


def test_hearings_into_a_matter_are_an_investigation() -> None:
    found, actors, _targets = main("A senate panel opened hearings into the sale of the port.")
    assert found == "ACCUSE"
    assert overlaps(actors, "panel"), actors


@pytest.mark.parametrize(
    "text", ["The suspect appeared at a bail hearing on Monday.", "The hearing was adjourned until March."]
)
def test_a_hearing_into_nothing_is_no_investigation(text: str) -> None:
    assert plover(text) == []


# ------------------------------------------------- suspects handed over, joint patrols


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dessa handed over the suspects to Orlenian authorities.", "COOPERATE"),
        ("The militia handed over two suspected smugglers to the police.", "COOPERATE"),
        ("The rebels handed over three hostages to the Red Cross.", "RETREAT"),
    ],
)
def test_suspects_handed_over_are_judicial_cooperation(text: str, found: str) -> None:
    assert main(text)[0] == found


def test_joint_patrols_are_cooperation() -> None:
    assert main("Orla and Dessa held joint patrols along the border.")[0] == "COOPERATE"
    assert main("The army stepped up patrols along the border.")[0] == "MOBILIZE"


# ------------------------------------------------- questioning by the police


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police questioned the governor over the missing funds.", "governor"),
        ("The former minister was questioned by prosecutors for six hours.", "minister"),
    ],
)
def test_questioning_by_the_police_is_an_investigation(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "ACCUSE"
    assert overlaps(targets, target), targets


@pytest.mark.parametrize(
    "text",
    [
        "Reporters questioned the minister about the budget.",
        "The senator questioned the legitimacy of the vote.",
    ],
)
def test_questioning_by_others_is_no_investigation(text: str) -> None:
    assert plover(text) == []
