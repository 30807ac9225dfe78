"""Issue 12, session 24 (h/events24b): actors and targets of long wire sentences, shapes
the sixteenth wire-dev batch (WIRE-DEV-1781..1900) showed on its tune half: a body an act
noun names acting itself ("the rebel alliance agreed"), whom a phrase of backing or aid is
"for" ("voiced support for X"), the particle of a phrasal verb the parser reads as a
preposition ("stood behind X", "voted down X's budget"), a measure "against" people named
by role ("dropped charges against the activist") and the owner of the thing answered named
by a common noun ("refused the ministry's offer"). Three sibling sentences per rule,
written for these tests (invented places and people where a name is needed)."""

from __future__ import annotations

from tests.events.support import main_act as main
from tests.events.support import overlaps

# ------------------------------------------------- a body named by an act noun acts


def test_a_rebel_alliance_subject_is_the_actor() -> None:
    found, actors, _targets = main(
        "The northern rebel alliance, which controls most of the highlands, agreed on Monday to a "
        "truce with the army, a spokesman for the mediators said in Orra."
    )
    assert found == "AGREE"
    assert overlaps(actors, "alliance"), actors


def test_a_military_alliance_subject_is_the_actor() -> None:
    found, actors, _targets = main(
        "The military alliance rejected a request from Kessa for more jets on Tuesday."
    )
    assert found == "REJECT"
    assert overlaps(actors, "alliance"), actors


def test_an_opposition_alliance_subject_is_the_actor_of_a_demand() -> None:
    found, actors, _targets = main(
        "The opposition alliance, formed last year by four parties, demanded on Friday that the "
        "electoral board publish the results from every district."
    )
    assert found == "REQUEST"
    assert overlaps(actors, "alliance"), actors


def test_an_act_noun_subject_is_still_no_actor() -> None:
    found, actors, _targets = main("The bombing killed eleven people in the market of Tarno on Sunday.")
    assert found == "ASSAULT"
    assert not overlaps(actors, "market"), actors


# ------------------------------------------------- whom a phrase of backing or aid is for


def test_voiced_support_for_a_government_targets_it() -> None:
    found, actors, targets = main(
        "Leaders of the southern bloc, gathering in Velia on Monday, voiced support for the interim "
        "council in Dessa despite its delay in naming a cabinet."
    )
    assert found == "SUPPORT"
    assert overlaps(actors, "Leaders"), actors
    assert overlaps(targets, "interim council"), targets


def test_expressed_support_for_a_candidate_targets_the_candidate() -> None:
    found, actors, targets = main(
        "The farmers' union expressed support for the Kessan candidate on Thursday, a week before the vote."
    )
    assert found == "SUPPORT"
    assert overlaps(actors, "union"), actors
    assert overlaps(targets, "candidate"), targets


def test_voiced_support_for_striking_nurses_targets_the_nurses() -> None:
    found, _actors, targets = main(
        "Several bishops, speaking after a service in the capital, voiced support for striking nurses "
        "on Sunday."
    )
    assert found == "SUPPORT"
    assert overlaps(targets, "nurses"), targets


# ------------------------------------------------- a particle read as a preposition


def test_stood_behind_a_government_targets_it() -> None:
    found, actors, targets = main(
        "The regional bloc said on Friday it stood firmly behind the Orran government in its dispute "
        "with Kessa over fishing rights."
    )
    assert found == "SUPPORT"
    assert overlaps(targets, "Orran government"), targets
    assert actors, actors


def test_lined_up_behind_a_leader_targets_the_leader() -> None:
    found, _actors, targets = main(
        "Lawmakers from both parties, meeting in the capital on Wednesday, lined up behind the prime "
        "minister after the vote of confidence was called."
    )
    assert found is not None  # its category is the senses' concern (h/events24)
    assert overlaps(targets, "prime minister"), targets


def test_voted_down_a_bodys_budget_targets_the_body() -> None:
    found, actors, targets = main(
        "The senate, where the opposition holds a majority, voted down the cabinet's spending plan on "
        "Thursday, forcing the treasury to draft another."
    )
    assert found == "REJECT"
    assert overlaps(actors, "senate"), actors
    assert overlaps(targets, "cabinet"), targets


# ------------------------------------------------- a measure against people named by role


def test_dropped_charges_against_an_activist_targets_the_activist() -> None:
    found, actors, targets = main(
        "Prosecutors in Velia dropped all charges against the student activist on Monday, two days "
        "after a court ruled his arrest unlawful."
    )
    assert found == "CONCEDE"
    assert overlaps(actors, "Prosecutors"), actors
    assert overlaps(targets, "activist"), targets


