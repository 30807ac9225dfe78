"""Session 18 (lead): whose body an "its" names, read on invented wire stories."""

from __future__ import annotations

from tests.conftest import run


def test_its_ministry_is_the_ministry_of_the_country_its_stands_for() -> None:
    r = run(
        "OSLO (Wire) - Norway recalled its ambassador on Monday, the foreign ministry said. "
        "Iceland rejected the criticism. Its foreign ministry said Oslo had acted in haste."
    )
    first, second = (q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert first.speaker != second.speaker
    speaker = next(e for e in r.entities if e.id == second.speaker)
    assert speaker.name == "foreign ministry"
    assert [a.name for a in speaker.affiliations] == ["Iceland"]


def test_a_name_after_the_village_of_is_a_place_whatever_the_tagger_says() -> None:
    r = run("Border guards said they had detained 27 people near the village of Bialowieza.")
    village = next(e for e in r.entities if e.name == "Bialowieza")
    assert village.type == "GPE"


def test_a_persons_possessive_is_not_part_of_the_party_name() -> None:
    r = run(
        "Exit polls give Prime Minister Ivan Horvat's Democratic Union 38 percent. "
        "Horvat's Democratic Union won the last election in 2020."
    )
    parties = [e for e in r.entities if e.type == "ORG" and "Union" in e.name]
    assert [e.name for e in parties] == ["Democratic Union"]
    assert len(parties[0].mentions) == 2
    horvat = next(e for e in r.entities if e.name == "Ivan Horvat")
    assert len([m for m in horvat.mentions if m.text.startswith("Horvat")]) == 1


def test_a_possessive_that_belongs_to_a_company_name_stays() -> None:
    r = run("McDonald's Corp said quarterly sales rose by 4 percent.")
    assert "McDonald's Corp" in {e.name for e in r.entities}


def test_a_possessive_determiner_is_not_part_of_a_party_name() -> None:
    r = run("Opposition leader Elly Rinaldi called the budget unfair. Her Democratic Party voted against it.")
    assert "Democratic Party" in {e.name for e in r.entities}
    assert not [e for e in r.entities if e.name.startswith("Her ")]


def test_an_untagged_name_that_speaks_of_itself_as_it_is_an_organisation() -> None:
    r = run("Corvanta said it had found the intrusion on Friday and shut down its systems.")
    body = next(e for e in r.entities if e.name == "Corvanta")
    assert body.type == "ORG"
    assert r.quotes[0].speaker == body.id


def test_a_she_after_an_unnamed_spokeswoman_is_not_the_man_named_before() -> None:
    r = run(
        "A former aide said Prime Minister Olav Brenn had been told about the payments. "
        "A government spokeswoman said the claim was untrue. The prime minister learned of "
        "the payments in August, she said."
    )
    brenn = next(e for e in r.entities if e.name == "Olav Brenn")
    last = r.quotes[-1]
    assert last.source is not None and last.source.text == "she"
    assert last.speaker != brenn.id


def test_a_she_after_a_named_woman_is_still_hers() -> None:
    r = run("Anna Berg met a spokesman on Monday. She said the talks had gone well.")
    berg = next(e for e in r.entities if e.name == "Anna Berg")
    assert r.quotes[-1].speaker == berg.id


def test_a_tag_she_after_an_unnamed_spokeswoman_is_not_the_man_named_before() -> None:
    r = run(
        "Prime Minister Olav Brenn had been told about the payments. A government "
        'spokeswoman said the claim was "categorically untrue." The prime minister learned '
        "of the payments in August, she said, and acted at once."
    )
    brenn = next(e for e in r.entities if e.name == "Olav Brenn")
    assert all(q.speaker != brenn.id for q in r.quotes if q.source is not None and q.source.text == "she")


def test_its_leader_named_after_a_body_speaks_holds_a_role_in_that_body() -> None:
    r = run(
        "Dock workers at three ports went on strike on Wednesday, their union said. "
        "The Coastal Port Workers Union said the strike would last 48 hours unless the "
        "government agreed to talks. Its leader, Jorge Fuentes, accused the ministry of "
        "ignoring the workers."
    )
    fuentes = next(e for e in r.entities if e.name == "Jorge Fuentes")
    assert [role.org for role in fuentes.roles if role.title == "leader"] == ["Coastal Port Workers Union"]


def test_its_after_a_sentence_naming_two_bodies_is_left_open() -> None:
    r = run(
        "The Harbour Authority said Velmar Shipping had broken the rules. Its chief executive, "
        "Ola Dahl, said the firm would appeal."
    )
    dahl = next(e for e in r.entities if e.name == "Ola Dahl")
    assert all(role.org != "Harbour Authority" for role in dahl.roles)


def test_a_he_after_the_office_of_a_named_man_is_still_his() -> None:
    r = run(
        "Daniel Moss met the girl online. The disgraced former congressman told the girl he "
        "liked her. He also encouraged her to talk to him on Skype."
    )
    moss = next(e for e in r.entities if e.name == "Daniel Moss")
    assert "He" in [m.text for m in moss.mentions]


def test_a_style_of_address_keeps_its_possessive() -> None:
    r = run("Her Majesty's Revenue and Customs said the refunds would be paid in May.")
    assert not [e for e in r.entities if e.name.startswith("Majesty")]
