"""Session 22 (lead): a price asked is no accusation; a clause summed up by "a charge X
denies" is asserted, not negated."""

from __future__ import annotations

from tests.conftest import run


def test_a_sum_charged_is_no_accusation() -> None:
    r = run("Traffickers charged every migrant $3,500 for the crossing, police said.")
    assert all(e.category != "ACCUSE" for e in r.events)


def test_a_charge_laid_is_still_an_accusation() -> None:
    r = run("Prosecutors charged the mayor with taking bribes.")
    assert any(e.category == "ACCUSE" for e in r.events)


def test_an_accusation_another_party_denies_is_asserted() -> None:
    r = run("Rights groups have accused border guards of beating migrants, a charge Vienna denies.")
    accusations = [e for e in r.events if e.category == "ACCUSE"]
    assert accusations and all(e.modality != "negated" for e in accusations)


def test_people_paid_to_attack_are_the_attackers() -> None:
    r = run("Interior Minister Lena Varga accused the opposition of paying young men to attack the police.")
    attacks = [e for e in r.events if e.category == "ASSAULT"]
    names = {e.id: e.name for e in r.entities}
    assert attacks
    assert all(names.get(a) != "Lena Varga" for e in attacks for a in e.actors)


def test_ministers_from_two_countries_act_for_both_countries() -> None:
    r = run("Trade ministers from Norvia and Pelland urged the council to lift the tariffs.")
    names = {e.id: e.name for e in r.entities}
    urge = next(e for e in r.events if e.category == "REQUEST")
    assert sorted(names.get(a) or "" for a in urge.actors) == ["Norvia", "Pelland"]


def test_the_presidents_of_two_countries_act_for_both() -> None:
    r = run("The presidents of Kyrgyzstan and Tajikistan agreed on Thursday to reopen the border.")
    names = {e.id: e.name for e in r.entities}
    agree = next(e for e in r.events if e.category == "AGREE")
    assert sorted(names.get(a) or "" for a in agree.actors) == ["Kyrgyzstan", "Tajikistan"]


def test_a_warning_about_how_things_are_aims_at_no_one() -> None:
    r = run("Economy Minister Pia Sund warned that traders were selling the currency heavily.")
    names = {e.id: e.name for e in r.entities}
    threats = [e for e in r.events if e.category == "THREATEN"]
    assert all("traders" not in [names.get(t) for t in e.targets] for e in threats)


def test_the_people_a_relative_clause_accuses_do_what_they_are_accused_of() -> None:
    r = run("Norvia expelled diplomats it accuses of paying militants to attack a border post.")
    names = {e.id: e.name for e in r.entities}
    assaults = [e for e in r.events if e.category == "ASSAULT"]
    assert all(names.get(a) != "Norvia" for e in assaults for a in e.actors)


def test_a_nations_weapon_acts_for_the_nation() -> None:
    r = run("A Turkish drone struck a bus station in the town of Karvik, killing three people.")
    names = {e.id: e.name for e in r.entities}
    strike = next(e for e in r.events if e.category == "ASSAULT")
    assert [names.get(a) for a in strike.actors] == ["Turkish"]


def test_a_model_name_on_things_counted_is_no_target() -> None:
    r = run("Norvia pledged on Monday to send four more Falcon launchers to Dessa.")
    names = {e.id: e.name for e in r.entities}
    assert all("Falcon" not in [names.get(t) for t in e.targets] for e in r.events)


def test_an_owner_of_things_counted_is_still_the_target() -> None:
    r = run("The Dockers' Union on Tuesday called a two-day strike at Tarmac Shipping's three terminals.")
    names = {e.id: e.name for e in r.entities}
    strike = next(e for e in r.events if e.category == "PROTEST")
    assert "Tarmac Shipping" in [names.get(t) for t in strike.targets]


def test_police_blocking_roads_restrict_movement_not_protest() -> None:
    r = run("Riot police blocked the roads leading to the main square on Friday.")
    blocks = [e for e in r.events if e.lemma == "block"]
    assert blocks and all(e.category == "COERCE" for e in blocks)


def test_protesters_blocking_roads_still_protest() -> None:
    r = run("Striking farmers blocked the roads leading to the port on Friday.")
    assert any(e.category == "PROTEST" for e in r.events if e.lemma == "block")


def test_inspecting_a_thing_is_no_investigation() -> None:
    r = run("Council engineers will inspect the flood barrier on Monday, a spokesperson said.")
    assert all(e.category != "ACCUSE" for e in r.events)


def test_people_held_on_suspicion_of_an_act_are_its_suspected_doers() -> None:
    r = run(
        "Prosecutors arrested two Dutch engineers last month on suspicion of passing secrets to "
        "Russian intelligence."
    )
    names = {e.id: e.name for e in r.entities}
    passing = [e for e in r.events if e.lemma == "pass"]
    assert all(names.get(a) != "Prosecutors" for e in passing for a in e.actors)


def test_a_war_someone_will_not_end_goes_on() -> None:
    r = run("The president said the army would not end the offensive until the rebels surrendered.")
    offensive = [e for e in r.events if e.lemma == "offensive"]
    assert offensive and all(e.modality != "negated" for e in offensive)


def test_people_named_by_two_sides_act_for_both() -> None:
    r = run("Israeli and Hamas negotiators resumed indirect talks in Cairo on Sunday.")
    names = {e.id: e.name for e in r.entities}
    talks = next(e for e in r.events if e.category == "CONSULT")
    assert sorted(names.get(a) or "" for a in talks.actors) == ["Hamas", "Israeli"]


def test_a_court_hears_a_suit_and_is_not_its_target() -> None:
    r = run("Governor Lena Marsh said she would take the case to the Supreme Court.")
    names = {e.id: e.name for e in r.entities}
    suits = [e for e in r.events if e.category == "ACCUSE"]
    assert all("Supreme Court" not in [names.get(t) for t in e.targets] for e in suits)
