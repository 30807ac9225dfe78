"""Session 20b (issue 10): people's names the tagger types as organisations or places,
made person candidates by evidence from the whole text, read on sentences written for
them.

- A surname written with an apostrophe ("O'Doherty") is a name's word: the given-name
  pass takes "Maeve O'Doherty", and a later "O'Doherty" joins her.
- One he/she is enough for a name the text makes its topic (written twice, once inside
  a sentence, the he/she continuing it, no it/they after it); a company that takes
  "it", a name written before another noun ("Ostrova News") and a place stay what
  they are.
"""

from __future__ import annotations

from newsgraph.entities.name_words import name_letters
from newsgraph.records import Entity
from tests.conftest import run


def _entity_with(entities: list[Entity], text: str, phrase: str, after: int = 0) -> Entity | None:
    start = text.index(phrase, after)
    for entity in entities:
        if any(m.start == start for m in entity.mentions):
            return entity
    return None


# -- a surname with an apostrophe ------------------------------------------------------


def test_apostrophe_surname_is_made_of_name_letters() -> None:
    assert name_letters("O'Doherty") and name_letters("D’Amato") and name_letters("Quillan")
    assert not name_letters("rock'n'roll") and not name_letters("'90s") and not name_letters("A'")


def test_given_name_with_an_apostrophe_surname_is_one_person() -> None:
    text = "Maeve O'Doherty opened a bakery in 1998. O'Doherty said her bread sold out by noon."
    r = run(text)
    entity = _entity_with(r.entities, text, "Maeve O'Doherty")
    assert entity is not None and entity.type == "PERSON"
    later = text.index("O'Doherty said")
    assert any(m.start == later for m in entity.mentions)


# -- one he/she after a name the text makes its topic ----------------------------------


def _topic_text(name: str) -> str:
    return (
        f"{name} joined the Northfield orchestra in 1931 after years with a dance band. "
        f"Critics praised {name}'s first recital a year later, and {name} toured with the "
        "orchestra until 1940, when she left for Vienna."
    )


def test_topic_name_typed_org_with_one_pronoun_is_a_person() -> None:
    text = _topic_text("Ostrova")  # the small tagger types the name ORG
    r = run(text)
    entity = _entity_with(r.entities, text, "Ostrova")
    assert entity is not None and entity.type == "PERSON"
    assert any(m.kind == "pronoun" and m.text == "she" for m in entity.mentions)


def test_topic_name_typed_place_with_one_pronoun_is_a_person() -> None:
    text = _topic_text("Brannagh")  # typed GPE
    r = run(text)
    entity = _entity_with(r.entities, text, "Brannagh")
    assert entity is not None and entity.type == "PERSON"


def test_topic_company_taking_it_stays_no_person() -> None:
    text = (
        "Amarex opened a plant in Leeds in 2001. Amarex's profits rose, and it hired two hundred "
        "workers. Later that year Amarex signed a deal with Mark Denholm, and he praised the plant."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Amarex")
    assert entity is None or entity.type != "PERSON"


def test_topic_name_written_before_another_noun_stays_no_person() -> None:
    text = (
        "Ostrova opened a studio in Leeds in 1998. Ostrova News now reaches two million readers, "
        "and Ostrova's founder Mark Denholm said he was proud."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Ostrova")
    assert entity is None or entity.type != "PERSON"


def test_topic_place_with_one_pronoun_stays_a_place() -> None:
    text = (
        "Voters in Ohio went to the polls on Tuesday. Turnout in Ohio was high, and Ohio's "
        "governor said he was pleased."
    )
    r = run(text)
    entity = _entity_with(r.entities, text, "Ohio")
    assert entity is not None and entity.type == "GPE"
