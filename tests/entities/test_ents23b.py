"""Session 23 (issue 10, h/ents23b): an organisation's "it"/"they" after a fronted clause
whose subject names it, on sentences written for them.

- "When the Harbour Authority reopened on Monday, it warned ...": the main clause's subject
  "it" continues the body named as the subject of the adverbial clause fronted before it.
- Not when the fronted clause has a thing the "it" may mean (a singular common noun as
  object that is no mention), when another body is named before the pronoun in its
  sentence, in an expletive shape ("it was raining"), or for a person.
"""

from __future__ import annotations

from tests.conftest import run
from tests.support.spans import linked_name


def test_it_after_a_fronted_clause_whose_subject_is_a_body_is_that_body() -> None:
    text = "When the Harbour Authority reopened on Monday, it warned ships to slow down near the breakwater."
    assert linked_name(run(text).entities, text, "it warned", "it") == "Harbour Authority"


def test_it_after_a_fronted_clause_with_a_plural_object_is_the_body() -> None:
    text = "When the Veltra Shipping Group lost two ships in March, it closed its northern office."
    assert linked_name(run(text).entities, text, "it closed", "it") == "Veltra Shipping Group"


def test_a_thing_in_the_fronted_clause_leaves_it_unresolved() -> None:
    text = "When the Kirsan Interior Ministry published the report, it found that the port was unsafe."
    assert linked_name(run(text).entities, text, "it found", "it") is None


def test_two_bodies_before_it_leave_it_unresolved() -> None:
    text = "When Norvel Mining sued Veltrax Holdings in May, it asked for damages."
    assert linked_name(run(text).entities, text, "it asked", "it") is None


def test_an_expletive_it_after_a_fronted_clause_stays_unresolved() -> None:
    text = "When the Harbour Authority reopened on Monday, it was raining."
    assert linked_name(run(text).entities, text, "it was", "it") is None
