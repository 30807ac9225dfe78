"""Session 18: predictions PolNeAR train marks wrong, grouped by shape (a source lost to a
garbled parse, a verb of striking aimed at something said), and the parse shapes around
listed cues that got no draft; each shape tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.attribution.support import by_cue, content
from tests.conftest import run


@pytest.mark.parametrize(
    ("sentence", "source", "said"),
    [
        (
            "Marta Ilves, a Tallinn nurse helping to run the strike, said she and her colleagues "
            "would not return on Monday.",
            "Marta Ilves",
            "would not return on Monday",
        ),
        (
            "Mr. Okafor, whose small firm, Brightline, builds solar roofs, said the tariff was a mistake.",
            "Mr. Okafor",
            "the tariff was a mistake",
        ),
        (
            "One delegate, who like others spoke on condition of anonymity to discuss the talks, "
            "said the deal was close.",
            "One delegate",
            "the deal was close",
        ),
    ],
)
def test_a_subject_set_off_by_commas_is_the_speaker(sentence: str, source: str, said: str) -> None:
    q = by_cue(run(sentence), "said")
    assert q.source is not None and q.source.text.startswith(source)
    assert said in content(q)


def test_an_indefinite_pronoun_after_an_inverted_cue_is_the_source() -> None:
    q = by_cue(run('Dozens of posts followed. "We will not be silenced," tweeted another.'), "tweeted")
    assert q.source is not None and q.source.text == "another"
    assert "We will not be silenced" in content(q)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            '"We have waited long enough," said the woman, who like many in the village did not '
            "want to be named.",
            "the woman",
        ),
        (
            '"It was a mistake to close the clinic," said retired nurse Anna Berg, asked about the vote.',
            "retired nurse Anna Berg",
        ),
    ],
)
def test_a_described_person_after_an_inverted_cue_is_the_source(sentence: str, source: str) -> None:
    q = by_cue(run(sentence), "said")
    assert q.source is not None and q.source.text.startswith(source)


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "target"),
    [
        (
            "The union blasted the statement as an insult to its members.",
            "blasted",
            "The union",
            "the statement",
        ),
        ("The mayor attacked his rival's record on housing.", "attacked", "The mayor", "his rival's record"),
        (
            "Senator Okafor slammed the minister's plan to close the rail line.",
            "slammed",
            "Senator Okafor",
            "the minister's plan",
        ),
    ],
)
def test_striking_at_something_said_or_done_is_a_statement(
    sentence: str, cue: str, source: str, target: str
) -> None:
    q = by_cue(run(sentence), cue)
    assert q.source is not None and q.source.text == source
    assert target in content(q)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked the convoy near the border.",
        "Heavy rain lashed the stadium, and a gust blasted the roof off a shed.",
        "A missile hit the city's main power station overnight.",
    ],
)
def test_striking_a_thing_or_place_reports_nothing(sentence: str) -> None:
    assert not run(sentence).quotes


def test_it_of_the_main_clause_does_what_its_participle_says() -> None:
    record = run(
        "The publisher was asked to reprint the memoir. It declined, citing the cost of a legal review."
    )
    q = by_cue(record, "citing")
    assert q.source is not None and q.source.text == "It"


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        ("Officials said it helped, while criticizing the delay.", "criticizing", "Officials"),
        ("It is hard to see how the deal survives.", "see", None),
    ],
)
def test_it_in_a_reported_or_extraposed_clause_is_no_speaker(
    sentence: str, cue: str, source: str | None
) -> None:
    q = by_cue(run(sentence), cue)
    assert (q.source.text if q.source is not None else None) == source


@pytest.mark.parametrize(
    ("sentence", "cue", "said"),
    [
        (
            "The mayor endorsed Ruiz during a conference call with reporters on Tuesday morning.",
            "endorsed",
            "Ruiz",
        ),
        (
            "Senator Ruiz praised the ruling in an interview with the local radio station.",
            "praised",
            "the ruling",
        ),
    ],
)
def test_the_occasion_after_an_object_is_no_part_of_what_was_said(sentence: str, cue: str, said: str) -> None:
    assert content(by_cue(run(sentence), cue)) == said


def test_a_phrase_that_belongs_to_the_object_stays() -> None:
    q = by_cue(run("The governor announced a concert in support of the strikers."), "announced")
    assert content(q) == "a concert in support of the strikers"
