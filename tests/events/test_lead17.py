"""Session 17 (lead): a state's strike that kills or hits is an attack, also with no "on"
target; a workers' strike that hits exports stays a strike."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strike kills 12 in southern Lebanon\n\nThe army said it had targeted a depot.",
        "Officials spoke on Monday.\n\nA Russian strike hit a power plant in Kharkiv overnight.",
    ],
)
def test_a_states_strike_that_kills_or_hits_is_an_attack(text: str) -> None:
    strikes = [e for e in run(text).events if e.trigger.text == "strike"]
    assert strikes and {e.category for e in strikes} == {"ASSAULT"}


def test_a_workers_strike_that_hits_exports_is_a_strike() -> None:
    r = run("Officials spoke on Monday.\n\nThe strike by dock workers hit exports for a third week.")
    assert "ASSAULT" not in {e.category for e in r.events}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortiz, who is seeking a second term next year, said he would sue the state.",
        "The senator sought her party's nomination in 2020.",
    ],
)
def test_seeking_an_office_is_no_request(sentence: str) -> None:
    assert "REQUEST" not in {e.category for e in run(sentence).events}


def test_seeking_help_from_a_party_is_still_a_request() -> None:
    r = run("The government sought emergency aid from the World Bank on Monday.")
    assert "REQUEST" in {e.category for e in r.events}


def test_the_ones_who_did_it_in_a_cleft_are_the_copulas_subject() -> None:
    r = run("Officials spoke on Monday.\n\nThe rebels were the ones who shelled the village on Sunday.")
    names = {e.id: e.name for e in r.entities}
    attacks = [e for e in r.events if e.category == "ASSAULT"]
    assert attacks and [names[a] for a in attacks[0].actors] == ["rebels"]
