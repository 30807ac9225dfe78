"""Session 20 (lead): a warning that forecasts is no stance against what it is about."""

from __future__ import annotations

from tests.conftest import run


def test_a_forecast_about_ones_own_company_is_no_stance() -> None:
    r = run(
        "Norvik Steel, which employs about 4,000 people, said it regretted the strike. Chief "
        "executive Anders Holm warned that the company might have to close its older plant in "
        "Tromvik if costs kept rising."
    )
    assert not [s for s in r.stances if s.polarity == "negative"]


def test_a_warning_of_an_attack_is_against_the_attacker() -> None:
    r = run("Defence Minister Ana Voss warned that Kessaria would attack the port within days.")
    names = {e.id: e.name for e in r.entities}
    assert any(
        names.get(s.holder) == "Ana Voss" and names.get(s.target) == "Kessaria" and s.polarity == "negative"
        for s in r.stances
    )
