"""Issue 12, session 20b (h/events20b): a singular body named only by "the" and an
organisation noun ("the army", "the union", "the court") that takes part in an act is an
entity, so the act has an actor the event table can count, with the sector its noun
gives. A body that only reports stays a quote's source words. Sentences written for
these tests (invented places and people)."""

from __future__ import annotations

from newsgraph.records import Entity, Event, Record
from tests.conftest import run


def _event(record: Record, category: str) -> Event:
    found = [e for e in record.events if e.category == category]
    assert found, record.events
    return found[0]


def _entities(record: Record, ids: list[str]) -> list[Entity]:
    return [e for e in record.entities if e.id in ids]


def _actor(record: Record, category: str) -> Entity:
    actors = _entities(record, _event(record, category).actors)
    assert len(actors) == 1, actors
    return actors[0]


# ------------------------------------------------------------------ subjects of an act


def test_the_army_that_shelled_a_town_is_the_attacks_actor_with_a_military_sector() -> None:
    record = run("The army shelled the hill town of Dorvan overnight, residents said.")
    actor = _actor(record, "ASSAULT")
    assert actor.name == "army" and actor.type == "ORG"
    assert actor.sector == "MIL"


def test_the_court_that_sentenced_someone_is_the_actor() -> None:
    record = run("The court sentenced the former harbour master to six years in prison on Thursday.")
    actor = _actor(record, "COERCE")
    assert actor.name == "court" and actor.sector == "JUD"


def test_a_body_that_refuses_to_act_is_the_refusals_actor() -> None:
    record = run("Mediators said the government refused to negotiate with the farmers' leaders.")
    actor = _actor(record, "REJECT")
    assert actor.name == "government" and actor.sector == "GOV"


def test_a_body_that_threatens_is_the_threats_actor() -> None:
    record = run("The union threatened to strike at the Tessel plant over pay.")
    actor = _actor(record, "THREATEN")
    assert actor.name == "union" and actor.sector == "LAB"


def test_a_body_claiming_an_act_it_did_is_that_acts_actor() -> None:
    record = run("The army claimed to have killed 30 insurgents in the Karsh valley.")
    actor = _actor(record, "ASSAULT")
    assert actor.name == "army"


def test_a_body_as_the_object_of_an_act_is_its_target() -> None:
    record = run("Hundreds of farmers accused the ministry of neglecting the drought-hit north.")
    targets = _entities(record, _event(record, "ACCUSE").targets)
    assert [t.name for t in targets] == ["ministry"], targets


def test_a_body_named_twice_is_one_entity() -> None:
    record = run("The army shelled the village of Orsk. Two days later the army withdrew from the valley.")
    armies = [e for e in record.entities if e.name == "army"]
    assert len(armies) == 1, record.entities
    assert len(armies[0].mentions) == 2


def test_coordinated_bodies_are_both_actors() -> None:
    record = run("The police and the army stormed the rebel camp at dawn.")
    names = {e.name for e in _entities(record, _event(record, "ASSAULT").actors)}
    assert "army" in names, names


def test_a_body_speaking_of_what_it_did_is_that_acts_actor() -> None:
    record = run("The army said it had retaken the border post of Varn from the rebels.")
    army = next(e for e in record.entities if e.name == "army")
    assert any(army.id in e.actors for e in record.events), record.events


def test_a_body_saying_it_would_act_is_the_acts_actor_and_the_quotes_speaker() -> None:
    record = run("The ministry said it would consider sanctions against the Orvel shipping line.")
    ministry = next(e for e in record.entities if e.name == "ministry")
    assert ministry.id in _event(record, "SANCTION").actors
    assert [q.speaker for q in record.quotes] == [ministry.id]


def test_a_body_owning_the_act_noun_is_its_actor() -> None:
    record = run("The army's shelling of Dorvan killed nine civilians, medics said.")
    assert _actor(record, "ASSAULT").name == "army"


def test_a_body_whose_offer_was_rejected_is_the_target() -> None:
    record = run("Striking nurses rejected the government's latest pay offer on Friday.")
    targets = _entities(record, _event(record, "REJECT").targets)
    assert [t.name for t in targets] == ["government"], targets


def test_a_body_an_act_is_done_with_is_a_party() -> None:
    record = run("Farmers' leaders refused to negotiate with the government over the water quotas.")
    assert any(e.name == "government" for e in record.entities), record.entities


def test_a_regime_or_militia_is_a_body_too() -> None:
    record = run("The regime jailed four opposition journalists last month.")
    assert _actor(record, "COERCE").name == "regime"


# ------------------------------------------------------------------ what stays as it was


def test_a_company_after_a_named_company_is_no_new_entity() -> None:
    record = run("Dunmore Biscuits Ltd raised its prices. Shoppers accused the company of hiding the change.")
    assert not any(e.name == "company" for e in record.entities), record.entities


def test_a_court_beside_a_named_organisation_is_still_a_body() -> None:
    record = run("Amnesty International condemned the verdict after the court jailed three bloggers.")
    assert any(e.name == "court" and e.sector == "JUD" for e in record.entities), record.entities


def test_an_unnamed_police_force_is_a_group_as_police_without_the_is() -> None:
    record = run("Residents said the police beat two teenagers in the market.")
    police = [e for e in record.entities if e.name == "police"]
    assert police and police[0].type == "GROUP", record.entities


def test_a_body_a_report_is_according_to_is_no_entity() -> None:
    record = run("Two staff members were unharmed, according to the foreign ministry in Vell.")
    assert not any("ministry" in e.name for e in record.entities), record.entities


def test_a_place_one_is_taken_to_is_no_body() -> None:
    record = run("The injured boy was taken to the emergency department in Dorvan.")
    assert not any("department" in e.name for e in record.entities), record.entities


def test_a_spokesman_of_a_body_that_only_reports_makes_no_entity() -> None:
    record = run("The ministry's spokesman said the talks would resume on Monday.")
    assert not any(e.name == "ministry" for e in record.entities), record.entities


def test_a_body_that_only_reports_is_no_entity_and_no_quotes_speaker() -> None:
    record = run("The ministry said the talks with the fishermen would resume next week.")
    assert not any(e.name == "ministry" for e in record.entities), record.entities
    assert all(q.speaker is None for q in record.quotes), record.quotes


def test_a_body_reporting_before_it_acts_keeps_its_quote_sourceless() -> None:
    record = run("The ministry said the talks would resume. The ministry later expelled two diplomats.")
    quote = next(q for q in record.quotes if any("talks" in c.text for c in q.content))
    assert quote.speaker is None
    assert _actor(record, "SANCTION").name == "ministry"


def test_a_body_of_the_one_country_named_stays_that_countrys() -> None:
    record = run("Troops massed on the border of Chad. The army shelled two villages overnight.")
    actor = _actor(record, "ASSAULT")
    assert actor.country == "TCD", actor


def test_a_body_owned_by_a_name_is_no_unnamed_body() -> None:
    record = run("Soldiers shelled the town of Velk, and Kessa's navy blockaded its port.")
    assert not any(e.name == "navy" for e in record.entities), record.entities


def test_a_body_ranked_by_a_superlative_is_no_known_body() -> None:
    record = run("The largest union in the port threatened to strike over the new rosters.")
    assert not any("union" in e.name for e in record.entities), record.entities
