"""Who a kind description, a long title or a people's name means, in short wire stories
written for these tests (issue 10): "the alliance" after NATO is NATO, "Deputy Harbour
Master" is no part of the harbour master's name, "the Houthis" and "a Houthi spokesman"
are one entity, a sentence's first word is no person because the tagger capitalised it,
and "the U.N." is never the "Un" of a person's name."""

from __future__ import annotations

from tests.entities.test_entities import by_name, entities, texts


def test_alliance_after_its_acronym_is_that_organisation() -> None:
    ents = entities(
        "BRUSSELS – NATO Secretary-General Mark Rutte said on Monday the alliance would "
        "increase patrols in the Baltic."
    )
    assert "the alliance" in texts(by_name(ents, "NATO"), "nominal")


def test_carrier_after_an_airline_without_a_suffix_is_that_airline() -> None:
    ents = entities("Veltra Air said on Tuesday it would cut routes. The carrier blamed fuel costs.")
    assert "The carrier" in texts(by_name(ents, "Veltra"), "nominal")


def test_kind_noun_with_two_candidate_organisations_stays_unresolved() -> None:
    ents = entities(
        "Kestrel Air and Norvale Air both said on Monday they would cut routes. "
        "The carrier blamed fuel costs."
    )
    for name in ("Kestrel", "Norvale"):
        assert "The carrier" not in texts(by_name(ents, name))


def test_kind_noun_does_not_take_an_organisation_of_another_kind() -> None:
    ents = entities(
        "The Northern Fisheries Union said on Monday its members would strike. "
        "The alliance backed the plan."
    )
    assert "The alliance" not in texts(by_name(ents, "Fisheries"))


def test_title_of_several_capitalised_words_stays_out_of_the_name() -> None:
    ents = entities(
        "PORT ELLIS, Norland – Deputy Harbour Master Anna Koval said the port would reopen on "
        "Friday. Chief Fire Officer Piet Marr said the blaze was out."
    )
    names = {e.name for e in ents}
    assert "Anna Koval" in names
    assert "Piet Marr" in names
    assert not any("Master" in n or n == "Harbour" for n in names)


def test_plural_and_singular_of_a_movement_are_one_entity() -> None:
    ents = entities("The Houthis fired a missile on Monday. A Houthi spokesman said the attacks would go on.")
    movement = [e for e in ents if e.name.startswith("Houthi") and e.type != "GROUP"]
    assert len(movement) == 1
    assert {"Houthis", "Houthi"} <= set(texts(movement[0], "name"))


def test_dotted_initials_are_not_a_persons_last_name() -> None:
    ents = entities(
        "North Korean leader Kim Jong Un met officials on Monday. The U.N. condemned the test. "
        "Kim said the U.N. was biased."
    )
    kim = by_name(ents, "Kim Jong Un")
    assert "U.N." not in texts(kim)
    assert "Kim" in texts(kim, "name")


def test_bloc_with_a_union_of_states_and_an_alliance_named_stays_unresolved() -> None:
    ents = entities(
        "Leaders met in Brussels after Britain voted to leave the European Union. "
        "NATO officials said the bloc must stay united."
    )
    assert not [e for e in ents if "the bloc" in texts(e)]


def test_kind_noun_introducing_a_name_is_not_an_earlier_organisation() -> None:
    ents = entities(
        "Kestrel Foods raised prices on Monday. The bars are sold at the discount retailer "
        "Norvale Stores, which declined to comment."
    )
    assert "the discount retailer" not in texts(by_name(ents, "Kestrel"))


def test_a_people_met_first_in_the_singular_is_named_by_its_plural() -> None:
    ents = entities("A Houthi commander said on Monday that talks had failed. The Houthis fired a missile.")
    movement = [e for e in ents if e.name.startswith("Houthi") and e.type != "GROUP"]
    assert [e.name for e in movement] == ["Houthis"]
