"""Session 25 (lead): a dateline whose region is a long country or state name
("MANILA, Philippines —") was not found, so the city became the lead sentence's subject
and the actor of its act, and the dateline part of the quote's content."""

from __future__ import annotations

import pytest

from newsgraph.dateline import find_dateline
from tests.conftest import run


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MANILA, Philippines — A coast guard ship rammed a supply vessel.", "Manila, Philippines"),
        ("BOSTON, Massachusetts - The governor signed the bill.", "Boston, Massachusetts"),
        ("BERN, Switzerland (Reuters) - The bank cut rates.", "Bern, Switzerland"),
    ],
)
def test_a_long_region_name_ends_a_dateline(text: str, place: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.place == place


def test_the_dateline_city_is_no_actor_and_no_part_of_a_quote() -> None:
    r = run(
        "MANILA, Philippines — A Chinese coast guard ship rammed a Philippine supply vessel on Monday, "
        "the Philippine military said."
    )
    manila = {e.id for e in r.entities if e.name.startswith("Manila")}
    assert all(manila.isdisjoint(ev.actors) for ev in r.events)
    assert all(not c.text.startswith("MANILA") for q in r.quotes for c in q.content)
