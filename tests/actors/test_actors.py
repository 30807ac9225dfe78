"""Actor coding: country and sector from names, roles, demonyms and the dated dictionary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import actors
from newsgraph.actors import Codes, code_entity, code_text
from newsgraph.records import Affiliation, Entity, Mention, Role, Span

DAY = dt.date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Taliban Ministry of Foreign Affairs", "AFG", "GOV"),
        ("the Biden administration", "USA", "GOV"),
        ("the Republican Party", "USA", "PTY"),
        ("Afghan government", "AFG", "GOV"),
        ("U.S. military", "USA", "MIL"),
        ("Egyptian riot police", "EGY", "COP"),
        ("Kenyan opposition leader", "KEN", "OPP"),
        ("the Supreme Court of Ghana", "GHA", "JUD"),
        ("Chilean lawmakers", "CHL", "LEG"),
        ("a Mexican newspaper", "MEX", "JRN"),
        ("Ugandan rebels", "UGA", "REB"),
        ("the United Nations", "IGO", "GOV"),
        ("Human Rights Watch", "NGO", "NGO"),
        ("Norway", "NOR", None),
    ],
)
def test_code_text(text: str, country: str, sector: str | None) -> None:
    assert code_text(text, DAY) == Codes(country, sector)


def test_short_capital_aliases_need_capitals() -> None:
    assert code_text("US", DAY).country == "USA"
    assert code_text("let us talk", DAY).country is None
    assert code_text("who said it", DAY).country is None


def test_dictionary_periods_follow_the_publication_date() -> None:
    assert code_text("Donald Trump", dt.date(2019, 6, 1)) == Codes("USA", "GOV")
    assert code_text("Donald Trump", DAY) == Codes("USA", "PTY")
    assert code_text("the Taliban", dt.date(2019, 6, 1)).sector == "REB"
    assert code_text("the Taliban", DAY).sector == "GOV"
    assert code_text("the Taliban", None).sector == "REB"


def _span(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def test_code_entity_uses_roles_and_affiliations() -> None:
    person = Entity(
        id="e1",
        name="Ana Duarte",
        type="PERSON",
        roles=[Role(title="spokesperson", org="the Angolan Ministry of Defence", span=_span("x"))],
    )
    assert code_entity(person, DAY) == Codes("AGO", "GOV")
    member = Entity(
        id="e2",
        name="Tom Reed",
        type="PERSON",
        affiliations=[Affiliation(name="the Labour Party", kind="party", span=_span("x"))],
    )
    assert code_entity(member, DAY).sector == "PTY"
    city = Entity(id="e3", name="Kabul", type="GPE", mentions=[Mention(start=0, end=5, text="Kabul")])
    assert code_entity(city, DAY) == Codes("AFG", None)


def test_user_dictionary_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "actors:\n  - names: [Ana Duarte]\n    country: PRT\n    sector: BUS\n"
        "    periods:\n      - {from: 2020-01-01, to: 2023-01-01, sector: GOV}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(actors.ENV_VAR, str(extra))
    assert code_text("Ana Duarte", DAY) == Codes("PRT", "BUS")
    assert code_text("Ana Duarte", dt.date(2021, 5, 5)) == Codes("PRT", "GOV")
    monkeypatch.delenv(actors.ENV_VAR)
    assert code_text("Ana Duarte", DAY) == Codes(None, None)


def test_country_name() -> None:
    assert actors.country_name("AFG") == "Afghanistan"
    assert actors.country_name("IGO") == "IGO"
    assert actors.country_name(None) is None
