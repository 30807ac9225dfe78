"""Session 20 (lead), read on invented wire stories: acts put to someone by allegation,
and attitude nouns that name a measured level."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Last year the Ravnic government arrested dozens of opposition politicians accused "
            "of supporting the Free Delta Front.",
            "supporting",
            "opposition politicians",
        ),
        (
            "Police in Tarsk detained four men suspected of planning attacks on the harbour.",
            "planning",
            "four men",
        ),
    ],
)
def test_an_alleged_act_is_reported_and_not_the_main_clauses(text: str, trigger: str, doer: str) -> None:
    r = run(text)
    names = {e.id: e.name for e in r.entities}
    main_subjects = {"Ravnic", "Ravnic government", "Police", "Tarsk"}
    acts = [e for e in r.events if e.trigger.text == trigger or e.trigger.start > text.index(trigger)]
    assert acts
    for act in acts:
        assert act.modality == "reported"
        assert not {names.get(a) for a in act.actors} & main_subjects


def test_an_alleged_act_leaves_no_stance_of_the_arresting_government() -> None:
    r = run(
        "President Ilmar Sood has refused to meet the Free Delta Front. Last year his government "
        "arrested dozens of opposition politicians accused of supporting the Front."
    )
    names = {e.id: e.name for e in r.entities}
    assert not [s for s in r.stances if names.get(s.holder) == "Ilmar Sood" and s.polarity == "positive"]


@pytest.mark.parametrize(
    "text",
    [
        "A poll published on Sunday showed support for the governing party falling to 24 percent.",
        "Public support for the new dam has dropped sharply since the spring floods.",
        "Support for the mayor stands at 38 percent, according to the survey.",
    ],
)
def test_support_as_a_measured_level_is_no_act(text: str) -> None:
    assert not [e for e in run(text).events if e.category == "SUPPORT"]


def test_a_party_that_backs_someone_still_supports() -> None:
    r = run("The Farmers' League voted on Monday to support the governor's water plan.")
    assert [e for e in r.events if e.category == "SUPPORT"]


def test_demands_that_grow_are_still_demands() -> None:
    r = run("Demands for a ceasefire grew louder after the bombing of the market in Harun.")
    assert [e for e in r.events if e.category == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ostland Fund had called for the fuel subsidies to be phased out by March.",
        "Farm groups pressed for the ministry to reopen the grain port.",
    ],
)
def test_a_call_for_a_clause_is_a_request(text: str) -> None:
    assert [e for e in run(text).events if e.category == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Corlish army units shelled three villages near the border on Sunday.", "Corlish"),
        ("Kenyan-led coalition aircraft bombed a fuel depot outside Tarvik.", "Kenyan"),
        ("Corlish police detained 40 suspected smugglers in raids across Tarvik.", "Corlish"),
    ],
)
def test_a_unit_of_a_force_and_an_act_in_the_course_of_another_are_the_forces(text: str, actor: str) -> None:
    r = run(text)
    names = {e.id: e.name for e in r.entities}
    acts = [e for e in r.events if e.category in ("ASSAULT", "COERCE")]
    assert acts
    assert all(any(actor in names[a] for a in e.actors) for e in acts)


def test_an_arrest_during_a_protest_does_not_make_the_police_protesters() -> None:
    r = run("Police in Tarvik arrested 30 people during protests against the fuel tax.")
    names = {e.id: e.name for e in r.entities}
    protests = [e for e in r.events if e.category == "PROTEST"]
    assert all("Police" not in {names[a] for a in e.actors} for e in protests)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police said gunmen on motorcycles shot dead a village elder in Tarvik.", "gunmen"),
        ("Armed kidnappers abducted two engineers on the road to Tarvik.", "kidnappers"),
        ("The Kenyan mediator met separately with both delegations in Tarvik.", "Kenyan"),
    ],
)
def test_doers_named_by_a_common_noun_are_actors(text: str, actor: str) -> None:
    r = run(text)
    names = {e.id: e.name for e in r.entities}
    acts = [e for e in r.events if e.category in ("ASSAULT", "CONSULT")]
    assert acts and all(any(actor in names[a] for a in e.actors) for e in acts)


def test_talks_at_which_no_deal_was_reached_were_held() -> None:
    r = run(
        "The seizure came hours after Kessan and Dessan negotiators failed to agree on a "
        "ceasefire at talks in Vienna hosted by the OSCE."
    )
    talks = [e for e in r.events if e.category == "CONSULT"]
    assert talks and all(e.modality != "negated" for e in talks)
    assert all(e.modality == "negated" for e in r.events if e.lemma == "agree")


@pytest.mark.parametrize(
    "text",
    [
        "The health agency warned that cases had tripled, blaming falling vaccination rates.",
        "The mayor of Tarvik blamed the delays on heavy rain and a shortage of drivers.",
        "The airline blamed staff shortages for the cancellations.",
    ],
)
def test_blaming_a_cause_accuses_nobody(text: str) -> None:
    assert not [e for e in run(text).events if e.category == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry blamed the bombing on Islamist militants.",
        "Russia blamed Ukraine for the attack on the depot.",
    ],
)
def test_blaming_a_party_is_an_accusation(text: str) -> None:
    assert [e for e in run(text).events if e.category == "ACCUSE"]


def test_blaming_an_act_of_a_party_is_an_accusation() -> None:
    r = run("Senator Ilsa Varn blamed the mayor's decision to close the bridge for the flooding.")
    assert [e for e in r.events if e.category == "ACCUSE"]
    r = run("The company blamed its losses on rising costs.")
    assert not [e for e in r.events if e.category == "ACCUSE"]
