"""Session 21 (lead): role nouns owned by a group, quotations that continue a speaker,
places and groups the tagger mistyped, a role's name hung on its organisation."""

from __future__ import annotations

from tests.conftest import run


def _holder(r, text: str) -> str | None:
    """The entity name holding the mention whose text is ``text`` (None for none)."""
    return next((e.name for e in r.entities for m in e.mentions if m.text == text), None)


def test_a_role_owned_by_a_group_is_not_the_holder_named_for_a_state() -> None:
    r = run(
        "Velmora's interior ministry spokeswoman, Dana Ilves, said the talks had stalled. "
        "She gave no reason.\n\nThe strikers' spokeswoman rejected that account."
    )
    assert _holder(r, "The strikers' spokeswoman") != "Dana Ilves"


def test_a_role_owned_by_the_same_group_still_finds_its_holder() -> None:
    r = run(
        "Tomas Lenk, a spokesman for the farmers, said the blockade would go on. "
        "The farmers' spokesman added that talks could resume next week."
    )
    assert _holder(r, "The farmers' spokesman") == "Tomas Lenk"


def test_a_he_inside_a_quotation_that_continues_a_speaker_is_not_that_speaker() -> None:
    text = (
        "VELMORA, Nov 20 - The leader of the opposition Civic Party, Anton Brisk, accused the "
        "government on Friday of hiding the true size of the budget deficit, a day before "
        "parliament votes on next year's spending plans.\n\nBrisk told a news conference that "
        "the finance ministry had moved 3.1 billion euros of spending off the books by routing "
        'it through state companies. "This is the largest accounting trick in our history," he '
        'said. "The prime minister knows it, and he signed it."\n\nPrime Minister Lidia Vartan '
        "rejected the charge. Speaking in parliament, she said the budget had been checked by "
        'the independent fiscal council and called Brisk\'s claims "a fantasy for the cameras".'
    )
    r = run(text)
    brisk = next(e for e in r.entities if e.name == "Anton Brisk")
    inside = text.index("he signed")
    assert all(m.start != inside for m in brisk.mentions)
    signed = next(ev for ev in r.events if ev.lemma == "sign")
    assert brisk.id not in signed.actors


def test_a_name_ending_in_a_landform_word_is_a_place_not_a_person() -> None:
    r = run("Shipping lines began sending their vessels to Orrin Bay, 60 kilometres to the south.")
    assert {e.name: e.type for e in r.entities}.get("Orrin Bay") in {"LOC", "GPE"}


def test_a_person_whose_surname_is_a_landform_word_stays_a_person() -> None:
    r = run("Michael Lake said the film would open in May.")
    assert {e.name: e.type for e in r.entities}.get("Michael Lake") == "PERSON"


def test_a_capitalised_plural_after_a_dateline_is_a_group_that_acts() -> None:
    r = run("OSLO, Nov 21 - Rebels in the north released nine hostages on Saturday, officials said.")
    groups = {e.id: e.name for e in r.entities if e.type == "GROUP"}
    released = next(ev for ev in r.events if ev.lemma == "release")
    assert [groups.get(a) for a in released.actors] == ["Rebels"]


def test_a_role_noun_whose_name_the_parser_hung_on_its_organisation() -> None:
    r = run(
        "The leader of the opposition Civic Party, Anton Brisk, accused the government on "
        "Friday of hiding the deficit."
    )
    assert _holder(r, "The leader") == "Anton Brisk"
    accused = next(ev for ev in r.events if ev.lemma == "accuse")
    names = {e.id: e.name for e in r.entities}
    assert [names.get(a) for a in accused.actors] == ["Anton Brisk"]


def test_a_company_noun_right_before_a_name_is_that_name() -> None:
    r = run(
        "Shares in Orrin Freight fell 9 percent on Monday. Orrin's largest shareholder, the "
        "investment firm Halden Capital, declined to comment."
    )
    assert _holder(r, "the investment firm") == "Halden Capital"


def test_the_bank_is_not_the_company_named_before_it() -> None:
    r = run(
        'Shares in Kestrel Logistics fell 18 percent on Monday, their biggest one-day drop since '
        'the company listed in 2011, after it cut its profit forecast for the second time this '
        'year.\n\n'
        'The Oslo-based freight group said operating profit for 2026 would be between 40 million '
        'and 55 million euros, down from an earlier range of 70 million to 85 million. It blamed '
        'weaker demand from retailers and higher fuel costs.\n\n'
        '"We did not see the slowdown in European consumer spending coming as fast as it did," '
        'chief executive Henrik Dahl said on a call with analysts. He said the company would cut '
        '600 jobs, mostly in Germany, and close two warehouses by the end of March.\n\n'
        "Analysts at Nordbank said the warning raised questions about the company's strategy. "
        '"This is a management team that has now missed its own targets three times in 18 '
        'months," said Ingrid Sand, who covers the transport sector for the bank.\n\n'
        "Kestrel's largest shareholder, the investment firm Valbrook Capital, declined to "
        'comment.'
    )
    assert _holder(r, "the bank") != "Kestrel Logistics"
    assert _holder(r, "the investment firm") == "Valbrook Capital"


def test_its_after_an_unnamed_subject_is_not_the_body_named_before() -> None:
    text = "Halden Capital declined to comment. The stock has lost almost half its value since January."
    r = run(text)
    halden = next(e for e in r.entities if e.name == "Halden Capital")
    assert all(m.text != "its" for m in halden.mentions)


def test_places_named_by_a_district_or_before_a_river_word() -> None:
    r = run(
        "Nine people were missing in the hill district of Varna Dol, where the Sella river "
        "rose by four metres."
    )
    types = {e.name: e.type for e in r.entities}
    assert types.get("Varna Dol") in {"GPE", "LOC"}
    assert types.get("Sella") in {"GPE", "LOC"}


def test_a_deputy_named_by_title_is_a_person() -> None:
    r = run("Deputy Clara Mbeki said the agency had been warned in October.")
    assert {e.name: e.type for e in r.entities}.get("Clara Mbeki") == "PERSON"


def test_a_club_name_tagged_as_a_place_is_an_organisation() -> None:
    r = run("City, who have won six games in a row, travel to Ashby United next Sunday.")
    assert {e.name: e.type for e in r.entities}.get("Ashby United") == "ORG"


def test_the_n_year_old_is_the_one_person_given_that_age() -> None:
    r = run(
        "Tom Ashdown, 58, fell into a crevasse on Thursday while climbing with his son.\n\n"
        '"I honestly thought I would never see my family again," the 58-year-old said from '
        "his hospital bed."
    )
    names = {e.id: e.name for e in r.entities}
    assert [names.get(q.speaker or "") for q in r.quotes] == ["Tom Ashdown"]


def test_an_age_two_people_share_names_nobody() -> None:
    r = run(
        "Tom Ashdown, 58, and his climbing partner Lena Brandt, 58, fell on Thursday. "
        '"It was very cold," the 58-year-old said.'
    )
    assert all(q.speaker is None for q in r.quotes)


def test_its_in_a_sentence_with_no_verb_ends() -> None:
    r = run("Shares in Orrin Freight fell on Monday.\n\nIts value. Its price, its plans.")
    assert any(e.name == "Orrin Freight" for e in r.entities)
