"""Issue 12, session 23 (h/events23): targets of shapes the fourteenth wire-dev batch
(WIRE-DEV-1541..1660, actor and target shapes) showed on its tune half: a bare count as
the people acted on ("killed five"), a body named before an act noun owning the act
that is answered ("rejected opposition demands"), also when the parser hangs the noun's
own to-clause on the verb, and blows told through a run of them ("hit by a barrage of
shells"). Sentences written for these tests (invented places and people where a name is
needed)."""

from __future__ import annotations

from newsgraph.events import event_details
from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

# ------------------------------------------------- a bare count is people


def test_a_bare_count_object_of_a_killing_is_its_target() -> None:
    found, actors, targets = main("Bandits killed seven in the village of Orra on Sunday.")
    assert found == "ASSAULT"
    assert overlaps(actors, "Bandits"), actors
    assert overlaps(targets, "seven"), targets


def test_a_bare_count_passive_subject_is_the_target() -> None:
    found, _actors, targets = main("Fourteen were detained outside the Kessan parliament on Friday.")
    assert found == "COERCE"
    assert overlaps(targets, "Fourteen"), targets


def test_a_bare_count_released_is_people_released() -> None:
    found, actors, targets = main("The militia released nine late on Tuesday.")
    assert found == "RETREAT"
    assert overlaps(actors, "militia"), actors
    assert overlaps(targets, "nine"), targets


def test_a_number_with_a_unit_is_no_people() -> None:
    found, _actors, _targets = main("The factory cut output by 9 percent.")
    assert found is None, found


# ------------------------------------------------- who owns the thing answered


def test_a_body_noun_before_a_demand_is_whose_demand_was_rejected() -> None:
    found, actors, targets = main("The ministry rejected union demands for a shorter week.")
    assert found == "REJECT"
    assert overlaps(actors, "ministry"), actors
    assert overlaps(targets, "union"), targets


def test_a_name_before_a_demand_with_its_to_clause_keeps_the_owner() -> None:
    found, actors, targets = main("Dessa rejected the EU demand to withdraw its fleet.")
    assert found == "REJECT"
    assert overlaps(actors, "Dessa"), actors
    assert overlaps(targets, "EU"), targets


def test_a_thing_with_no_owner_gives_no_party() -> None:
    found, _actors, targets = main("Parliament rejected the tax proposal on Monday.")
    assert found == "REJECT"
    assert "tax" not in targets, targets


# ------------------------------------------------- a run of blows


def test_a_barrage_of_rockets_is_judged_by_the_rockets() -> None:
    found, actors, targets = main("The port of Sella was hit by a barrage of rockets on Monday.")
    assert found == "ASSAULT"
    assert overlaps(actors, "rockets"), actors
    assert overlaps(targets, "port") or overlaps(targets, "Sella"), targets


# ------------------------------------------------- an act handed over "with"


def test_an_aid_noun_given_with_names_giver_and_receiver() -> None:
    found, actors, targets = main(
        "Norvia provided Pelland with $20 million in flood relief aid, officials said."
    )
    assert found == "AID"
    assert overlaps(actors, "Norvia"), actors
    assert overlaps(targets, "Pelland"), targets


def test_an_act_given_with_to_a_thing_names_no_party() -> None:
    _found, _actors, targets = main("Pelland provided the report with new aid figures.")
    assert not overlaps(targets, "report"), targets


# ------------------------------------------------- a site named by the book's pattern


def test_sites_captured_are_the_target_even_when_the_pattern_names_them() -> None:
    found, actors, targets = main("Government forces captured two rebel bases.")
    assert found == "COERCE"
    assert overlaps(actors, "forces"), actors
    assert overlaps(targets, "bases"), targets


def test_fire_exchanged_is_still_no_target() -> None:
    found, _actors, targets = main("Norvian and Pellish guards exchanged fire across the frontier.")
    assert found == "ASSAULT"
    assert not overlaps(targets, "fire"), targets


