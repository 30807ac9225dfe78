"""Issue 12, session 11: actor shapes and act words that unseen wire sentences use.
A finite verb after a comma-closed relative clause, people named by kind ("families",
"a scholar"), the projectile of an act of force, the modifiers that decide an event
noun's sense ("missile strikes"), a consultation by telephone, a stated concern and a
ban on a group. Sentences written for these tests (invented places and people where a
name is needed)."""

from __future__ import annotations

import pytest

from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

# ------------------------------------------------- the subject of a relative clause's antecedent


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("The Nordic Council, which is Valmoria's largest donor, called on Corland to free the detainees.",
         "REQUEST", "Nordic Council"),
        ("The Coastal League, which has thirty member states, urged the two navies to stand down.",
         "REQUEST", "Coastal League"),
    ],
)
def test_a_finite_verb_after_a_relative_clause_belongs_to_its_antecedent(
    text: str, category: str, actor: str
) -> None:
    found, actors, _targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors


# ------------------------------------------------- people named by kind


def test_families_of_victims_can_make_a_request() -> None:
    found, actors, targets = main(
        "Families of the missing miners, who have waited outside the pit for days, "
        "appealed to the company to resume the search."
    )
    assert found == "REQUEST"
    assert overlaps(actors, "Families")
    assert overlaps(targets, "company")


def test_a_person_named_by_profession_can_be_sentenced() -> None:
    found, actors, targets = main(
        "Valmorian authorities have sentenced a prominent scholar to ten years in prison."
    )
    assert found == "COERCE"
    assert overlaps(actors, "authorities")
    assert overlaps(targets, "scholar")


def test_a_released_report_is_still_no_act() -> None:
    found, _actors, _targets = main("The ministry released a report on Monday.")
    assert found is None


# ------------------------------------------------- the means of force is no target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebel forces fired a missile at a cargo ship off the coast of Corland.", "cargo ship"),
        ("Militants fired rockets at an army base near the border town of Harwick.", "army base"),
    ],
)
def test_the_projectile_of_an_attack_is_its_means(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(targets, target), targets


# ------------------------------------------------- modifiers decide an event noun's sense


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Valmoria launched missile strikes on the port of Harwick overnight.", "ASSAULT"),
        ("The air force launched drone strikes on rebel positions.", "ASSAULT"),
        ("Dock workers launched a strike on Monday over unpaid wages.", "PROTEST"),
    ],
)
def test_a_modified_strike_noun_is_read_by_its_modifier(text: str, category: str) -> None:
    found, _actors, _targets = main(text)
    assert found == category


# ------------------------------------------------- consultations, concerns, bans


def test_speaking_by_telephone_is_a_consultation() -> None:
    found, actors, targets = main(
        "The Valmorian president spoke by telephone with the Corlish prime minister about the border dispute."
    )
    assert found == "CONSULT"
    assert overlaps(actors, "president")
    assert overlaps(targets, "prime minister")


def test_speaking_to_reporters_is_no_consultation() -> None:
    found, _actors, _targets = main("The president spoke to reporters after the ceremony.")
    assert found is None


def test_a_stated_concern_is_disapproval_of_its_object() -> None:
    found, actors, targets = main("Valmoria voiced concern over Corlish naval exercises near the islands.")
    assert found == "ACCUSE"
    assert overlaps(actors, "Valmoria")
    assert overlaps(targets, "Corlish")


def test_a_concern_nobody_states_is_no_act() -> None:
    found, _actors, _targets = main("Concern over rising bread prices grew in the capital.")
    assert found is None


def test_barring_a_group_from_an_activity_is_a_ban() -> None:
    found, actors, targets = main("The junta barred women from working in government offices.")
    assert found == "COERCE"
    assert overlaps(actors, "junta")
    assert overlaps(targets, "women")


# ------------------------------------------------- the act's own object, headlines, arson


def test_an_exchange_of_fire_between_sides_is_an_attack() -> None:
    found, actors, _targets = main("The two sides exchanged fire across the frontier overnight.")
    assert found == "ASSAULT"
    assert overlaps(actors, "sides")


def test_a_pattern_object_owned_by_a_party_keeps_the_party() -> None:
    found, _actors, targets = main("The rebels rejected proposed Valmorian changes to the charter.")
    assert found == "REJECT"
    assert overlaps(targets, "Valmorian")


def test_a_headline_infinitive_announces_its_subjects_act() -> None:
    found, actors, targets = main("Valmoria to hold talks with rebels next week")
    assert found == "AGREE"  # an announced meeting is an intention to meet
    assert overlaps(actors, "Valmoria")
    assert overlaps(targets, "rebels")


