"""Session 17 (lead): a hyphenated surname written alone after the full name is the same
person, and the pronoun after it finds her."""

from __future__ import annotations

from tests.conftest import run


def test_a_hyphenated_surname_alone_is_the_person_named_in_full() -> None:
    r = run(
        "Prime Minister Ingrid Solberg-Haug arrived in Lusaka on Friday.\n\n"
        "Solberg-Haug was met at the airport by Foreign Minister Mulenga Banda, who called the "
        'trip "a new chapter".\n\n'
        '"We are here to listen," she told reporters.'
    )
    people = [e for e in r.entities if e.type == "PERSON"]
    woman = next(e for e in people if e.name == "Ingrid Solberg-Haug")
    assert "Solberg-Haug" in [m.text for m in woman.mentions]
    assert not [e for e in people if e.name in ("Solberg", "Solberg-Haug")]
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert quote.speaker == woman.id


def test_a_name_set_before_a_kind_of_body_is_that_body_where_it_stands_alone() -> None:
    r = run(
        "The nationalist Vantor party took 18 percent of the vote. Its leader said the result "
        "proved that voters wanted change. Marques ruled out a deal with Vantor."
    )
    vantor = [e for e in r.entities if e.name == "Vantor"]
    assert vantor and {e.type for e in vantor} == {"ORG"}


def test_a_person_named_in_full_stays_a_person_beside_a_body_noun() -> None:
    r = run(
        "Supporters of Bernie Sanders rallied in Ohio. The Sanders movement has grown since "
        "2016, and Sanders said he would campaign in every state."
    )
    sanders = next(e for e in r.entities if e.name == "Bernie Sanders")
    assert sanders.type == "PERSON"
    assert [m.text for m in sanders.mentions if m.text == "Sanders"] == ["Sanders", "Sanders"]


def test_a_company_named_after_its_trade_is_an_organisation() -> None:
    r = run(
        "Danish pump maker Veltrup said on Thursday its profit fell 30 percent. Shares in "
        "Veltrup fell 8 percent. Analysts at Kestner said the fall was overdue."
    )
    types = {e.name: e.type for e in r.entities}
    assert types.get("Veltrup") == "ORG"
    assert types.get("Kestner") == "ORG"


def test_a_short_company_name_before_the_full_one_is_the_same_company() -> None:
    r = run(
        "Velora agrees to buy rival Brightwave\n\n"
        "Velora Foods said on Monday it had agreed to buy Brightwave for $2 billion. Velora "
        "chief executive Sam Okafor said the deal would save money."
    )
    company = next(e for e in r.entities if e.name == "Velora Foods")
    assert company.type == "ORG"
    assert [m.text for m in company.mentions if m.text == "Velora"] == ["Velora", "Velora"]


def test_a_country_stays_a_place_beside_a_company_named_after_it() -> None:
    r = run("Jordan closed its border on Monday. Jordan Airlines said its flights would resume on Friday.")
    types = {e.name: e.type for e in r.entities}
    assert types.get("Jordan") == "GPE"


def test_a_players_position_before_his_name_is_a_title() -> None:
    r = run(
        "Striker Marek Dolny scored twice in the second half. Coach Ivo Brandt blamed fatigue "
        "for the defeat. Dolny, who joined in the summer, dedicated the goals to his late father."
    )
    player = next(e for e in r.entities if e.name == "Marek Dolny")
    assert player.type == "PERSON"
    assert [role.title for role in player.roles] == ["Striker"]
    assert "his" in [m.text for m in player.mentions]


def test_a_quote_that_speaks_of_the_mayor_by_his_title_is_not_the_mayors() -> None:
    r = run(
        "Mayor Daniel Ortiz accused Governor Frank Hale on Tuesday of starving the city's buses "
        "of money. He said the state had cut transit funding by 20 percent.\n\n"
        'Hale rejected the charge. "The mayor knows the numbers," he told reporters.'
    )
    names = {e.id: e.name for e in r.entities}
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert quote.speaker is not None and names[quote.speaker] == "Frank Hale"


def test_an_acronym_after_a_kind_of_body_is_that_body_and_its_secretary_belongs_to_it() -> None:
    r = run(
        "The pilots' union BALPA said it had not been consulted. Its general secretary, "
        'Martin Cole, called the cuts "a betrayal of staff."'
    )
    union = next(e for e in r.entities if e.name == "BALPA")
    assert union.type == "ORG"
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert quote.speaker == union.id


def test_a_surname_that_is_also_a_common_word_opens_a_sentence_as_the_person() -> None:
    r = run(
        "Union leader Joanna Price said members had run out of patience. Health Secretary "
        "Claire Morton said patients were paying the price.\n\n"
        'Price hit back within hours. "She has refused to meet us since March," she told the BBC.'
    )
    price = next(e for e in r.entities if e.name == "Joanna Price")
    assert "Price" in [m.text for m in price.mentions]
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert quote.speaker == price.id


def test_the_place_people_live_in_or_an_office_governs_is_a_place() -> None:
    r = run(
        "Residents of Mabvuku said they had been buying water for weeks. The mayor of "
        "Bristol said the bridge would reopen in May."
    )
    types = {e.name: e.type for e in r.entities}
    assert types.get("Mabvuku") == "GPE"
    assert types.get("Bristol") == "GPE"