# ------------------------------------------------- a plan foiled is nobody's act done


def _act(text: str, category: str) -> tuple[list[str], str]:
    doc = run(text)
    details = event_details(doc)
    event = next(e for e in doc._.ng_events if e.category == category)
    return [doc.text[s:e] for s, e in details[event.id].actor_spans], event.modality


def test_an_attack_planned_and_foiled_is_not_the_foilers() -> None:
    actors, modality = _act("Border guards thwarted an attempt to bomb the customs post at Varra.", "ASSAULT")
    assert not overlaps(actors, "guards"), actors
    assert modality == "negated"


def test_a_plot_foiled_beside_the_verb_is_not_the_foilers() -> None:
    actors, modality = _act("Pellish police said they had foiled a plot to attack the assembly.", "ASSAULT")
    assert not overlaps(actors, "police"), actors
    assert modality == "negated"


def test_a_plot_hatched_is_the_plotters() -> None:
    actors, modality = _act("The militants hatched a plot to attack the assembly.", "ASSAULT")
    assert overlaps(actors, "militants"), actors
    assert modality != "negated"


# ------------------------------------------------- parties going along with the subject


def test_a_party_along_with_the_subject_acts_too() -> None:
    found, actors, _targets = main("Norvia, along with Pelland, condemned the shelling of the port.")
    assert found == "ACCUSE"
    assert overlaps(actors, "Norvia") and overlaps(actors, "Pelland"), actors


def test_parties_alongside_the_subject_share_its_sanctions() -> None:
    found, actors, _targets = main("Norvia, alongside Pelland and Varra, imposed sanctions on the junta.")
    assert found == "SANCTION"
    assert all(overlaps(actors, name) for name in ("Norvia", "Pelland", "Varra")), actors


def test_means_with_the_subject_are_no_party() -> None:
    found, actors, _targets = main("The minister, with the help of the police, arrested the mayor.")
    assert found == "COERCE"
    assert not overlaps(actors, "police"), actors


# ------------------------------------------------- a headline's name read as an adjective


def test_a_headline_country_read_as_an_adjective_is_the_subject() -> None:
    found, actors, targets = main("Pakistan expels Afghan diplomat over border raids")
    assert found == "SANCTION"
    assert overlaps(actors, "Pakistan"), actors
    assert overlaps(targets, "diplomat") and not overlaps(targets, "expels"), targets


def test_a_run_of_attacks_as_a_passive_agent_struck_the_subject() -> None:
    found, _actors, targets = main("The fuel depot was targeted by a series of drone attacks overnight.")
    assert found == "ASSAULT"
    assert overlaps(targets, "depot"), targets


# ------------------------------------------------- a visit needs somewhere to go


def test_money_steered_to_firms_is_no_visit() -> None:
    found, _actors, _targets = main("The governor steered $12 million to firms run by his cousins.")
    assert found != "CONSULT", found


def test_an_envoy_hurrying_to_an_embassy_still_visits() -> None:
    found, _actors, targets = main("The Pellish envoy hurried to the embassy on Monday.")
    assert found == "CONSULT", found
    assert overlaps(targets, "embassy"), targets


def test_plans_called_off_are_still_the_planners() -> None:
    actors, modality = _act("The ministry cancelled plans to sell two frigates to Pelland.", "COOPERATE")
    assert overlaps(actors, "ministry"), actors
    assert modality == "negated"


def test_attacks_words_given_with_are_no_assault() -> None:
    found, _actors, _targets = main("The senator peppered her rival with attacks on his voting record.")
    assert found != "ASSAULT", found


def test_a_plan_only_urged_off_is_as_unreal_as_the_urging() -> None:
    doc = run("Kessa urged the ministry to cancel plans to sell two frigates to Pelland.")
    sale = next(e for e in doc._.ng_events if e.category == "COOPERATE")
    assert sale.modality == "hypothetical", sale.modality