def test_an_infinitive_in_a_sentence_is_no_headline() -> None:
    found, _actors, _targets = main("Valmoria wants to hold talks with rebels.")
    assert found == "AGREE"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Militants torched a school in the village of Ulvik overnight.", "ASSAULT"),
        ("Protesters torched government buildings in the capital.", "PROTEST"),
    ],
)
def test_torching_is_force_or_a_riot_by_its_doers(text: str, category: str) -> None:
    found, _actors, _targets = main(text)
    assert found == category


# ------------------------------------------------- captivity, amnesty, announced deployments, rallies


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Valmorian opposition leader was placed under house arrest on Tuesday.", "opposition leader"),
        ("Police put the Corlish journalist under arrest at the airport.", "journalist"),
    ],
)
def test_holding_or_placing_people_in_captivity_is_coercion(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "COERCE"
    assert overlaps(targets, target), targets


def test_an_amnesty_granted_to_prisoners_is_their_release() -> None:
    found, actors, targets = main("The president granted amnesty to 300 political prisoners.")
    assert found == "RETREAT"
    assert overlaps(actors, "president")
    assert overlaps(targets, "prisoners")


def test_a_deployment_announced_with_no_mover_is_the_announcers() -> None:
    found, actors, _targets = main(
        '"We are ready," the Corlish defence minister said, announcing that 5,000 extra troops '
        "had been sent to the northern border."
    )
    assert found == "MOBILIZE"
    assert overlaps(actors, "defence minister")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Crowds gathered outside the Corlish embassy in Harwick to denounce the border closure.", "Crowds"),
        ("Thousands of farmers converged on the capital to demand lower fuel prices.", "farmers"),
    ],
)
def test_a_gathering_to_denounce_or_demand_is_a_demonstration(text: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == "PROTEST"
    assert overlaps(actors, actor)


def test_a_meeting_to_discuss_stays_a_consultation() -> None:
    found, _actors, _targets = main("The ministers gathered in Harwick to discuss the budget.")
    assert found == "CONSULT"


# ------------------------------------------------- what a reverse verb's subject undergoes, and from whom


def test_coming_under_attack_from_a_party_makes_it_the_attacker() -> None:
    found, actors, targets = main("The convoy came under attack from militants near the border.")
    assert found == "ASSAULT"
    assert overlaps(actors, "militants")
    assert overlaps(targets, "convoy")


def test_coming_under_attack_with_no_attacker_keeps_the_act() -> None:
    found, actors, targets = main("The army base came under attack on Sunday.")
    assert found == "ASSAULT"
    assert actors == []
    assert overlaps(targets, "army base")


def test_criticism_faced_from_a_party_is_that_partys_act() -> None:
    found, actors, targets = main("The government faced criticism from rights groups over the arrests.")
    assert found == "ACCUSE"
    assert overlaps(actors, "rights groups")
    assert overlaps(targets, "government")


# ------------------------------------------------- acts called off or prevented, acts completed


@pytest.mark.parametrize(
    "text",
    [
        # a strike called off by its own side is CONCEDE/dissent since session 17 (CAMEO
        # 082): tests/events/test_wire_eighth.py
        "Police foiled an attack on the parliament in Harwick.",
        "Security forces thwarted a bombing at the airport.",
    ],
)
def test_an_act_called_off_or_prevented_did_not_happen(text: str) -> None:
    doc = run(text)
    acts = [e for e in doc._.ng_events if e.category in ("PROTEST", "ASSAULT")]
    assert acts
    assert all(e.modality == "negated" for e in acts)


def test_ruling_out_talks_is_a_rejection() -> None:
    found, actors, targets = main("The rebels ruled out talks with the government.")
    assert found == "REJECT"
    assert overlaps(actors, "rebels")
    assert overlaps(targets, "government")


def test_completing_a_withdrawal_is_the_withdrawers_act() -> None:
    found, actors, _targets = main("Valmoria completed the withdrawal of its troops from the border.")
    assert found == "RETREAT"
    assert overlaps(actors, "Valmoria")


# ------------------------------------------------- hosting an act, downing aircraft, closing borders


def test_hosting_talks_is_the_hosts_consultation() -> None:
    found, actors, _targets = main("Egypt hosted talks between Israeli and Palestinian negotiators in Cairo.")
    assert found == "CONSULT"
    assert overlaps(actors, "Egypt")


def test_hosting_a_dinner_is_no_act() -> None:
    found, _actors, _targets = main("The mayor hosted a dinner for the volunteers.")
    assert found is None


def test_shooting_down_an_aircraft_is_an_attack() -> None:
    found, actors, targets = main("Rebels shot down a government helicopter on Sunday.")
    assert found == "ASSAULT"
    assert overlaps(actors, "Rebels")
    assert overlaps(targets, "helicopter")


def test_closing_a_border_restricts_movement() -> None:
    found, _actors, _targets = main("Turkey closed its border with Syria on Monday.")
    assert found == "COERCE"


# ------------------------------------------------- legalising, solidarity, moving forces


def test_legalising_parties_eases_a_ban() -> None:
    found, actors, targets = main("The junta legalised political parties ahead of the elections.")
    assert found == "CONCEDE"
    assert overlaps(actors, "junta")
    assert overlaps(targets, "parties")


def test_stated_solidarity_is_support() -> None:
    found, _actors, targets = main("The Pope expressed solidarity with the earthquake victims.")
    assert found == "SUPPORT"
    assert overlaps(targets, "victims")


def test_solidarity_nobody_states_is_no_act() -> None:
    found, _actors, _targets = main("Solidarity was the theme of the concert.")
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "Iraq moved troops to the Kuwaiti border.",
        "The army called up reservists on Friday.",
        "The navy sent warships to the disputed waters.",
    ],
)
def test_moving_or_raising_forces_is_mobilisation(text: str) -> None:
    found, _actors, _targets = main(text)
    assert found == "MOBILIZE"


