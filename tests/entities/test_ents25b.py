"""Session 25 (issue 10, h/ents25b): the choice among candidates for he/she, on sentences
written for them.

- An intensifying reflexive right after a subject ("Tomas Berg himself told ...", "she
  herself raised ...") is bound to that subject (a syntactic shortcut), so the judge keeps
  it and the pronouns linked through it are not dropped with it.
- A his/her owning a noun coordinated right after a person ("met Pavel Novak and his
  lawyers") means that person, not the sentence's subject.
- A his/her owning a relative described by name ("... and his mother, Jane, ...") is not
  the person named beside an earlier relative the same his/her owns ("His father, Anthony,").
"""

from __future__ import annotations

import pytest

from tests.conftest import run
from tests.support.spans import linked_name


@pytest.mark.parametrize(
    ("text", "phrase", "word", "name"),
    [
        (
            "Tomas Berg himself told reporters on Monday that the deal was dead. He blamed the bank.",
            "himself told",
            "himself",
            "Tomas Berg",
        ),
        (
            "Ana Ruiz met the new envoy in Lima. At the meeting, she herself raised the border "
            "dispute, and she asked for a reply by May.",
            "herself raised",
            "herself",
            "Ana Ruiz",
        ),
        (
            "Maria Lopez chaired the panel in Vienna. After the vote, she herself proposed a "
            "second hearing, and she set a date.",
            "herself proposed",
            "herself",
            "Maria Lopez",
        ),
        (
            "Laura Bianchi visited the factory in Turin. During the visit, she herself tested the "
            "new line, and she praised the workers.",
            "herself tested",
            "herself",
            "Laura Bianchi",
        ),
    ],
)
def test_a_reflexive_right_after_a_subject_means_that_subject(
    text: str, phrase: str, word: str, name: str
) -> None:
    assert linked_name(run(text).entities, text, phrase, word) == name


def test_a_reflexive_after_an_object_is_still_the_doers() -> None:
    # "himself" hangs on "report" (no mention): bound through the verb to its subject, as before
    text = "Karl Weber wrote the report himself. He sent it to the council."
    assert linked_name(run(text).entities, text, "himself.", "himself") == "Karl Weber"


def test_a_reflexive_in_a_relative_clause_is_still_the_relatives_antecedent() -> None:
    text = "Ruth Amsel, who gave an interview herself this month, criticised the plan."
    assert linked_name(run(text).entities, text, "herself this", "herself") == "Ruth Amsel"


@pytest.mark.parametrize(
    ("text", "phrase", "word", "name"),
    [
        (
            "Helmut Brandt refused to meet Pavel Novak and his lawyers in Prague.",
            "his lawyers",
            "his",
            "Pavel Novak",
        ),
        (
            "Karl Ortiz thanked Jonas Mertens and his family after the match.",
            "his family",
            "his",
            "Jonas Mertens",
        ),
        (
            "Maria Costa visited Elena Ruiz and her husband Tomas in Madrid.",
            "her husband",
            "her",
            "Elena Ruiz",
        ),
    ],
)
def test_a_his_her_coordinated_after_a_person_is_that_persons(
    text: str, phrase: str, word: str, name: str
) -> None:
    assert linked_name(run(text).entities, text, phrase, word) == name


def test_a_new_clause_after_the_coordination_is_not_the_conjuncts() -> None:
    # "and her early work centred on ...": a clause of its own, whose owner is the subject
    text = "Lena Holm was a pupil of Karin Brun and her early work centred on tides."
    assert linked_name(run(text).entities, text, "her early", "her") == "Lena Holm"


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "Tom Weller grew up in Leeds. His father, Anthony, was a miner and his mother, Jane, "
            "taught music.",
            "his mother",
            "Tom Weller",
        ),
        (
            "Piet Graaf was born in Delft. His uncle, Maarten Vos, ran a bakery and his aunt, Els, "
            "sold bread.",
            "his aunt",
            "Piet Graaf",
        ),
        (
            "Ahmed Saleh was raised in Aden. His grandfather, Yusuf, was a trader and his uncle, Khalid, "
            "taught school.",
            "his uncle",
            "Ahmed Saleh",
        ),
    ],
)
def test_a_second_relative_is_not_the_first_relatives(text: str, phrase: str, name: str) -> None:
    assert linked_name(run(text).entities, text, phrase, "his") == name


def test_a_relative_named_for_one_person_may_still_own_his_own_things() -> None:
    # "his own campaign": no relative named beside it, so the rival may own it
    text = "Omar Haddad lost the election. His rival, Yusuf Demir, thanked the voters and his own campaign."
    assert linked_name(run(text).entities, text, "his own", "his") == "Yusuf Demir"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Anna Kovacs founded the bakery in 2001. Her husband, Mr. Kovacs, ran the till. "
            "She still bakes every morning.",
            "She still",
        ),
        (
            "Elena Varga sued the city in May. Her father, Mr. Varga, testified at the hearing. "
            "She won the case in June.",
            "She won",
        ),
        ("Julia Brandt named her parrot Mr. Brandt. She posts photos of the bird every week.", "She posts"),
    ],
)
def test_an_honorific_of_the_other_gender_does_not_unsay_a_given_names(text: str, phrase: str) -> None:
    # "Mr. Kovacs" clustered with Anna Kovacs by the surname no longer makes her a man
    name = text.split(" ", 2)
    assert linked_name(run(text).entities, text, phrase, "She") == f"{name[0]} {name[1]}"


def test_an_honorific_still_gives_a_cluster_with_no_given_name_its_gender() -> None:
    text = "Mrs. Santos leads the council. Santos said the budget was final, and she called a vote."
    assert linked_name(run(text).entities, text, "she called", "she") == "Santos"
