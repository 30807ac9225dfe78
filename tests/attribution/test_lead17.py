"""Session 17 (lead): shapes read on invented stories that are no report — a legal
charge, a headline's passive, an interviewer's question, a story's genre label — and a
repeated kinship description that is the named relative again."""

from __future__ import annotations

import pytest

from tests.attribution.support import by_cue, content
from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "Police in Leeds have charged three men after a fight outside a nightclub.",
        "The airline charged a fee for each bag.",
    ],
)
def test_a_person_or_a_price_charged_is_no_report(text: str) -> None:
    assert not [q for q in run(text).quotes if q.cue is not None and q.cue.text.startswith("charg")]


def test_charged_that_is_still_a_report() -> None:
    q = by_cue(run("Residents charged that the council had ignored the flood warnings."), "charged")
    assert "the council had ignored the flood warnings" in content(q)


def test_what_someone_is_charged_with_is_an_allegation_reported() -> None:
    q = by_cue(run("Prosecutors charged the former mayor with taking bribes from builders."), "charged")
    assert "taking bribes from builders" in content(q)


def test_a_headline_passive_with_a_time_phrase_reports_nothing() -> None:
    r = run("Three men charged after brawl at harbour\n\nPolice said the men would appear in court.")
    assert [q.cue.text for q in r.quotes if q.cue is not None] == ["said"]


@pytest.mark.parametrize(
    "question",
    [
        "Q: Will you accept a truce before the prisoners are freed?\nA: No. That would be a trap.",
        "Did the minister announce the new tariffs before the vote?",
    ],
)
def test_a_yes_no_question_reports_nothing(question: str) -> None:
    assert not [q for q in run(question).quotes if q.cue is not None and q.cue.text in ("accept", "announce")]


def test_a_genre_label_before_a_colon_is_no_speaker() -> None:
    r = run("Analysis: Why the port strike will not end soon\n\nThe strike entered its third week on Monday.")
    assert not [q for q in r.quotes if q.source is not None and q.source.text == "Analysis"]


def test_a_repeated_kinship_description_is_the_relative_named_before() -> None:
    r = run(
        "Marta Ilves, a teacher who ran the village school for forty years, has died. Her son, "
        "Jaan, said she died at home on Sunday.\n\n"
        '"She taught half the valley to read," her son said.'
    )
    names = {e.id: e.name for e in r.entities}
    quote = by_cue(r, "said")  # the first is Jaan's statement
    later = [q for q in r.quotes if q.content[0].text.startswith('"She taught')]
    assert quote.speaker is not None and names[quote.speaker] == "Jaan"
    assert later and later[0].speaker is not None and names[later[0].speaker] == "Jaan"


def test_a_kinship_description_with_another_possessor_is_not_the_named_relative() -> None:
    r = run(
        "Marta Ilves has died. Her son, Jaan, said she died at home.\n\n"
        'Her neighbour Tomas Rebane said his son had found her. "It was quiet," his son said.'
    )
    names = {e.id: e.name for e in r.entities}
    later = [q for q in r.quotes if q.content[0].text.startswith('"It was quiet')]
    assert later and (later[0].speaker is None or names[later[0].speaker] != "Jaan")


def test_his_wife_of_another_man_is_not_the_wife_named_before() -> None:
    r = run(
        "Former president Karl Brandt and his wife Greta hosted the new leader in 2009. "
        "On Monday, Tomas Hale and his wife met the speaker at parliament, and Hale said "
        "the talks were warm."
    )
    greta = next(e for e in r.entities if e.name == "Greta")
    assert [m.text for m in greta.mentions if m.text == "his wife"] == ["his wife"]


def test_who_after_a_resident_of_a_village_is_the_resident_not_the_village() -> None:
    r = run(
        "A shell hit a school in the village of Korvena on Monday.\n\n"
        "A resident of Korvena, who asked not to be named for fear of reprisals, said "
        "the school had been empty."
    )
    village = next(e for e in r.entities if e.name == "Korvena")
    assert village.type == "GPE"
    assert not [q for q in r.quotes if q.speaker == village.id]


@pytest.mark.parametrize(
    "sentence",
    [
        "The former minister showed no emotion as the verdict was read.",
        "Police showed restraint as the crowd grew.",
        "The board backed the offer, which values the company at $4 billion.",
    ],
)
def test_a_feeling_shown_or_a_price_put_is_no_report(sentence: str) -> None:
    r = run("Markets were calm on Monday.\n\n" + sentence)
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text in ("showed", "values")]


def test_what_a_poll_shows_is_still_reported() -> None:
    q = by_cue(run("Markets were calm on Monday.\n\nPolls show a tight race in the north."), "show")
    assert "a tight race" in content(q)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of teachers marched through the capital on Saturday to protest against a pay freeze.",
        "Farmers protested the new tariffs outside parliament.",
    ],
)
def test_a_protest_against_something_is_a_demonstration_not_a_report(sentence: str) -> None:
    r = run("Markets were calm on Monday.\n\n" + sentence)
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text.startswith("protest")]


def test_protested_that_is_still_a_report() -> None:
    r = run("Markets were calm.\n\nResidents protested that the council had ignored them.")
    q = by_cue(r, "protested")
    assert "the council had ignored them" in content(q)


def test_a_columnists_i_outside_the_quotation_is_nobody_quoted() -> None:
    r = run(
        "Opinion: Our city cannot afford another stadium\n\n"
        "Last week the council voted to borrow $200 million for a new stadium.\n\n"
        'Mayor Tom Reyes called it "an investment in our future." I call it a gamble with '
        "our children's money."
    )
    mine = [q for q in r.quotes if q.source is not None and q.source.text == "I"]
    assert mine and all(q.speaker is None for q in mine)


def test_an_i_inside_the_quotation_is_still_the_speakers() -> None:
    r = run('Mayor Tom Reyes defended the plan. "I believe in this city," he said.')
    names = {e.id: e.name for e in r.entities}
    quote = next(q for q in r.quotes if q.content[0].text.startswith('"I believe'))
    assert quote.speaker is not None and names[quote.speaker] == "Tom Reyes"