# ------------------------------------------------- guards read on the snapshot texts


def test_a_good_deal_of_work_is_an_amount() -> None:
    found, _actors, _targets = main("Morgan said he has already completed a good deal of reclamation work.")
    assert found is None


def test_a_statute_that_bars_an_activity_is_no_ban_by_a_party() -> None:
    found, _actors, _targets = main(
        "The Hatch Act, a federal statute that bars political activity by senior officials, was cited."
    )
    assert found is None


def test_a_failure_to_prevent_a_massacre_leaves_it_real() -> None:
    doc = run("The report blamed the peacekeepers' failure to prevent a massacre in the south.")
    massacres = [e for e in doc._.ng_events if e.category == "ASSAULT"]
    assert all(e.modality != "negated" for e in massacres)


def test_a_misparsed_headline_is_no_announcement() -> None:
    doc = run("Gold Star Mom Corners Obama On His Refusal To Use The Words")
    assert all(e.modality != "future" for e in doc._.ng_events)


def test_a_release_from_an_obligation_is_no_release_of_captives() -> None:
    doc = run("The settlement would release former executives from liability.")
    assert not [e for e in doc._.ng_events if e.category == "RETREAT"]


def test_not_ruling_out_a_fact_is_no_rejection() -> None:
    doc = run("He said it could not be ruled out that more explosives were in the area.")
    assert not [e for e in doc._.ng_events if e.category == "REJECT"]


# ------------------------------------------------- parties "between", envoys withdrawn


def test_fighting_between_parties_makes_them_the_killers() -> None:
    found, actors, targets = main("Fighting between government troops and rebels killed 30 people.")
    assert found == "ASSAULT"
    assert overlaps(actors, "troops") and overlaps(actors, "rebels")
    assert overlaps(targets, "30 people")


def test_withdrawing_an_ambassador_is_a_recall() -> None:
    found, actors, _targets = main("Valmoria withdrew its ambassador from Harwick on Monday.")
    assert found == "SANCTION"
    assert overlaps(actors, "Valmoria")


def test_withdrawing_troops_stays_a_retreat() -> None:
    found, _actors, _targets = main("The army withdrew its troops from the border.")
    assert found == "RETREAT"


def test_an_acting_group_is_the_event_s_actor_and_target_by_id() -> None:
    # the record names unnamed parties through GROUP entities, so tables and stances see them
    doc = run("Police used tear gas to disperse protesters outside the court on Monday.")
    names = {e.id: e.name for e in doc._.ng_entities}
    event = next(e for e in doc._.ng_events if e.lemma == "disperse")
    assert [names[a] for a in event.actors] == ["Police"]
    assert [names[t] for t in event.targets] == ["protesters"]


def test_the_strike_after_a_reported_attack_is_that_attack() -> None:
    doc = run(
        "Russian drones struck a power plant overnight, officials said. "
        "The foreign minister called the strike a war crime."
    )
    assert not [e for e in doc._.ng_events if e.category == "PROTEST"]


def test_the_strike_with_no_attack_before_it_stays_a_walkout() -> None:
    doc = run("Dock workers walked off the job on Monday. The union said the strike would last a week.")
    assert any(e.category == "PROTEST" and e.lemma == "strike" for e in doc._.ng_events)
