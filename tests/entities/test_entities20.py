"""Session 20 (issue 10, third round): names and descriptions read on sentences written
for them.

- A one-word "name" that is the subject of a copula before a percentage ("Turnout was
  71 percent") is a quantity, not a person.
- A person's full name the tagger typed ORG, whose surname alone then speaks ("Okoro
  said"), is one referent with it; a company's last word ("Sachs said it") joins its
  company and stays an organisation.
- "the company" / "the firm" means the one organisation named in the last sentences
  when its name states no other kind.
"""

from __future__ import annotations

from newsgraph.records import Entity
from tests.conftest import run


def _entity_with(entities: list[Entity], text: str, phrase: str) -> Entity | None:
    start = text.index(phrase)
    for entity in entities:
        if any(m.start == start for m in entity.mentions):
            return entity
    return None


# -- a quantity measured is no person -------------------------------------------------


def test_subject_of_a_percentage_is_no_person() -> None:
    text = "Voters went to the polls on Sunday in Marenia. Turnout was 71 percent, officials said."
    r = run(text)
    assert not any(e.type == "PERSON" and e.name == "Turnout" for e in r.entities)


def test_a_person_of_an_age_stays_a_person() -> None:
    text = "Halvard Brekke retired from the council on Monday. Brekke was 71 and had served since 1990."
    r = run(text)
    entity = _entity_with(r.entities, text, "Halvard Brekke")
    assert entity is not None and entity.type == "PERSON"


# -- a person's name typed ORG, then its surname speaks --------------------------------


def test_surname_speaking_joins_the_full_name_typed_org() -> None:
    text = "Protesters gathered outside the offices of Sami Okoro on Friday. Okoro said he would meet them."
    r = run(text)
    entity = _entity_with(r.entities, text, "Sami Okoro")
    assert entity is not None and entity.type == "PERSON"
    assert any(text[m.start : m.end] == "Okoro" for m in entity.mentions if m.start > text.index("Friday"))


def test_company_last_word_speaking_stays_the_company() -> None:
    text = "Shares of Goldman Sachs fell. Sachs said it would cut jobs."
    r = run(text)
    entity = _entity_with(r.entities, text, "Goldman Sachs")
    assert entity is not None and entity.type == "ORG"


def test_company_with_a_trade_word_is_no_person() -> None:
    text = "Tolu Bankole Holdings lost money in May. Bankole said sales fell."
    r = run(text)
    entity = _entity_with(r.entities, text, "Tolu Bankole Holdings")
    assert entity is not None and entity.type == "ORG"
    assert not any(text[m.start : m.end] == "Bankole" for m in entity.mentions)


# -- "the company": the one organisation named -----------------------------------------


def test_the_company_is_the_one_organisation_named() -> None:
    text = "Veltrax posted a loss on Tuesday. The company said sales fell."
    r = run(text)
    entity = _entity_with(r.entities, text, "The company")
    assert entity is not None and entity.name == "Veltrax"


def test_the_company_after_two_organisations_stays_unresolved() -> None:
    text = "Veltrax posted a loss on Tuesday, Reuters reported. The company said sales fell."
    r = run(text)
    entity = _entity_with(r.entities, text, "The company")
    assert entity is None or entity.name not in {"Veltrax", "Reuters"}


def test_the_company_is_no_body_of_another_kind() -> None:
    text = "The Harbour Ministry announced new rules on Monday. The company said it would comply."
    r = run(text)
    entity = _entity_with(r.entities, text, "The company")
    assert entity is None or entity.name != "Harbour Ministry"


# -- "It added": a body that spoke goes on speaking -------------------------------------


def test_it_speaking_after_a_body_subject_is_that_body() -> None:
    text = "The Harbour Authority closed the port on Monday. It said the storm would pass by Wednesday."
    r = run(text)
    entity = _entity_with(r.entities, text, "It said")
    assert entity is not None and entity.name == "Harbour Authority"


def test_it_speaking_after_a_company_description() -> None:
    text = "Veltrax posted a loss on Tuesday. The company said sales fell. It added that jobs would go."
    r = run(text)
    entity = _entity_with(r.entities, text, "It added")
    assert entity is not None and entity.name == "Veltrax"


def test_it_after_two_bodies_stays_unresolved() -> None:
    text = "The Harbour Authority fined Nordhaven Mining on Monday. It said the fine was fair."
    r = run(text)
    assert _entity_with(r.entities, text, "It said") is None


def test_it_not_speaking_is_not_linked() -> None:
    text = "The Harbour Authority closed the port on Monday. It was raining hard by noon."
    r = run(text)
    assert _entity_with(r.entities, text, "It was") is None


# -- letters after a name ---------------------------------------------------------------


def test_honour_letters_are_no_part_of_the_name() -> None:
    text = "The hall was opened by Sarah Wigglesworth MBE on Friday. Wigglesworth said she was proud of it."
    r = run(text)
    entity = _entity_with(r.entities, text, "Sarah Wigglesworth")
    assert entity is not None and entity.name == "Sarah Wigglesworth"
    assert any(text[m.start : m.end] == "Wigglesworth" for m in entity.mentions if m.start > 50)


def test_a_role_apposed_to_the_letters_is_the_persons() -> None:
    text = "Critics included Mara Lind QC, a former judge. Lind said she would appeal."
    r = run(text)
    entity = _entity_with(r.entities, text, "Mara Lind")
    assert entity is not None and entity.name == "Mara Lind"
    assert any(m.kind == "nominal" for m in entity.mentions)


def test_letters_inside_a_company_name_stay() -> None:
    text = "Shares in Lund MBE Holdings rose on Monday."
    r = run(text)
    entity = _entity_with(r.entities, text, "Lund MBE Holdings")
    assert entity is not None and entity.name == "Lund MBE Holdings"
