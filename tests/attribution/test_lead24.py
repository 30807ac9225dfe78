"""Session 24 (lead): a call with a purpose ("phoned the editor to complain") reports
nothing by itself; "called on X to ..." still does."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the editor to complain about the report.",
        "Ruth Adler phoned her lawyer to ask about the ruling.",
        "The envoy telephoned his counterpart to protest against the arrests.",
    ],
)
def test_a_call_with_a_purpose_is_no_quote(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text in {"called", "phoned", "telephoned"} for q in r.quotes)


def test_calling_on_someone_to_act_is_still_reported() -> None:
    r = run("The senator called on the governor to resign over the scandal.")
    assert any(q.cue is not None and q.cue.text.startswith("called") for q in r.quotes)
