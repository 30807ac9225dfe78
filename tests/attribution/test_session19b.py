"""Session 19, second round (h/attr19b): boundaries by shape, each tested on sentences
written for these tests."""

from __future__ import annotations

from tests.attribution.support import by_cue, content
from tests.conftest import run


def test_a_list_the_parser_hung_as_an_apposition_stays_in_what_was_said() -> None:
    r = run("The mayor praised Lena Ortiz, Paul Brandt, and Maria Cole for their work on the flood.")
    assert content(by_cue(r, "praised")) == (
        "Lena Ortiz, Paul Brandt, and Maria Cole for their work on the flood"
    )


def test_a_list_without_a_serial_comma_stays_in_what_was_said() -> None:
    r = run("She noted the floods, her support for nurses and her work to bring jobs to the valley.")
    assert content(by_cue(r, "noted")) == (
        "the floods, her support for nurses and her work to bring jobs to the valley"
    )


def test_an_apposition_that_glosses_a_name_is_still_cut() -> None:
    r = run("The governor on Tuesday praised Ana Ruiz, a nurse and volunteer.")
    assert content(by_cue(r, "praised")) == "Ana Ruiz"


def test_an_as_clause_in_a_finite_statement_is_the_speakers() -> None:
    r = run("The mayor said the town will recover quickly, as its factories are hiring again.")
    assert content(by_cue(r, "said")) == "the town will recover quickly, as its factories are hiring again"


def test_an_as_clause_on_an_infinitive_is_the_narrators_time() -> None:
    r = run("The senator voted to cut the fuel tax as the council debated the budget.")
    assert content(by_cue(r, "voted")) == "to cut the fuel tax"


def test_an_as_clause_that_stands_in_for_a_verb_is_cut() -> None:
    r = run("The coach said his players deserve a raise, as do the referees.")
    assert content(by_cue(r, "said")) == "his players deserve a raise"


def test_an_as_clause_with_a_report_of_its_own_is_cut() -> None:
    r = run("The mayor said the town will recover quickly, as officials say the factories are hiring.")
    assert content(by_cue(r, "said")) == "the town will recover quickly"


def test_a_thing_said_about_a_medium_with_an_owner_stays_in_the_content() -> None:
    r = run(
        "The defence lawyer said the prosecution had relied on the testimony of a contractor "
        "who was himself under investigation."
    )
    assert content(by_cue(r, "said")) == (
        "the prosecution had relied on the testimony of a contractor who was himself under investigation"
    )
