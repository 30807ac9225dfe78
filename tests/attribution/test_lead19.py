"""Session 19 (lead), read on invented wire stories: verbs that carry on or hold a view,
where no one does."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader claims victory as count continues",
        "Rescue teams searched the rubble through the night as the rain continued.",
    ],
)
def test_a_clause_of_time_with_a_carrying_on_verb_reports_nothing(text: str) -> None:
    assert [q.cue.text for q in run(text).quotes if q.cue is not None] == []


def test_a_speaker_who_carries_on_after_as_still_reports() -> None:
    quote = run("The economy is weak, as the minister added on Tuesday.").quotes[0]
    assert quote.content[0].text == "The economy is weak"
    assert quote.source is not None and quote.source.text == "the minister"


def test_a_thing_that_favours_holds_no_view() -> None:
    r = run(
        "He said postal votes, which traditionally favour his party, could still change the outcome."
    )
    assert [q.cue.text for q in r.quotes if q.cue is not None] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union, which opposes the plan, called a strike.", "opposes"),
        ("Voters, who favour lower taxes, went to the polls.", "favour"),
        ("The report, which says that prices will rise, was published on Monday.", "says"),
    ],
)
def test_a_body_a_person_or_a_document_in_a_relative_clause_still_holds_a_view(text: str, cue: str) -> None:
    assert cue in [q.cue.text for q in run(text).quotes if q.cue is not None]


def test_a_record_in_a_relative_clause_still_shows() -> None:
    r = run("The paper published tax returns that showed the businessman lost $916 million in a year.")
    assert "showed" in [q.cue.text for q in r.quotes if q.cue is not None]


def test_a_period_that_saw_something_holds_no_view() -> None:
    r = run("He entered a more settled period which saw the formation of a circle of friends.")
    assert [q.cue.text for q in r.quotes if q.cue is not None] == []


def test_a_body_noun_that_only_modified_a_speakers_role_is_not_that_speaker() -> None:
    r = run(
        'Nurses will strike next week, their union said. "Patients are at risk," said Julia '
        "Novak, a nurse and a union representative. The union said talks could resume."
    )
    last = r.quotes[-1]
    assert last.source is not None and last.source.text == "The union"
    assert last.speaker is None


def test_a_role_named_before_still_finds_its_holder() -> None:
    r = run(
        "Abdul Balkhi, spokesperson for the ministry, said the talks were useful. "
        "The spokesperson said a deal was near."
    )
    names = {e.id: e.name for e in r.entities}
    assert [names.get(q.speaker or "") for q in r.quotes] == ["Abdul Balkhi", "Abdul Balkhi"]


def test_a_headline_setting_before_a_colon_is_no_speaker() -> None:
    setting = run("Two candidates, one seat: rivals trade barbs in tight race\n\nThe debate was tense.")
    assert setting.quotes == []
    said = run("Merkel: Europe must act now\n\nShe spoke in Berlin.")
    assert [q.source.text for q in said.quotes if q.source is not None] == ["Merkel"]


def test_a_role_described_again_is_its_holder_not_its_owner() -> None:
    r = run(
        "Norwegian striker Erik Lund has joined Real Madrid from Borussia Dortmund.\n\n"
        "Lund's agent, Mino Ferro, said his client had turned down offers from three "
        "Premier League clubs. The agent declined to name them."
    )
    names = {e.id: e.name for e in r.entities}
    assert names.get(r.quotes[-1].speaker or "") != "Lund"
    assert "Lund" not in (names.get(r.quotes[-1].speaker or "") or "")
