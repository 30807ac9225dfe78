"""Session 20 (lead): a body's name the tagger typed as a place."""

from __future__ import annotations

from tests.conftest import run


def test_a_name_ending_in_a_body_word_is_an_organisation() -> None:
    r = run(
        "The opposition Green Alliance demanded an early election. Its leader, Matthias Roth, "
        "accused the prime minister of covering up the affair."
    )
    alliance = next(e for e in r.entities if e.name == "Green Alliance")
    assert alliance.type == "ORG"


def test_a_country_named_as_a_union_stays_a_place() -> None:
    r = run("Delegates from the Soviet Union and the Czech Republic met in Vienna on Monday.")
    types = {e.name: e.type for e in r.entities}
    assert types.get("Soviet Union") == "GPE" and types.get("Czech Republic") == "GPE"