def test_filed_charges_against_officers_targets_the_officers() -> None:
    found, _actors, targets = main(
        "The state prosecutor filed charges against four police officers on Friday over the death of "
        "a man in custody."
    )
    assert found is not None
    assert overlaps(targets, "officers"), targets


def test_lifted_a_ban_against_journalists_targets_the_journalists() -> None:
    found, _actors, targets = main(
        "The military council lifted its travel ban against foreign journalists on Tuesday, a week "
        "after the elections."
    )
    assert found is not None
    assert overlaps(targets, "journalists"), targets


# ------------------------------------------------- the owner of the thing answered


def test_refused_a_ministrys_offer_targets_the_ministry() -> None:
    found, actors, targets = main(
        "The dockers' leaders, who met late into the night, refused the ministry's offer of a 3 percent "
        "rise on Sunday."
    )
    assert found == "REJECT"
    assert overlaps(actors, "leaders"), actors
    assert overlaps(targets, "ministry"), targets


def test_accepted_the_unions_proposal_targets_the_union() -> None:
    found, _actors, targets = main(
        "The airline accepted the union's proposal for a shorter working week on Tuesday after two "
        "days of talks."
    )
    assert found == "AGREE"
    assert overlaps(targets, "union"), targets


def test_rejected_the_councils_plan_targets_the_council() -> None:
    found, _actors, targets = main(
        "Residents of the old quarter rejected the council's plan to move the market, a spokesman for "
        "the residents said on Friday."
    )
    assert found == "REJECT"
    assert overlaps(targets, "council"), targets


def test_a_pronoun_owner_is_no_target() -> None:
    found, _actors, targets = main("The union rejected their offer on Monday, officials in Orra said.")
    assert found == "REJECT"
    assert not overlaps(targets, "their"), targets


# ------------------------------------------------- whom the act a noun commits to is aimed at


def test_a_threat_to_cut_supplies_to_a_country_targets_the_country() -> None:
    found, actors, targets = main(
        "The junta's threat to halt fuel shipments to Kessa worried its neighbours on Monday."
    )
    assert found == "THREATEN"
    assert overlaps(actors, "junta"), actors
    assert overlaps(targets, "Kessa"), targets


def test_a_refusal_to_ratify_a_countrys_accession_targets_the_country() -> None:
    found, actors, targets = main(
        "Kessa's refusal to approve Velia's entry into the customs union angered its neighbours."
    )
    assert found == "REJECT"
    assert overlaps(actors, "Kessa"), actors
    assert overlaps(targets, "Velia"), targets


def test_a_decision_to_cut_aid_to_an_army_targets_the_army() -> None:
    found, actors, targets = main(
        "The Orran government's decision to suspend loans to the Dessan navy, announced on Friday, "
        "followed a report on abuses at sea."
    )
    assert found == "SANCTION"
    assert actors, actors
    assert overlaps(targets, "navy"), targets


# ------------------------------------------------- a particle with its "of" phrase


def test_pulled_out_of_a_town_targets_the_town() -> None:
    found, actors, targets = main(
        "Rebel fighters pulled out of the town of Marra on Thursday after a week of shelling, "
        "residents said."
    )
    assert found == "RETREAT"
    assert overlaps(actors, "fighters"), actors
    assert overlaps(targets, "Marra"), targets


def test_pulled_out_of_a_pact_with_a_country_targets_the_country() -> None:
    found, actors, targets = main(
        "Orra pulled out of a fishing pact with Kessa on Wednesday, the ministry said."
    )
    assert found == "REJECT"
    assert overlaps(actors, "Orra"), actors
    assert overlaps(targets, "Kessa"), targets


def test_backed_out_of_a_deal_with_a_firm_targets_the_firm() -> None:
    found, _actors, targets = main(
        "The Velian cabinet backed out of the port deal with Dessa on Monday, citing security concerns."
    )
    assert found is not None
    assert overlaps(targets, "Dessa"), targets


def test_a_refusal_to_use_a_quoted_term_names_no_party() -> None:
    found, _actors, targets = main(
        "The minister defended his refusal to use the words \u201cVelian genocide\u201d in a speech "
        "on Monday."
    )
    assert not overlaps(targets, "Velian"), (found, targets)


# ------------------------------------------------- whom an inquiry looks into


def test_an_inquiry_into_a_governor_targets_the_governor() -> None:
    found, actors, targets = main(
        "The audit office opened an inquiry into the governor of Marra over the sale of state land."
    )
    assert found == "ACCUSE"
    assert overlaps(actors, "audit office"), actors
    assert overlaps(targets, "governor"), targets


