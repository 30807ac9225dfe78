"""Places the small tagger types as people or leaves out, and roles held through "its":
sentences written for these tests."""

from __future__ import annotations

from tests.entities.test_entities import by_name, entities, texts


def test_a_capital_tagged_as_a_person_is_a_place() -> None:
    ents = entities(
        "Baku said in a statement that any agreement must include the return of displaced families. "
        "Yerevan, which has pushed for talks since the war, accused its neighbour of stalling."
    )
    assert by_name(ents, "Baku").type == "GPE"
    assert by_name(ents, "Yerevan").type == "GPE"


def test_a_country_tagged_as_a_person_joins_the_country() -> None:
    ents = entities(
        "Talks stalled after a proposal by Armenia to extend the truce. "
        "Her counterpart, Farid Mammadli, dismissed the criticism. "
        "He said Armenia had broken the previous truce at least four times since January."
    )
    countries = [e for e in ents if e.name == "Armenia"]
    assert len(countries) == 1 and countries[0].type == "GPE"
    assert len(texts(countries[0], "name")) == 2


def test_a_surname_that_is_a_country_stays_the_person() -> None:
    ents = entities(
        "Representative Jim Jordan questioned the director for three hours. "
        "Jordan said the agency had hidden the emails from Congress."
    )
    jordan = by_name(ents, "Jim Jordan")
    assert jordan.type == "PERSON"
    assert "Jordan" in texts(jordan, "name")
    assert not [e for e in ents if e.name == "Jordan" and e.type == "GPE"]


def test_a_country_the_tagger_missed_after_a_dateline_is_found() -> None:
    ents = entities(
        "TBILISI, March 12 (Newswire) - Azerbaijan rejected on Thursday a proposal to extend the ceasefire."
    )
    assert by_name(ents, "Azerbaijan").type == "GPE"


def test_a_word_in_capitals_that_is_only_a_country_code_is_no_place() -> None:
    ents = entities("The ruling was reported by PA and the figures were checked IN full by USA TODAY staff.")
    assert not [e for e in ents if e.type == "GPE"]


def test_a_company_named_after_its_kind_is_an_organisation() -> None:
    ents = entities("Turkish energy company Tekno Enerji said its chief executive had resigned.")
    assert by_name(ents, "Tekno Enerji").type == "ORG"


def test_a_given_name_before_a_surname_tagged_alone_makes_one_person() -> None:
    ents = entities("The union called a strike. Its leader, Ana Costa, said workers would stay out a week.")
    costa = by_name(ents, "Costa")
    assert costa.name == "Ana Costa" and costa.type == "PERSON"


def test_a_role_held_through_its_goes_to_what_its_refers_to() -> None:
    ents = entities(
        "Georgia hosted the talks on Monday. "
        "Its prime minister, Nika Beridze, said he was confident that a deal could be reached."
    )
    roles = by_name(ents, "Beridze").roles
    assert [(r.title, r.org) for r in roles] == [("prime minister", "Georgia")]


def test_his_adviser_gets_no_organisation() -> None:
    ents = entities(
        "Senator Ruth Calder arrived late. Her adviser, Tom Reyes, said the vote would be close."
    )
    assert all(r.org is None for r in by_name(ents, "Reyes").roles)
