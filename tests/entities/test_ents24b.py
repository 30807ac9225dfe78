"""Session 24 (issue 10, h/ents24b): a plural "they"/"their" for a named person listed with
relatives owned by a he/she, on sentences written for them.

- "Mara Lind, her mother and her brother left their farm": a list of three the parser reads
  as an apposition with a conjunct is one group, which the "their" and a later "they" mean.
- Not a lone apposition ("Mara Lind, her mother, sold ..."), nor a list with a thing owned
  by the person ("Tomas Berg, his farm and his boat").
"""

from __future__ import annotations

from tests.conftest import run
from tests.support.spans import linked_name


def test_a_person_with_a_wife_and_a_daughter_is_the_group_their_and_they_mean() -> None:
    text = "Tomas Berg, his wife and his daughter sold their house in May. They moved to a flat in Oslo."
    entities = run(text).entities
    group = "Tomas Berg, his wife and his daughter"
    assert linked_name(entities, text, "their house", "their") == group
    assert linked_name(entities, text, "They moved", "They") == group


def test_a_list_of_a_person_and_two_relatives_is_one_group() -> None:
    text = (
        "In 1998, Mara Lindqvist, her mother and her brother left their farm near Uppsala "
        "and moved to the coast, where they opened a bakery."
    )
    entities = run(text).entities
    group = "Mara Lindqvist, her mother and her brother"
    assert linked_name(entities, text, "their farm", "their") == group
    assert linked_name(entities, text, "they opened", "they") == group


def test_a_lone_apposition_is_no_group() -> None:
    text = "Mara Lindqvist, her mother, sold the farm in May. They moved to Oslo."
    assert linked_name(run(text).entities, text, "They moved", "They") is None


def test_a_thing_the_person_owns_makes_no_group() -> None:
    text = "Tomas Berg, his farm and his boat were famous in the valley. They were sold in May."
    assert linked_name(run(text).entities, text, "They were", "They") is None
