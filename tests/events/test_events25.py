"""Issue 12, session 25 (h/events25): the field's conventions where our ontology overlay
and the CAMEO dictionary disagree, and the senses the lead saw misread on invented stories
(a split with a party read as a threat, a misuse of an office read as torture, leaving
school read as a consultation, an agreement announced with a co-announcer read as a deal
between the announcers, a call to rally against a party read as a plain request).
Sentences written for these tests (invented people and places: Kessa, Dessa, Amel, Vardo);
each rule has siblings in other words and a case it must leave."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.events.support import main_act as main
from tests.events.support import plover_categories, run_pipeline

# ------------------------------------- a split with a party: a rejection, not a threat


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The senator broke with the ruling party over the budget.", "party"),
        ("Two weeks later the Greens broke with the coalition in Vardo.", "coalition"),
        ("The union broke with the governing alliance after the vote.", "alliance"),
    ],
)
def test_a_split_with_a_party_is_a_rejection(text: str, party: str) -> None:
    category, _actors, targets = main(text)
    assert category == "REJECT"
    assert any(party in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "The minister broke with tradition and wore a green tie to parliament.",
        "The festival broke with custom this year.",
    ],
)
def test_a_split_with_a_custom_is_no_act(text: str) -> None:
    assert not {"THREATEN", "REJECT"} & set(plover_categories(text))


# ------------------------------------- mistreating is done to people


@pytest.mark.parametrize(
    "text",
    [
        "The mayor abused his office to reward his friends.",
        "The governor of Amel abused his position to enrich his family.",
        "Prosecutors say the judge abused her post for years.",
    ],
)
def test_a_post_abused_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in plover_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guards abused the prisoners in the Kessa jail for weeks.",
        "Soldiers tortured three detainees at the base.",
    ],
)
def test_people_mistreated_stay_an_assault(text: str) -> None:
    assert "ASSAULT" in plover_categories(text)


# ------------------------------------- leaving is no consultation


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez left school at 15 to work in a factory.",
        "John Carter left the army in 2005 to study law.",
        "Peter Novak left university without a degree.",
    ],
)
def test_what_is_left_is_no_visit(text: str) -> None:
    assert "CONSULT" not in plover_categories(text)


def test_a_trip_with_a_destination_stays_a_visit() -> None:
    assert "CONSULT" in plover_categories("The Dessan foreign minister left for Kessa on Monday for talks.")


# ------------------------------------- an agreement announced: the announcers are no parties


@pytest.mark.parametrize(
    ("text", "announcer", "partner"),
    [
        (
            "Biden, who announced the deal at the White House with Macron, said it would last.",
            "Biden",
            "Macron",
        ),
        (
            "Prime Minister John Carter announced the pact at a news conference with President Peter Novak.",
            "Carter",
            "Novak",
        ),
        (
            "Ana Lopez announced the accord on Friday with Peter Novak, her Kessan counterpart.",
            "Lopez",
            "Novak",
        ),
    ],
)
def test_a_definite_agreement_announced_names_no_parties(text: str, announcer: str, partner: str) -> None:
    doc = run_pipeline(text)
    agreements = [e for e in doc._.ng_events if e.category == "AGREE"]
    assert agreements
    names = {e.id: e.name for e in doc._.ng_entities}
    for event in agreements:
        assert not any(partner in names.get(t, "") for t in event.targets)
        assert not any(announcer in names.get(a, "") for a in event.actors)


def test_a_new_deal_announced_keeps_its_parties() -> None:
    category, actors, targets = main("Vardo announced a trade deal with Kessa on Tuesday.")
    assert category == "AGREE"
    assert any("Vardo" in a for a in actors) and any("Kessa" in t for t in targets)


# ------------------------------------- a call to rally against a party (CAMEO 113)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A Dessan newspaper called on Arabs to unite and mobilize against the new Kessan premier.",
            "premier",
        ),
        ("The opposition leader urged students to rise up against the military government.", "government"),
        ("The exiled cleric called on the faithful to stand together against the regime in Amel.", "regime"),
    ],
)
def test_a_call_to_rally_against_a_party_is_disapproval(text: str, target: str) -> None:
    category, _actors, targets = main(text)
    assert category == "ACCUSE"
    assert any(target in t for t in targets)


def test_a_call_to_unite_behind_a_party_stays_a_request() -> None:
    category, _actors, _targets = main("The party called on voters to unite behind its candidate.")
    assert category == "REQUEST"


# ------------------------------------- ties cut with a party stay a sanction


@pytest.mark.parametrize(
    "text",
    [
        "Kessa broke relations with Dessa in 1990.",
        "The Amel parliament voted to break diplomatic ties with Vardo.",
    ],
)
def test_ties_broken_with_a_party_stay_a_sanction(text: str) -> None:
    categories = plover_categories(text)
    assert "SANCTION" in categories and "REJECT" not in categories


# ------------------------------------- the audit script


def _audit_script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "ontology_vs_cameo.py"
    spec = importlib.util.spec_from_file_location("ontology_vs_cameo", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_audit_compares_our_overlay_with_the_dictionary() -> None:
    script = _audit_script()
    groups = script.disagreements(script.audit())
    assert ("RETREAT", "CONCEDE") in groups  # the RETREAT block's bare 080
    assert all(ours != cameo for ours, cameo in groups)
    book = script.Book()
    accuse = book.verb("accuse")
    assert accuse is not None and accuse.category == "ACCUSE"
    assert book.phrase("walk", ("out",)) is not None
