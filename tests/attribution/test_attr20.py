"""Session 20 (h/attr20), read on invented wire stories: what the speaker did next is no
part of what was said; sums booked or taken are no reports; things and people reported on
hold no view and do not go on speaking; a name glossed before a colon quotation speaks."""

from __future__ import annotations

import pytest

from tests.attribution.support import by_cue, content
from tests.conftest import run


@pytest.mark.parametrize(
    ("text", "said", "next_cue"),
    [
        (
            "Mr. Okafor said sales in the first weeks were strong but declined to give a forecast.",
            "sales in the first weeks were strong",
            "declined",
        ),
        (
            "The envoy said she had been summoned twice but refused to discuss the talks.",
            "she had been summoned twice",
            "refused",
        ),
    ],
)
def test_a_conjoined_refusal_is_the_speakers_next_act(text: str, said: str, next_cue: str) -> None:
    r = run(text)
    assert content(by_cue(r, "said")) == said
    assert by_cue(r, next_cue).source is not None


def test_a_conjoined_statement_noun_ends_the_content() -> None:
    r = run("Monitors said the count had been orderly but expressed concern about access for the press.")
    assert content(by_cue(r, "said")) == "the count had been orderly"


def test_a_conjoined_state_stays_reported() -> None:
    r = run("The aide said he had been focused on the budget and had no desire to run for office.")
    assert content(by_cue(r, "said")).endswith("had no desire to run for office")


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman said the mayor was ready to talk but would not drop the plan.",
        "The coach said the club had not wanted to sell but could not refuse the offer.",
    ],
)
def test_a_conjunct_with_its_own_auxiliary_stays_what_was_said(text: str) -> None:
    assert " but " in content(by_cue(run(text), "said"))


@pytest.mark.parametrize(
    "text",
    [
        "Tessler Motors posted a record quarterly profit on Monday.",
        "A former harbour official was jailed for accepting $40,000 in bribes from shipping agents.",
        "The treasurer presented a budget of 9 million pounds for the coming year.",
    ],
)
def test_a_sum_booked_taken_or_given_away_is_no_report(text: str) -> None:
    assert [q.cue.text for q in run(text).quotes if q.cue is not None] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("She accepted the nomination on Thursday night.", "accepted"),
        ("He posted on Facebook that the vote had been rigged.", "posted"),
        ("The governor presented a plan to rebuild the bridge.", "presented"),
        ("The senator conceded that the bill would fail.", "conceded"),
        ("She conceded victory to her rival late on Tuesday.", "conceded"),
    ],
)
def test_the_same_verbs_with_a_statement_still_report(text: str, cue: str) -> None:
    assert by_cue(run(text), cue).source is not None


def test_a_headline_result_is_no_report() -> None:
    r = run("Carmaker Velto posts record profit as exports climb\n\nVelto said on Monday that exports rose.")
    assert [q.cue.text for q in r.quotes if q.cue is not None] == ["said"]


def test_a_participles_own_in_phrase_is_no_source() -> None:
    r = run(
        "Dr. Lena Fischer, a virologist at Kiel University who was not involved in the study, "
        'called the results "very promising."'
    )
    assert [q.cue.text for q in r.quotes if q.cue is not None] == ["called"]


def test_a_possessed_role_after_a_quotation_is_the_source() -> None:
    r = run(
        '"Rabies is not a rare disease. It spreads," the institute\'s director, Dr. Paul Amsel, '
        "said at a briefing."
    )
    q = by_cue(r, "said")
    assert q.source is not None and "Paul Amsel" in q.source.text
    assert q.kind == "direct"


def test_a_glossed_name_before_a_colon_quotation_speaks() -> None:
    r = run(
        "Several guests spoke on the way in.\n\n"
        'Chef Ana Lobo, who cooked the opening dinner: "I burned the first batch. Nobody noticed."\n\n'
        'Singer Tim Rowe, the evening\'s host: "I came for the cake, honestly."'
    )
    by_source = {q.source.text: content(q) for q in r.quotes if q.source is not None}
    assert by_source.get("Chef Ana Lobo", "").startswith('"I burned')
    assert by_source.get("Singer Tim Rowe", "").startswith('"I came')


def test_a_two_part_line_with_a_comma_is_still_no_speaker() -> None:
    r = run("Two candidates, one seat: rivals trade barbs\n\nThe vote is on Sunday.")
    assert [q for q in r.quotes if q.cue is not None and q.cue.text == ":"] == []


def test_he_after_a_report_about_another_man_is_the_reporter() -> None:
    r = run(
        "United manager Paul Kerr criticised the referee after his side lost on Saturday.\n\n"
        "Kerr said United should have had a free kick when winger Sam Boateng was tripped. "
        '"That changed the game," he said.'
    )
    q = next(q for q in r.quotes if q.kind == "direct")
    names = {e.id: e.name for e in r.entities}
    assert names.get(q.speaker or "") != "Sam Boateng"


def test_a_set_off_asked_gives_its_host_verb_the_subject() -> None:
    r = run("The harbour master, asked about the closure on Friday, said ferries would resume next week.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "The harbour master"
    assert [x.cue.text for x in r.quotes if x.cue is not None and x.cue.text == "asked"] == []


def test_a_conjoined_speech_verb_with_its_own_modal_stays_reported() -> None:
    r = run("The lawyer said her client would plead not guilty and would ask for a jury trial.")
    assert content(by_cue(r, "said")).endswith("would ask for a jury trial")


def test_a_verbs_own_at_phrase_is_no_medium() -> None:
    r = run("The league said it would look at the coach's remarks.")
    assert content(by_cue(r, "said")) == "it would look at the coach's remarks"


def test_a_statement_noun_set_off_after_the_object_is_the_writers_gloss() -> None:
    r = run("In March the ministry accused the rebels of shelling the airport, a claim the rebels denied.")
    assert content(by_cue(r, "accused")) == "the rebels of shelling the airport"
    # and no report of the whole sentence by "a claim the rebels" ("..., records show")
    assert [q.cue.text for q in r.quotes if q.cue is not None] == ["accused"]


def test_a_website_is_a_medium() -> None:
    q = by_cue(run("The embassy said on its website that its staff had done nothing wrong."), "said")
    assert q.medium is not None and q.medium.text.endswith("website")
