"""Session 18 (lead): whose body an "its" names, read on invented wire stories."""

from __future__ import annotations

from tests.conftest import run


def test_its_ministry_is_the_ministry_of_the_country_its_stands_for() -> None:
    r = run(
        "OSLO (Wire) - Norway recalled its ambassador on Monday, the foreign ministry said. "
        "Iceland rejected the criticism. Its foreign ministry said Oslo had acted in haste."
    )
    first, second = (q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert first.speaker != second.speaker
    speaker = next(e for e in r.entities if e.id == second.speaker)
    assert speaker.name == "foreign ministry"
    assert [a.name for a in speaker.affiliations] == ["Iceland"]
