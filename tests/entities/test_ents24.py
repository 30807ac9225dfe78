"""Session 24 (issue 10): possessives by their clause, and the speaker after a quote.

- A he/she owning a noun deeper inside a "who" relative clause on a name (in a phrase or
  a non-finite complement of the relative verb) is that name's ("Brannigan, who later
  moved most of his savings into a boat"), or the name a described noun stands in
  apposition to; not when another person stands between ("who helped Osei finish his
  thesis") nor through a predicate adjective ("who was fond of his paintings").
- The he/she subject of a verb of saying right after a quote that opens its sentence
  continues the previous sentence's main-clause subject, not a person in a clause
  embedded there ("Brandt was angry when Lewandowski was brought down. '...,' he said"),
  and is none of the people the quote itself refers to; after an unnamed speaker named
  by a person noun ("A rescue official said ...") it is left open.
- A possessive he/she prefers the subject of its own clause over the subject of another
  clause of the sentence ("the dress that Berg had worn on her wedding day"); before
  "own" it is bound to that subject like a reflexive ("Berg would run his own campaign");
  the owner of a predicate noun is not the subject ("Berg was named his deputy").
"""

from __future__ import annotations

import pytest

from tests.conftest import run
from tests.entities.support import pronoun_entity


def test_owner_inside_a_phrase_of_a_relative_clause() -> None:
    text = (
        "Kieran Doyle toured with Liam Brannigan, who later moved most of his savings into "
        "a fishing boat."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Liam Brannigan"


def test_owner_in_a_prepositional_chain_of_a_relative_clause() -> None:
    text = (
        "The novel follows Greta Lindholm through a hard winter. Its author, Ada Sorel, "
        "wrote about Maren Falk, who inherited the recipes of her grandmother and runs the "
        "village inn."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Maren Falk"


def test_no_relative_owner_when_another_person_stands_between() -> None:
    text = (
        "Tobias Marsh mentored Daniel Reyes, who helped Kwame Osei finish his thesis in "
        "the spring."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") != "Daniel Reyes"


def test_speaker_after_quote_is_the_previous_main_subject() -> None:
    text = (
        "Hansi Brandt was angry about a penalty not given when Lewandowski was brought down. "
        '"It was a clear foul," he said.'
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") == "Hansi Brandt"


def test_speaker_after_quote_past_a_because_clause() -> None:
    text = (
        "Petr Halas left the meeting early because Jonas Brel had insulted the staff. "
        '"I have had enough," he told reporters.'
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") == "Petr Halas"


def test_speaker_after_quote_is_not_the_one_the_quote_is_about() -> None:
    text = 'Aldo Renzi said Marco Tesi would miss the final. "He is devastated," he said.'
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") == "Aldo Renzi"


def test_speaker_after_quote_past_an_after_clause_for_she() -> None:
    text = (
        "Lena Voss was furious after Anna Pirk was fouled in the box. "
        '"That was a penalty," she said.'
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "she") == "Lena Voss"


def test_speaker_after_quote_left_open_after_an_unnamed_speaker() -> None:
    text = (
        "Rafe Okonkwo was rescued on Sunday after a fall near the summit. A rescue official said "
        'the farmer had walked those hills for decades. "He knows every path," he said.'
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") is None


def test_quote_in_mid_sentence_is_left_to_the_other_rules() -> None:
    # the quote does not open its sentence: the shape is not read (the subject still wins)
    text = (
        "Tomas Berg met Karl Ode on Monday. Later, \"we agreed on nothing,\" he said."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") == "Tomas Berg"


@pytest.mark.xfail(
    reason="known miss: the own-clause preference was taken out at merge (GAP bias 0.948 on development)",
    strict=False,
)
def test_possessive_prefers_its_own_clause_subject_in_a_relative_clause() -> None:
    text = (
        "Nora Quist said she loved the party. That night, Nora Quist wore the dress that "
        "Lina Berg had worn on her wedding day."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Lina Berg"


@pytest.mark.xfail(
    reason="known miss: the own-clause preference was taken out at merge (GAP bias 0.948 on development)",
    strict=False,
)
def test_possessive_prefers_its_own_clause_subject_over_a_conjoined_clause() -> None:
    text = (
        "Dorian Falk said he would coach the side for one more year. Falk had criticised the "
        "pitch, and a week later Ivo Ramsey publicly rebuked his manager for the remark."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Ivo Ramsey"


def test_owner_of_a_predicate_noun_is_not_the_subject() -> None:
    text = "Karl Ode retired in 1990, and Tomas Berg was named his deputy."
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Karl Ode"


def test_owner_of_a_copula_predicate_is_not_the_subject() -> None:
    text = (
        "Greta Lind left the firm in May. Anna Pirk, who had worked there for years, became "
        "her deputy."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Greta Lind"


def test_own_binds_to_the_subject_of_its_clause() -> None:
    text = "Mark Ode said Ivo Berg would run his own campaign."
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Ivo Berg"


def test_own_binds_to_the_controller_of_an_infinitive() -> None:
    text = (
        "Warren Tully said he was disappointed. He told reporters that Daniel Larkin would "
        "have to pay for his own lawyers."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Daniel Larkin"
