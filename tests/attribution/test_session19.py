"""Session 19: reports nobody holds, contrasts inside what was said, the rest of a statement
in doubled apostrophes, and names given as a thing is introduced; each shape tested on
sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.attribution.verb_cues import _holderless_nonfinite
from tests.attribution.support import by_cue, content
from tests.conftest import run


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The hashtag became a vehicle for offering shelter to those who needed it.", "offering"),
        ("The campaign launched a push to embrace the new trade deal before the vote.", "embrace"),
        ("This article has been updated to note that the vote was delayed.", "note"),
    ],
)
def test_a_gerund_or_infinitive_nobody_holds_is_no_report(sentence: str, cue: str) -> None:
    r = run(sentence)
    assert not any(q.cue is not None and q.cue.text == cue for q in r.quotes)


def test_a_gerund_with_its_holder_still_reports() -> None:
    r = run("Ortiz backed the plan on Monday, calling it the best deal the city could get.")
    q = by_cue(r, "calling")
    assert q.source is not None and q.source.text == "Ortiz"
    assert "the best deal" in content(q)


def test_a_contrast_the_speaker_draws_stays_in_what_was_said() -> None:
    r = run("Lopez said exports rose sharply in May, while imports fell for a third month.")
    assert content(by_cue(r, "said")) == "exports rose sharply in May, while imports fell for a third month"


def test_a_contrast_with_a_report_of_its_own_is_cut() -> None:
    r = run("Lopez said exports rose sharply in May, while most economists say the gain will fade.")
    assert content(by_cue(r, "said")) == "exports rose sharply in May"
    other = by_cue(r, "say")
    assert other.source is not None and other.source.text == "most economists"


def test_a_contrast_of_the_narrator_is_still_cut() -> None:
    r = run("Lopez said exports rose sharply in May, though the figures came late.")
    assert content(by_cue(r, "said")) == "exports rose sharply in May"


def test_a_short_sentence_in_doubled_apostrophes_ends_the_statement() -> None:
    r = run("''We are tired of waiting,'' said Amal Haddad, a teacher. ''We want peace.''")
    q = by_cue(r, "said")
    assert content(q) == "''We are tired of waiting,'' ''We want peace.''"
    assert len(r.quotes) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The band released a short film called ''Home Again'' last spring.",
        'The charity runs a program dubbed "Second Chance" for young offenders.',
    ],
)
def test_a_name_given_as_a_thing_is_introduced_is_no_report(sentence: str) -> None:
    assert run(sentence).quotes == []


def test_calling_something_a_name_still_reports() -> None:
    r = run("Critics called the film a disaster for the studio.")
    q = by_cue(r, "called")
    assert q.source is not None and q.source.text == "Critics"
    r = run("The mayor's plan, called a giveaway by her rivals, passed on Tuesday.")
    q = by_cue(r, "called")
    assert q.source is not None and "rivals" in q.source.text


@pytest.mark.parametrize(
    ("sentence", "cue", "said"),
    [
        (
            "She calls for $2 billion in new spending to repair bridges and schools.",
            "calls",
            "$2 billion in new spending to repair bridges and schools",
        ),
        (
            "Critics have long pushed for the former treasurer to return the money he took from the fund.",
            "pushed",
            "the former treasurer to return the money he took from the fund",
        ),
    ],
)
def test_what_is_called_for_keeps_its_infinitive(sentence: str, cue: str, said: str) -> None:
    assert content(by_cue(run(sentence), cue)) == said


def test_an_imperative_to_the_reader_is_no_report() -> None:
    r = run("Remember that the council voted against the plan only last year.")
    assert not any(q.cue is not None and q.cue.text == "Remember" for q in r.quotes)
    r = run("She told reporters to remember that the vote was close.")
    q = by_cue(r, "told")
    assert q.source is not None and q.source.text == "She"


def test_one_claim_nobody_holds_is_no_report_but_many_are() -> None:
    r = run("The talks stalled over the suggestion that the port be sold to a private buyer.")
    assert not any(q.cue is not None and q.cue.text == "suggestion" for q in r.quotes)
    q = by_cue(run("Claims that the vote was rigged spread quickly online."), "Claims")
    assert content(q) == "that the vote was rigged" and q.source is None


def _parsed(words: list[str], tags: list[str], deps: list[str], heads: list[int]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, deps=deps, heads=heads)
    return doc


def test_a_finite_verb_read_as_a_participle_on_a_noun_has_no_holder() -> None:
    # "... a group called for change": the parser hung "called" on "group"
    doc = _parsed(
        ["a", "group", "called", "for", "change"],
        ["DT", "NN", "VBD", "IN", "NN"],
        ["det", "ROOT", "acl", "prep", "pobj"],
        [1, 1, 1, 2, 3],
    )
    assert _holderless_nonfinite(doc[2])
    # "a senator known to be wary": a reduced passive with its infinitive still reports
    doc = _parsed(
        ["a", "senator", "known", "to", "be", "wary"],
        ["DT", "NN", "VBN", "TO", "VB", "JJ"],
        ["det", "ROOT", "acl", "aux", "xcomp", "acomp"],
        [1, 1, 1, 4, 2, 4],
    )
    assert not _holderless_nonfinite(doc[2])


def test_a_reduced_passive_with_its_infinitive_still_reports() -> None:
    q = by_cue(run("Ruiz, a senator known to be wary of the deal, met the envoy on Friday."), "known")
    assert content(q) == "to be wary of the deal" and q.source is None
