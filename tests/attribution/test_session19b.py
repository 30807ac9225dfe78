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
