"""Session 25 (issue 10): which names become entities, and of what type.

- A lone capitalised word the tagger left out (or typed an organisation, place or
  people), the subject of its sentence's main clause, whose next personal pronoun is a
  he/she subject or owner with no it/they, person or other party's name between, is a
  person ("Pellworth was appointed bishop in 1402. He died six years later.").
  Guards: an it/they first, a person between, a he/she hanging under the name itself
  ("Immigration, his signature issue, ..."), a reported clause's subject.
- A name the article gives as "the town of X" is that place where it is written again
  (the tagger's PERSON for the repeat had made the town a person).
- A name tagged PERSON, the subject of a verb of saying whose reported clause speaks of
  it as "it"/"its" before any he/she, is an organisation ("Berkshire Hathaway said its
  profit rose"); not a name opening with a given name.
"""

from __future__ import annotations

import pytest

from tests.conftest import run
from tests.entities.support import pronoun_entity


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("Pellworth was appointed bishop in 1402. He died six years later.", "He", "Pellworth"),
        ("Ashgrove moved to Toronto after the war. Her brother followed a year later.", "Her", "Ashgrove"),
        (
            "Lindqvist was transferred to the reserve side in March. Her contract ran until June.",
            "Her",
            "Lindqvist",
        ),
        ("Edevane was cremated at a private service. Her ashes were scattered at sea.", "Her", "Edevane"),
    ],
)
def test_lone_subject_continued_by_he_or_she_is_a_person(text: str, pronoun: str, name: str) -> None:
    r = run(text)
    assert pronoun_entity(r.entities, text, pronoun) == name
    assert [e.type for e in r.entities if e.name == name] == ["PERSON"]


def test_mistyped_surname_written_twice_continued_by_he_is_a_person() -> None:
    text = "Caldicott left Harwell Engineering in 2003. Caldicott then founded a bakery. He sold it in 2010."
    r = run(text)
    assert [e.type for e in r.entities if e.name == "Caldicott"] == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ashgrove moved to a new site after the war. Its founder, Ruth Keller, retired in 1950.",
            "Ashgrove",
        ),
        ("Edevane was sold to a private buyer in 1990. Its new owner said he would restore it.", "Edevane"),
        ("Pellworth was appointed bishop in 1402 by Henry Colet. He died six years later.", "Pellworth"),
        (
            "Lindqvist was transferred to the reserve side in March by the coach, Tomas Berg. "
            "His decision surprised the fans.",
            "Lindqvist",
        ),
        ("Immigration, his signature issue, dominated the debate.", "Immigration"),
    ],
)
def test_no_person_without_a_he_or_she_that_continues_the_name(text: str, name: str) -> None:
    r = run(text)
    assert all(e.type != "PERSON" for e in r.entities if e.name == name)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Floods hit the town of L'Eliana near Valencia on Tuesday. L'Eliana lost power for two days.",
            "L'Eliana",
        ),
        (
            "Fires reached the town of Santa Lucia on Friday. Santa Lucia ordered residents to leave.",
            "Santa Lucia",
        ),
    ],
)
def test_a_town_named_again_stays_a_place(text: str, town: str) -> None:
    r = run(text)
    assert [e.type for e in r.entities if e.name == town] == ["GPE"]


@pytest.mark.parametrize(
    ("text", "body", "pronoun"),
    [
        ("Berkshire Hathaway said on Saturday that its profit rose.", "Berkshire Hathaway", "its"),
        ("Morrow Kinsella told investors that it had cut costs.", "Morrow Kinsella", "it"),
        ("Pemberton Ashby announced that it would close two factories.", "Pemberton Ashby", "it"),
        ("Lindley Crane said its orders had doubled.", "Lindley Crane", "its"),
    ],
)
def test_a_speaker_that_speaks_of_itself_as_it_is_a_body(text: str, body: str, pronoun: str) -> None:
    r = run(text)
    assert [e.type for e in r.entities if e.name == body] == ["ORG"]
    assert pronoun_entity(r.entities, text, pronoun) == body


def test_a_person_with_a_given_name_keeps_his_type_before_its() -> None:
    text = "Mark Dunmore said its engine had failed twice."
    r = run(text)
    assert [e.type for e in r.entities if e.name == "Mark Dunmore"] == ["PERSON"]


def test_a_quotation_before_the_verb_is_no_body_speaking_of_itself() -> None:
    text = '"It is a waste of time," said Kestrel Ambrose of the Virgin Islands.'
    r = run(text)
    assert all(e.type != "ORG" for e in r.entities if e.name == "Kestrel Ambrose")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vivian and Rita share a flat in Leeds. Vivian learns that Rita has quit her job.", "Vivian"),
        ("Lillian and Greta share a flat in York. Lillian learns that Greta has sold the car.", "Lillian"),
    ],
)
def test_a_given_name_read_as_an_adjective_repeats_the_person(text: str, name: str) -> None:
    r = run(text)
    names = [[m for m in e.mentions if m.kind == "name"] for e in r.entities if e.name == name]
    assert [len(n) for n in names] == [2]
