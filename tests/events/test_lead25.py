"""Session 25 (lead): actors and senses seen wrong on invented wire stories.

- the object of a verb of bidding or causing does its to-clause ("prompting authorities
  to evacuate", "called on loyal troops to \\"restore order\\"", a quotation mark that made
  the parser hang the clause as an adjunct);
- a phrase of the verb's own ("at the UN climate summit agreed") is no stranded subject;
- a bare singular "demand" ("hired ahead of demand") is a market's, no request.
"""

from __future__ import annotations

import pytest

from tests.conftest import run


def _actors(r: object, lemma: str) -> list[list[str]]:
    names = {e.id: e.name for e in r.entities}  # type: ignore[attr-defined]
    return [[names.get(a, a) for a in ev.actors] for ev in r.events if ev.lemma == lemma]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "lemma", "actor"),
    [
        (
            "A wildfire tore through the forest, forcing people to flee and prompting authorities "
            "to evacuate a hospital.",
            "evacuate",
            "authorities",
        ),
        ('He called on loyal troops to "restore order."', "restore", "loyal troops"),
        ("The flooding spurred the army to evacuate three villages.", "evacuate", "army"),
        ('The governor ordered the police to "arrest the ringleaders" at once.', "arrest", "police"),
    ],
)
def test_the_one_bidden_or_caused_does_the_to_clause(text: str, lemma: str, actor: str) -> None:
    found = _actors(run(text), lemma)
    assert found and all(actor in a for a in found), found


@pytest.mark.parametrize(
    "text",
    [
        "BAKU, Azerbaijan — Negotiators at the UN climate summit agreed early on Sunday to raise the fund.",
        "GENEVA — Delegates at the WHO assembly agreed on Friday to extend the accord.",
    ],
)
def test_a_name_in_the_verbs_own_phrase_is_no_actor(text: str) -> None:
    r = run(text)
    assert not any({"UN", "WHO"} & set(a) for a in _actors(r, "agree"))


@pytest.mark.parametrize(
    "text",
    [
        "She wrote that the company had hired ahead of demand during the pandemic.",
        "The factory cannot keep up with demand this winter.",
        "Prices rose because supply lagged behind demand.",
    ],
)
def test_a_bare_singular_demand_is_no_request(text: str) -> None:
    assert not [e for e in run(text).events if e.category == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The union said its demand would not change.",
        "Protesters repeated their demand that the mayor resign.",
        "The rebels made a demand for a prisoner exchange.",
    ],
)
def test_a_demand_someone_makes_is_still_a_request(text: str) -> None:
    assert [e for e in run(text).events if e.category == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Q: Why were the protesters detained?", "detain"),
        ("Q: Why were the students detained?", "detain"),
    ],
)
def test_a_passive_question_makes_its_subject_the_target(text: str, lemma: str) -> None:
    r = run(text)
    found = [e for e in r.events if e.lemma == lemma]
    assert found and all(not e.actors and e.targets for e in found)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        (
            "Iran has seized several ships, accusing them of smuggling or violating maritime rules.",
            "violate",
        ),
        ("Police accused the gang of stealing cars and attacking guards.", "attack"),
    ],
)
def test_the_second_gerund_of_an_accusation_is_not_the_accusers(text: str, lemma: str) -> None:
    r = run(text)
    accuser = next(e.actors for e in r.events if e.lemma == "accuse")
    assert all(set(e.actors).isdisjoint(accuser) for e in r.events if e.lemma == lemma)


@pytest.mark.parametrize("noun", ["paramilitaries", "militiamen", "guerrillas", "mercenaries"])
def test_an_armed_group_named_by_its_members_is_the_actor(noun: str) -> None:
    r = run(f"The {noun} carried out a massacre in the village.")
    names = {e.id: e.name for e in r.entities}
    assert [[names[a] for a in e.actors] for e in r.events if e.lemma == "massacre"] == [[noun]]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister sacked his defence minister, Tomasz Wrona. Maria Kowal said Wrona had been right "
        "and accused the prime minister of silencing critics.",
        "The coach dropped his captain, Ola Berg. Lena Voss said Berg had been loyal and accused the coach "
        "of punishing dissent.",
    ],
)
def test_the_accused_does_the_gerund_hung_on_the_object(text: str) -> None:
    r = run(text)
    named = {e.id for e in r.entities if e.type == "PERSON"}
    assert all(named.isdisjoint(e.actors) for e in r.events if e.lemma in ("silence", "punish"))


def _categories(text: str) -> list[tuple[str, str]]:
    return [(e.category, e.lemma) for e in run(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "More than 400 firefighters, backed by 12 aircraft, battled the blaze.",
        "Rescue teams, backed by two helicopters, searched the coast for survivors.",
    ],
)
def test_people_backed_by_craft_outside_a_fight_make_no_assault(text: str) -> None:
    assert not [c for c in _categories(text) if c[0] == "ASSAULT"]


def test_an_offensive_backed_by_aircraft_is_still_force() -> None:
    assert ("ASSAULT", "back") in _categories("The offensive was backed by aircraft and artillery.")


@pytest.mark.parametrize(
    ("text", "lemma", "category"),
    [
        ("The coach complained about the decision to award a late penalty.", "complain", "ACCUSE"),
        ("The opposition complained to the commission about the count.", "complain", "ACCUSE"),
    ],
)
def test_dictionary_slips_are_not_followed(text: str, lemma: str, category: str) -> None:
    assert [c for c, word in _categories(text) if word == lemma] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "The navy said it was monitoring the situation closely.",
        "The minister said the government would compensate everyone who lost a home.",
        "Engineers restored power to a million homes, but 400,000 were still cut off.",
        "She added that the bloc had no wish for a trade war.",
        "The two chains are locked in a price war over milk.",
    ],
)
def test_no_act_between_parties(text: str) -> None:
    assert not [c for c in _categories(text) if c[0] in ("ACCUSE", "SANCTION", "ASSAULT")]
