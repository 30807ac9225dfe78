"""Session 23 (issue 10): the he/she links of GAP-shaped prose, read by kind.

- A he/she owning a noun in a prepositional phrase fronted before its clause's named
  subject points forward to that subject even when the previous sentence's subject is
  another person of that gender ("Varga coached ... In her first season, Solberg won");
  only a concessive phrase ("Despite his talent, ...") still defers to the previous
  sentence's people (tests/entities/test_pronouns19.py keeps that case).
- Principle C, narrowly: a subject he/she is none of the people named in a complement
  clause of its own verb ("He argues that Thale ruled ...": he is not Thale).
- A he/she owning the object of a "who" relative clause on a name is that name's ("Quill,
  who announced her resignation").
"""

from __future__ import annotations

from tests.conftest import run
from tests.entities.support import pronoun_entity


def test_fronted_phrase_points_forward_past_a_previous_subject() -> None:
    text = (
        "Ilse Varga coached the junior squad for a decade. In her first season as head coach, "
        "Renata Solberg won the national title."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Renata Solberg"


def test_fronted_with_phrase_points_forward_past_a_previous_subject() -> None:
    text = (
        "Tomas Brenner sold the farm to a developer in 1998. With the help of his brother, "
        "Anselm Kovacic opened a bakery in the old mill."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Anselm Kovacic"


def test_fronted_phrase_after_a_previous_pronoun_subject() -> None:
    text = (
        "Oskar Lindqvist left the orchestra in 1961. He moved to Vienna the next year. "
        "During his years at the conservatory, Matthias Egloff wrote four symphonies."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Matthias Egloff"


def test_concessive_phrase_still_defers_to_the_previous_subject() -> None:
    text = (
        "Corwin Ashgrove applied for the post of foreman in 2004. In spite of his experience, "
        "Lucan Tremayne gave the post to a younger man."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") != "Lucan Tremayne"


def test_subject_pronoun_is_not_named_in_its_own_complement_clause() -> None:
    text = (
        "Edgar Pimm suggests that Osric Thale may have ruled the valley for twelve years. "
        "He argues that Thale did not begin his reign until 1140."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "He") == "Edgar Pimm"


def test_reporting_subject_is_not_the_person_its_report_names() -> None:
    text = (
        "Edgar Pimm wrote that Osric Thale was a poor king. "
        "He claimed that Thale had never learned to read."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "He") != "Osric Thale"


def test_feminine_subject_is_not_named_in_her_complement_clause() -> None:
    text = (
        "Dagny Ulve sang with the band for a decade. Later she learned that Dagny Ulve "
        "had been replaced by a session singer."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "she") != "Dagny Ulve"


def test_a_name_in_a_fronted_clause_is_not_excluded() -> None:
    text = (
        "Piet Zorn joined the touring band in 1990. Although he often tours with Aldo Brandt, "
        "Zorn has also recorded three albums of his own."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") == "Piet Zorn"


def test_owner_of_a_relative_clause_object_is_the_named_head() -> None:
    text = (
        "Orla Byrne founded the gallery in 1990. "
        "Byrne later hired Maeve Quill, who announced her resignation in 2004."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Maeve Quill"


def test_relative_clause_on_a_prepositional_object() -> None:
    text = "Tobias Lerner is best known as the teacher of Anton Weir, who received his training in Leipzig."
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Anton Weir"


def test_relative_clause_after_a_subject_of_the_same_gender() -> None:
    text = "Marta Ilves was the mentor of Sanna Rook, who won her first title in 1998."
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Sanna Rook"
