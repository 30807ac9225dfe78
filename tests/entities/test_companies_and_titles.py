"""Companies named with a legal suffix, and titles with a coordinated portfolio:
sentences written for these tests."""

from __future__ import annotations

from tests.entities.test_entities import by_name, entities, texts

COMPANY = (
    "The ruling is a setback for Andes Copper Corp, which had planned to double output by 2027. "
    "The company said it would study the decision. Andes Copper shares fell 4.5 percent in Toronto."
)


def test_the_company_is_the_company_named_with_a_legal_suffix() -> None:
    company = by_name(entities(COMPANY), "Andes Copper")
    assert "The company" in texts(company)


def test_the_name_without_its_legal_suffix_is_the_same_company() -> None:
    company = by_name(entities(COMPANY), "Andes Copper")
    assert "Andes Copper" in texts(company, "name")


def test_the_company_after_another_organisation_is_left_alone() -> None:
    ents = entities(
        "Norvik Mining Ltd sold the mine to Patriot Minerals last year. "
        "The company filed for bankruptcy in May."
    )
    assert "The company" not in texts(by_name(ents, "Norvik"))


def test_his_company_is_not_the_last_company_named() -> None:
    ents = entities("Tom Clarke advised Southern Coal Corp for a year. His company later bought a bridge.")
    assert "His company" not in texts(by_name(ents, "Southern Coal"))


def test_a_title_with_a_coordinated_portfolio_is_one_role() -> None:
    ents = entities("Energy and Mines Minister Carlos Vidal said the government would appeal.")
    assert [r.title for r in by_name(ents, "Vidal").roles] == ["Energy and Mines Minister"]


def test_a_role_in_apposition_keeps_every_word_of_its_title() -> None:
    ents = entities("Mira Osei, the deputy national security adviser, landed in Accra on Monday.")
    assert [r.title for r in by_name(ents, "Mira Osei").roles] == ["deputy national security adviser"]


def test_a_hyphenated_title_is_one_role() -> None:
    ents = entities("Alliance Secretary-General Ilse Maren said on Friday that the talks would go on.")
    assert [r.title for r in by_name(ents, "Maren").roles] == ["Secretary-General"]
    ents = entities("Former Editor-in-Chief Tomas Berg said the paper would close in May.")
    assert [r.title for r in by_name(ents, "Berg").roles] == ["Former Editor-in-Chief"]


def test_a_hyphenated_prefix_or_description_is_no_part_of_the_title() -> None:
    ents = entities("Then-Secretary Dana Whit signed the accord in Oslo.")
    assert [r.title for r in by_name(ents, "Whit").roles] == ["Secretary"]
    ents = entities("The mayor's jack-of-all-trades adviser Owen Pratt wrote the plan.")
    assert [r.title for r in by_name(ents, "Pratt").roles] == ["adviser"]


def test_a_coordinated_person_is_no_part_of_the_title() -> None:
    ents = entities("Actor Kevin Spacey and Barcelona footballer Gerard Pique attended the gala.")
    titles = [r.title for r in by_name(ents, "Pique").roles]
    assert all("Spacey" not in t and "Actor" not in t for t in titles)


def test_a_company_named_after_its_kind_stays_a_company_when_tagged_person_later() -> None:
    ents = entities(
        "Dockworkers struck after talks with terminal operator NordLine broke down. "
        "NordLine said the offer was fair."
    )
    assert by_name(ents, "NordLine").type == "ORG"


def test_a_surname_with_a_particle_joins_the_full_name() -> None:
    ents = entities("Union negotiator Pieter de Wit told reporters. De Wit said the union would vote.")
    person = by_name(ents, "Pieter de Wit")
    assert "De Wit" in texts(person, "name")
    assert len([e for e in ents if "Wit" in e.name]) == 1


def test_an_acronym_before_its_kind_of_body_is_that_organisation() -> None:
    ents = entities("The FNV union, which represents about 4,000 workers at the port, said it would strike.")
    union = by_name(ents, "FNV")
    assert union.type == "ORG" and "The FNV union" in texts(union)


def test_a_part_of_an_organisation_is_not_the_organisation() -> None:
    ents = entities("Columbia University said the Columbia University department had closed.")
    assert "the Columbia University department" not in texts(by_name(ents, "Columbia University"))


def test_an_untagged_party_name_is_an_organisation_and_holds_its_leader() -> None:
    ents = entities(
        "The Farmers' Party left the coalition on Sunday. "
        "Its leader, Jan Mazur, said the tax would hit rural voters hardest."
    )
    party = by_name(ents, "Farmers")
    assert party.type == "ORG"
    assert [(r.title, r.org) for r in by_name(ents, "Mazur").roles] == [("leader", party.name)]


def test_a_headline_in_title_case_gives_no_organisation() -> None:
    ents = entities("Wealthy Voters Abandon Republican Party\n\nA poll found that donors were leaving.")
    assert not [e for e in ents if "Abandon" in e.name]


def test_the_government_of_the_one_country_named_is_that_country_s() -> None:
    ents = entities(
        "NAIROBI, April 28 - Floods killed 30 people in central Kenya. "
        "Interior Minister Kithure Mwangi said the government had deployed the army."
    )
    government = by_name(ents, "government")
    assert [a.name for a in government.affiliations] == ["Kenya"]


def test_the_government_with_two_countries_named_stays_unresolved() -> None:
    ents = entities(
        "Kenya and Tanzania traded accusations over the border. "
        "Officials said the government would respond."
    )
    assert not [e for e in ents if e.name == "government"]


def test_a_named_body_owned_by_a_country_is_that_country_s() -> None:
    ents = entities("Russia's defence ministry said its forces had struck military targets.")
    ministry = by_name(ents, "ministry")
    assert [(a.name, a.kind) for a in ministry.affiliations] == [("Russia", "country")]


def test_a_name_ending_in_an_industry_word_is_a_company_even_after_owner() -> None:
    ents = entities(
        "The tanker's owner, Harbin Kestrel Shipping, did not answer calls on Friday. "
        "Regional carrier Lumo Airways cancelled its morning flights."
    )
    shipper = [e for e in ents if e.name.endswith("Kestrel Shipping")]
    assert shipper and all(e.type == "ORG" for e in shipper)
    assert by_name(ents, "Lumo Airways").type == "ORG"
    # a person's name after the same role noun keeps its type
    person = by_name(entities("The team's owner, Alma Reyes, did not answer calls."), "Alma Reyes")
    assert person.type == "PERSON"
    # a short suffix in title case is a surname as often ("SA" is a company, "Sa" a family)
    assert by_name(entities("Rui De Sa, 54, was treated in hospital."), "Rui De Sa").type == "PERSON"


def test_military_police_and_clerical_ranks_are_titles_not_names() -> None:
    ents = entities("Admiral Rosa Menendez said her ships were stretched. Sheriff Tom Briggs shut the road.")
    assert [r.title for r in by_name(ents, "Rosa Menendez").roles] == ["Admiral"]
    assert [r.title for r in by_name(ents, "Tom Briggs").roles] == ["Sheriff"]


def test_a_plural_name_after_the_is_a_movement_or_family_not_a_person() -> None:
    ents = entities("The Houthis, who hold the port, have attacked 40 ships. The Marlows arrived on Monday.")
    assert by_name(ents, "Houthis").type == "NORP"
    assert by_name(ents, "Marlows").type != "PERSON"
    # a surname ending in s is still a person's ("Tom Jones", "Chris Evans")
    assert by_name(entities("Chris Evans said he was proud."), "Chris Evans").type == "PERSON"
