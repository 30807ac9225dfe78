"""Session 16: an event word in a frame that names no act: a manner under "without" ("came
at us without warning") and a right ("the right to protest"). Sentences written for
these tests (invented places and people)."""

from __future__ import annotations

import pytest

from tests.events.support import plover_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        '"They came at us without warning," said a 24-year-old student in Tarnow.',
        "The crowd scattered without warning when the first shots rang out.",
        "The union said the right to peaceful protest must be respected.",
        "Lawyers for the detainees demanded their right to a fair trial.",
    ],
)
def test_no_act_is_coded_from_the_frame(text: str) -> None:
    assert not [c for c in categories(text) if c in ("THREATEN", "PROTEST", "ACCUSE", "ASSAULT")]


def test_the_act_beside_the_frame_is_still_coded() -> None:
    assert "ASSAULT" in categories("Rebels attacked the garrison in Tarnow without warning on Monday.")
    assert "PROTEST" in categories("Thousands of students protested in Tarnow on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at thousands of protesters in the capital on Tuesday.",
        "Soldiers fired rubber bullets at hundreds of students outside the university.",
    ],
)
def test_a_weapon_fired_at_a_counted_crowd_is_still_an_assault(text: str) -> None:
    assert "ASSAULT" in categories(text)