def test_an_investigation_into_allegations_targets_their_subject() -> None:
    found, actors, targets = main(
        "The ethics board, which was set up last year, launched an investigation on Tuesday into "
        "claims that two senators had taken gifts from a builder."
    )
    assert found == "ACCUSE"
    assert overlaps(actors, "ethics board"), actors
    assert overlaps(targets, "senators"), targets


def test_an_investigation_opened_into_an_officials_dealings_targets_the_official() -> None:
    found, _actors, targets = main(
        "A probe was opened into the port chief's contracts with a Dessan shipping firm."
    )
    assert found == "ACCUSE"
    assert overlaps(targets, "port chief"), targets


# ------------------------------------------------- whom a thing or person is handed to


def test_handed_over_suspects_to_a_country_targets_the_country() -> None:
    found, actors, targets = main(
        "Border police, who had held them for a week, handed over six smuggling suspects to Kessa on Friday."
    )
    assert found == "COOPERATE"
    assert overlaps(actors, "police"), actors
    assert overlaps(targets, "Kessa"), targets


def test_extradited_a_banker_to_a_country_targets_the_country() -> None:
    found, _actors, targets = main(
        "Velia extradited a former bank director to Orra on Tuesday to face fraud charges, the justice "
        "ministry said."
    )
    assert found == "COOPERATE"
    assert overlaps(targets, "Orra"), targets


def test_sent_a_team_of_engineers_to_a_country_targets_the_country() -> None:
    found, _actors, targets = main(
        "Chile sent a team of nurses to Peru on Monday to help treat cholera patients."
    )
    assert found is not None  # AID or a pledge: the category is the senses' concern
    assert overlaps(targets, "Peru"), targets


def test_withdrawing_tanks_to_a_country_makes_it_no_target() -> None:
    _found, _actors, targets = main("The Kessan army withdrew its tanks to Velia on Friday.")
    assert not overlaps(targets, "Velia"), targets



# ------------------------------------------------- whom a thing given or built is for


def test_set_up_a_clinic_for_refugees_targets_the_refugees() -> None:
    found, actors, targets = main(
        "Nurses from a Danish charity, who arrived in the region last week, set up a field clinic for "
        "refugees near the border town of Marra on Sunday."
    )
    assert found == "AID"
    assert overlaps(actors, "Nurses"), actors
    assert overlaps(targets, "refugees"), targets


def test_built_shelters_for_flood_victims_targets_the_victims() -> None:
    found, _actors, targets = main(
        "The Red Crescent built shelters for flood victims in the south on Monday."
    )
    assert found == "AID"
    assert overlaps(targets, "victims"), targets


def test_set_up_a_camp_for_migrants_targets_the_migrants() -> None:
    found, _actors, targets = main("The charity set up a camp for migrants outside the port town of Velia.")
    assert found == "AID"
    assert overlaps(targets, "migrants"), targets


# ------------------------------------------------- an act noun lends its aim to acts of its kind


def test_a_demand_by_an_inquiry_does_not_take_the_inquirys_aim() -> None:
    _found, _actors, targets = main(
        "The ministry handed over its files when they were demanded by a parliamentary inquiry into Orra."
    )
    assert not overlaps(targets, "Orra"), targets


def test_a_shelling_that_killed_still_lends_its_aim() -> None:
    found, _actors, targets = main("The army's shelling of Marra killed nine civilians on Friday.")
    assert found == "ASSAULT"
    assert overlaps(targets, "civilians"), targets


# ------------------------------------------------- whom the outcome of a blast names


def test_a_bomb_that_exploded_killing_people_targets_the_people() -> None:
    found, actors, targets = main(
        "A car bomb exploded outside a hotel in the port city of Velia on Friday, killing six people, "
        "police said."
    )
    assert found == "ASSAULT"
    assert overlaps(actors, "bomb"), actors
    assert overlaps(targets, "six people"), targets


def test_gunmen_who_opened_fire_wounding_civilians_target_the_civilians() -> None:
    found, actors, targets = main(
        "Gunmen opened fire in a crowded market in Orra on Saturday, wounding nine civilians."
    )
    assert found == "ASSAULT"
    assert overlaps(actors, "Gunmen"), actors
    assert overlaps(targets, "nine civilians"), targets


def test_a_roadside_bomb_wounding_soldiers_targets_the_soldiers() -> None:
    found, _actors, targets = main(
        "A roadside bomb detonated near an army convoy on Tuesday, wounding three soldiers."
    )
    assert found == "ASSAULT"
    assert overlaps(targets, "three soldiers"), targets


def test_an_attack_with_its_own_target_keeps_it() -> None:
    found, _actors, targets = main("Troops opened fire on the crowd in Marra, killing three protesters.")
    assert found == "ASSAULT"
    assert overlaps(targets, "crowd"), targets
