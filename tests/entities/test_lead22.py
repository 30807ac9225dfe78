"""Session 22 (lead): an organisation's name the tagger cut before its head word; the
last words of an organisation's longer name are that organisation."""

from __future__ import annotations

from tests.conftest import run


def test_a_company_name_cut_before_its_head_is_whole() -> None:
    r = run("Utility Sierra Grid said it had restored power to most homes by Monday.")
    names = {e.name for e in r.entities if e.type == "ORG"}
    assert "Sierra Grid" in names
    assert "Sierra" not in names


def test_a_title_after_an_organisation_is_not_part_of_its_name() -> None:
    r = run("Acme Chief Executive Lara Moss said sales rose.")
    names = {e.name for e in r.entities}
    assert "Lara Moss" in names
    assert not any(n.startswith("Acme Chief") for n in names)


def test_the_last_words_of_an_organisations_long_name_are_that_organisation() -> None:
    r = run(
        "The Arctic Nations Fisheries Council approved the quota on Monday. "
        "Fisheries Council members will meet again in May."
    )
    councils = [e for e in r.entities if "Council" in e.name]
    assert len(councils) == 1
    assert len(councils[0].mentions) == 2


def test_a_tail_two_organisations_share_links_to_neither() -> None:
    r = run(
        "The Northern Fisheries Council and the Southern Fisheries Council met on Monday. "
        "Fisheries Council members disagreed."
    )
    short = [e for e in r.entities if e.name == "Fisheries Council"]
    assert short, [e.name for e in r.entities]


def test_a_score_after_a_club_is_not_part_of_its_name() -> None:
    r = run("Leeds Rovers beat Fenwick United 2-0 on Saturday to go top of the table.")
    names = {e.name for e in r.entities}
    assert not any(n.endswith("2-0") for n in names), names


def test_a_place_in_the_table_is_not_part_of_a_name() -> None:
    r = run("The defeat leaves Fenwick United 9th in the league.")
    assert not any(e.name.endswith("9th") for e in r.entities)


def test_a_clubs_last_word_alone_is_that_club() -> None:
    r = run(
        "Rovers beat United in the derby\n\nBRISTOL, Dec 6 - Harford Rovers beat Fenwick "
        "United 2-1 on Saturday. United took the lead after ten minutes, but Rovers "
        "came back to win."
    )
    united = [e for e in r.entities if "United" in e.name]
    assert len(united) == 1 and united[0].type == "ORG"


def test_a_mining_companys_first_word_alone_is_that_company() -> None:
    r = run(
        "Harbin Gold agreed to buy rival Tellmark Minerals for $2 billion. Tellmark's board "
        "backed the offer, and Tellmark chair Ada Ruiz said the price was fair."
    )
    holders = [e for e in r.entities if any(m.text == "Tellmark" for m in e.mentions)]
    assert len(holders) == 1 and holders[0].name == "Tellmark Minerals" and holders[0].type == "ORG"


def test_groups_named_by_their_cause_act_as_a_party() -> None:
    r = run("Human rights groups accused the border police of beating migrants.")
    accuse = next(e for e in r.events if e.category == "ACCUSE")
    names = {e.id: e.name for e in r.entities}
    assert [names.get(a) for a in accuse.actors] == ["Human rights groups"]


def test_a_bare_plural_of_groups_is_no_party() -> None:
    r = run("The groups will meet again on Monday, the mayor said.")
    assert all(e.name != "groups" for e in r.entities)


def test_people_counted_in_hundreds_take_part_in_the_act() -> None:
    r = run("Hundreds of dockworkers blocked the port gates on Monday.")
    block = next(e for e in r.events if e.category == "PROTEST")
    names = {e.id: e.name for e in r.entities}
    assert [names.get(a) for a in block.actors] == ["dockworkers"]


def test_people_counted_in_thousands_are_aimed_at() -> None:
    r = run("Riot police fired rubber bullets at thousands of students.")
    names = {e.id: e.name for e in r.entities}
    assault = next(e for e in r.events if e.category == "ASSAULT")
    assert "students" in [names.get(t) for t in assault.targets]


def test_he_inside_a_relative_clause_on_an_unnamed_official_is_that_official() -> None:
    r = run(
        'Rebel leader Omar Sadiq said the truce would hold. "We keep our word," Sadiq said.\n\n'
        "A senior Qatari diplomat, who asked not to be named because he was not allowed to "
        "speak to reporters, said talks would resume on Monday."
    )
    sadiq = next(e for e in r.entities if e.name == "Omar Sadiq")
    assert all(m.text != "he" for m in sadiq.mentions)


def test_a_person_named_after_a_role_is_no_lake() -> None:
    r = run("Senate candidate Dora Lake and her rival traded insults on Monday. Lake later apologised.")
    lake = [e for e in r.entities if "Lake" in e.name]
    assert len(lake) == 1 and lake[0].type == "PERSON"


def test_a_bare_surname_subject_is_the_person_named_in_full() -> None:
    r = run(
        "Economy Minister Viktors Valainis said the offer was unfair. Tomas Savick, his counterpart, "
        "disagreed.\n\nValainis hit back hours later."
    )
    valen = next(e for e in r.entities if e.name == "Viktors Valainis")
    assert sum(1 for m in valen.mentions if m.text == "Valainis") == 1



def test_the_head_word_of_an_x_of_y_name_alone_is_that_body() -> None:
    r = run(
        "Inflation fell to 2 percent, raising hopes that the Bank of Norvia will cut rates. "
        "Economists said the Bank would probably act in March."
    )
    banks = [e for e in r.entities if "Bank" in e.name]
    assert len(banks) == 1 and len(banks[0].mentions) == 2


def test_a_two_word_name_before_a_kind_of_body_names_that_body() -> None:
    r = run("The Vereinigung Cockpit union said its members had backed a strike. It did not say when.")
    names = {e.id: e.name for e in r.entities}
    said = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert names.get(said.speaker or "") == "Vereinigung Cockpit"


def test_a_familiar_form_of_the_given_name_is_the_same_person() -> None:
    r = run(
        'A jury found former mayor Robert Kane guilty of fraud. "Bob Kane never took a dime," '
        "his lawyer said."
    )
    kanes = [e for e in r.entities if "Kane" in e.name]
    assert len(kanes) == 1, [e.name for e in kanes]


def test_an_object_pronoun_in_a_relative_clause_is_not_its_head() -> None:
    r = run(
        "Passenger Tom Ashby, 41, said he believed that a woman who fell on top of him in the "
        "crash had died."
    )
    ashby = next(e for e in r.entities if e.name == "Tom Ashby")
    assert any(m.text == "him" for m in ashby.mentions)
