"""Session 25 (lead): titles and names seen wrong on invented wire stories.

- an abbreviated title with its full stop ("Brig.", "Supt.", "Sgt.") is one token, so the
  stop no longer ends the sentence before the name and the title is no person;
- a role noun before a name ("Moderator Ben Carter") is the role, not the name;
- a name whose first word is a pronoun's ("He Lin") is no pronoun.
"""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "The army condemned the killings. Its spokesman, Brig. Nabil Abdalla, said the town had fallen.",
        "Police spokesman Supt. Omar Saleh said two men were arrested.",
        "Its spokesman, Sgt. Lena Ortiz, said the patrol returned safely.",
    ],
)
def test_an_abbreviated_title_is_no_person_and_the_name_keeps_its_role(text: str) -> None:
    r = run(text)
    people = [e for e in r.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert people[0].roles
    said = [q for q in r.quotes if q.cue is not None and q.cue.text == "said"]
    assert said and all(q.speaker == people[0].id for q in said)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The debate was calm. Moderator Ben Carter asked both whether they would concede.", "Ben Carter"),
        ("Moderator Ana Silva closed the forum.", "Ana Silva"),
    ],
)
def test_a_role_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    r = run(text)
    assert [e.name for e in r.entities if e.type == "PERSON"] == [name]


def test_a_name_opening_with_a_pronouns_word_is_no_pronoun() -> None:
    text = "A ministry spokesman, He Lin, told a briefing that talks would go on. He said the offer stood."
    he_lin = next(e for e in run(text).entities if e.name == "He Lin")
    pronouns = [m for m in he_lin.mentions if m.kind == "pronoun"]
    assert [m.start for m in pronouns] == [text.index("He said")]


def test_a_live_blog_time_stamp_is_no_part_of_a_name() -> None:
    r = run("14:10 GMT - Opposition leader Katarzyna Wolska has just finished speaking.")
    assert not any("GMT" in e.name for e in r.entities)
