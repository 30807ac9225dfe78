"""Session 20 (lead): an "it" after a body the tagger left unnamed is not the name before."""

from __future__ import annotations

from tests.conftest import run


def test_it_after_an_untagged_body_subject_is_not_the_organisation_named_earlier() -> None:
    r = run(
        "Ostian army units shelled three villages held by the Free Delta Movement on Sunday, "
        "killing at least 12 civilians, local officials said, a day after rebels ambushed a "
        "supply convoy near the border with Kellia.\n\nThe ministry of defence said its forces "
        'had "responded proportionately" to the ambush, which it blamed on fighters trained '
        "across the border."
    )
    names = {e.id: e.name for e in r.entities}
    blamed = [q for q in r.quotes if q.cue is not None and q.cue.text == "blamed"]
    assert blamed
    assert all(names.get(q.speaker or "") != "Free Delta Movement" for q in blamed)
