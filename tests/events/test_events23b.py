"""Issue 12, session 23 (h/events23b): a common verb's category from its clause, not its
word (``events/clause_senses.py``, ``events/commands.py``). Sentences written for these
tests (invented places: Kessa, Dessa, Amel)."""

from __future__ import annotations

from tests.events.support import main_act as main
from tests.events.support import plover_categories

# ------------------------------------------------- a call on a party: visit or request


def test_a_call_on_a_party_asking_nothing_is_a_visit() -> None:
    text = "The Dessan foreign minister called on the Kessan president in Amel on Monday."
    assert main(text)[0] == "CONSULT"


def test_a_call_on_a_party_to_act_stays_a_request() -> None:
    text = "The Dessan foreign minister called on the Kessan president to free the detainees."
    assert main(text)[0] == "REQUEST"


def test_a_call_on_a_party_for_something_stays_a_request() -> None:
    assert main("Kessa's farmers called on the government for emergency relief.")[0] == "REQUEST"


# ------------------------------------------------- withdrawing: what is left or taken back


def test_pulling_out_of_an_agreement_renounces_it() -> None:
    category, _actors, _targets = main("Kessa pulled out of the fisheries accord with Dessa on Tuesday.")
    assert category == "REJECT"
    assert "AGREE" not in plover_categories("Kessa pulled out of the fisheries accord with Dessa on Tuesday.")


def test_withdrawing_from_talks_halts_negotiations() -> None:
    assert main("The rebel delegation withdrew from the peace talks in Amel on Sunday.")[0] == "SANCTION"


def test_withdrawing_ones_own_measure_gives_way() -> None:
    assert main("The Kessan cabinet withdrew the draft media law on Wednesday.")[0] == "CONCEDE"


def test_a_force_leaving_a_place_still_retreats() -> None:
    assert main("Dessan troops withdrew from the border town of Amel on Friday.")[0] == "RETREAT"


# ------------------------------------------------- blocking: a veto or a protest


def test_a_state_blocking_a_measure_vetoes_it() -> None:
    text = "Kessa blocked the bloc's new aid package on Friday."
    assert main(text)[0] == "REJECT"
    assert "AID" not in plover_categories(text)


def test_a_state_blocking_a_bill() -> None:
    assert main("The Dessan senate blocked the pension bill on Thursday.")[0] == "REJECT"


def test_people_blocking_a_road_still_protest() -> None:
    assert main("Truck drivers blocked the motorway near Amel on Monday.")[0] == "PROTEST"


# ------------------------------------------------- a power held, a noun without its act


def test_a_veto_held_is_no_act() -> None:
    assert "REJECT" not in plover_categories("Kessa's ally holds a veto over the council's budget.")


def test_a_veto_cast_stays_a_rejection() -> None:
    assert main("Kessa vetoed the council's budget on Monday.")[0] == "REJECT"


def test_recognition_with_nothing_recognised_is_no_support() -> None:
    assert "SUPPORT" not in plover_categories("Airports in Kessa use facial recognition at passport control.")


def test_recognition_of_a_government_stays_support() -> None:
    assert "SUPPORT" in plover_categories("Dessa announced its recognition of the new Kessan government.")


# ------------------------------------------------- pressing a party to act


def test_pushing_a_party_to_act_is_a_request() -> None:
    assert main("Teachers' unions pushed the ministry to reopen the rural schools.")[0] == "REQUEST"


def test_pressing_a_party_to_act_is_a_request() -> None:
    assert main("Opposition lawmakers pressed the Kessan minister to resign.")[0] == "REQUEST"


def test_pressing_charges_stays_an_accusation() -> None:
    assert main("Prosecutors in Amel pressed charges against the former mayor.")[0] == "ACCUSE"


# ------------------------------------------------- calling off one's own act of force


def test_an_army_calling_off_its_offensive_retreats() -> None:
    assert main("The Dessan army called off its offensive in the hills after three days.")[0] == "RETREAT"


def test_a_state_suspending_its_air_strikes_retreats() -> None:
    text = "The Dessan government suspended its air strikes on the rebel-held north on Sunday."
    assert main(text)[0] == "RETREAT"


