"""Session 21 (issue 10): a one-word name the tagger types as an organisation or place,
written once, that a he/she continues, is a person candidate, so the pronoun can go to
it and not to another person named before it. Read on sentences written for them.

- "Omar Hale trained the squad. … Tregaron said his players …" (Tregaron typed ORG):
  Tregaron is a person and takes the "his".
- A name an it/its continues, a continent or region typed LOC, a capitalised word
  coordinated with lower-case words ("Interethnic, interclan and …") and a plural
  family name after "the" stay what the tagger typed.
"""

from __future__ import annotations

from newsgraph.entities.referred import _brand_shaped
from newsgraph.records import Entity
from tests.conftest import run


def _entity_with(entities: list[Entity], text: str, phrase: str) -> Entity | None:
    start = text.index(phrase)
    for entity in entities:
        if any(m.start == start for m in entity.mentions):
            return entity
    return None


def test_name_met_once_typed_org_takes_the_he_that_continues_it() -> None:
    text = (
        "Omar Hale trained the squad for years. After the final, Tregaron said his players "
        "had earned the title."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Tregaron")
    assert entity is not None and entity.type == "PERSON"
    assert len(entity.mentions) == 2  # "Tregaron" and "his"
    hale = _entity_with(r.entities, text, "Omar Hale")
    assert hale is not None and len(hale.mentions) == 1  # the "his" is not Hale's


def test_name_met_once_after_a_person_of_the_same_gender_is_a_candidate() -> None:
    text = (
        "Tom Keller founded the Harbour Players in 1990. In 1997, Vandermeer joined the "
        "company, and his first season there was a success."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Vandermeer")
    assert entity is not None and entity.type == "PERSON"
    keller = _entity_with(r.entities, text, "Tom Keller")
    assert keller is not None and len(keller.mentions) == 1


def test_feminine_name_met_once_takes_her() -> None:
    text = (
        "Greta Lind ran the choir for a decade. When Ostrova took over in 2004, her first "
        "concert sold out."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Ostrova")
    assert entity is not None and entity.type == "PERSON"
    assert len(entity.mentions) == 2


def test_name_continued_by_its_stays_an_organisation() -> None:
    text = "Omar Hale chairs the board. In March, Tregaron said its profits rose, and he was pleased."
    r = run(text)
    entity = _entity_with(r.entities, text, "Tregaron")
    assert entity is not None and entity.type == "ORG"


def test_region_typed_loc_stays_a_place() -> None:
    text = "Dana Reyes spoke in Brussels on Monday. Trade is strongest when Europe is united, she said."
    r = run(text)
    entity = _entity_with(r.entities, text, "Europe")
    assert entity is None or entity.type != "PERSON"


def test_word_coordinated_with_lower_case_words_is_no_name() -> None:
    text = (
        'Omar Hale spoke at the rally. "Interethnic, interclan and intertribal conflicts '
        'continue." He added that talks would resume.'
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Interethnic")
    assert entity is None or entity.type != "PERSON"


def test_plural_family_after_the_stays_untouched() -> None:
    text = "Greta Lind met the Tregarons in 2004, and her first concert sold out."
    r = run(text)
    entity = _entity_with(r.entities, text, "Tregarons")
    assert entity is None or entity.type != "PERSON"
    lind = _entity_with(r.entities, text, "Greta Lind")
    assert lind is not None and len(lind.mentions) == 2


def test_inner_capital_is_a_brand_unless_after_a_surname_prefix() -> None:
    assert _brand_shaped("ZentraFeed") and _brand_shaped("QuillTube")
    assert not _brand_shaped("McAllister") and not _brand_shaped("DeWitt")
    assert not _brand_shaped("Tregaron")


def test_news_site_with_an_inner_capital_stays_an_organisation() -> None:
    text = (
        "Omar Hale ran the campaign until May. The deal faltered after ZentraFeed reported "
        "that he was writing a book."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "ZentraFeed")
    assert entity is None or entity.type != "PERSON"
    hale = _entity_with(r.entities, text, "Omar Hale")
    assert hale is not None and len(hale.mentions) == 2


def test_surname_with_a_prefix_capital_may_be_a_person() -> None:
    text = (
        "Omar Hale trained the squad for years. After the final, DeWitt said his players "
        "had earned the title."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "DeWitt")
    assert entity is not None and entity.type == "PERSON" and len(entity.mentions) == 2