def test_suspending_aid_still_reduces_relations() -> None:
    assert main("Dessa suspended its aid to Kessa on Sunday.")[0] == "SANCTION"


def test_a_union_calling_off_its_strike_still_gives_way() -> None:
    assert main("The Kessan dockers' union called off its strike on Friday.")[0] == "CONCEDE"


def test_a_search_called_off_is_no_request() -> None:
    text = "Police in Amel called off the search for the missing climbers."
    assert "REQUEST" not in plover_categories(text)


# ------------------------------------------------- a place of care put up for people in need


def test_a_field_hospital_set_up_for_refugees_is_aid() -> None:
    assert main("A Kessan medical charity set up a field hospital for refugees near Amel.")[0] == "AID"


def test_shelters_built_for_the_displaced_are_aid() -> None:
    assert main("The Dessan Red Crescent built shelters for flood victims in Amel.")[0] == "AID"


def test_a_hospital_built_for_no_one_in_need_is_no_aid() -> None:
    assert "AID" not in plover_categories("The Kessan government built a new hospital in Amel last year.")


# ------------------------------------------------- a deadline with a harm for failing it


def test_a_deadline_or_face_a_harm_is_a_threat() -> None:
    text = "Militia commanders in Amel gave the governor 72 hours to step down or face an uprising."
    assert main(text)[0] == "THREATEN"


# ------------------------------------------------- ties cut, measures taken back


def test_ties_cut_by_a_private_person_are_no_sanction() -> None:
    assert "SANCTION" not in plover_categories("The tennis player cut ties with her coach after the trials.")


def test_ties_cut_by_a_company_are_no_sanction() -> None:
    assert "SANCTION" not in plover_categories("The carmaker cut ties with its Dessan parts supplier.")


def test_ties_cut_by_a_state_stay_a_sanction() -> None:
    assert main("Kessa cut ties with Dessa on Monday after the border clash.")[0] == "SANCTION"


def test_restrictions_rolled_back_are_a_concession() -> None:
    assert (
        main("The Kessan government rolled back its restrictions on opposition newspapers.")[0] == "CONCEDE"
    )


def test_tariffs_scrapped_ease_an_embargo() -> None:
    assert main("The Dessan government scrapped its tariffs on Kessan timber.")[0] == "RETREAT"


def test_a_ban_on_goods_lifted_eases_an_embargo() -> None:
    assert main("The Kessan government lifted its ban on grain imports from Dessa.")[0] == "RETREAT"


def test_a_ban_on_rallies_lifted_stays_a_concession() -> None:
    assert main("The Kessan junta lifted the ban on opposition rallies.")[0] == "CONCEDE"


# ------------------------------------------------- private parties: no act between parties


def test_a_company_pulling_out_of_a_market_is_no_retreat() -> None:
    assert "RETREAT" not in plover_categories("The carmaker pulled out of the Kessan market last year.")


def test_a_singers_world_tour_is_no_visit() -> None:
    assert "CONSULT" not in plover_categories("The singer launched a world tour in Amel on Friday.")


def test_a_family_visiting_the_president_stays_a_meeting() -> None:
    assert "CONSULT" in plover_categories(
        "The families of the hostages visited the Kessan president in Amel."
    )


# ------------------------------------------------- a state of readiness raised


def test_an_alert_level_raised_is_mobilisation() -> None:
    assert (
        main("The Dessan government raised its military alert level after the border clash.")[0] == "MOBILIZE"
    )


def test_readiness_raised_is_mobilisation() -> None:
    text = "The Kessan army raised the state of readiness of its troops on the border."
    assert main(text)[0] == "MOBILIZE"


def test_interest_rates_raised_are_no_act() -> None:
    assert plover_categories("The Kessan central bank raised interest rates on Tuesday.") == []


def test_a_ruler_by_title_is_no_private_party() -> None:
    assert main("The Kessan emir made a state visit to Amel on Wednesday.")[0] == "CONSULT"


def test_negotiators_leaving_talks_are_no_private_party() -> None:
    assert main("The Dessan negotiators withdrew from the peace talks in Amel.")[0] == "SANCTION"
