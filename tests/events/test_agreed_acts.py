"""Session 16: an act of conflict that a party agrees on is that act, by that party, against
its target; no agreement with the target (and no positive stance toward it). Sentences
written for these tests (invented places and people)."""

from __future__ import annotations

from tests.events.support import run_pipeline as run


def test_sanctions_agreed_on_a_country_are_sanctions_against_it() -> None:
    doc = run("European Union governments agreed new sanctions on Orlenia on Wednesday.")
    events = [e for e in doc._.ng_events if e.category != "OTHER"]
    assert [e.category for e in events] == ["SANCTION"]
    names = {e.id: e.name for e in doc._.ng_entities}
    assert [names[t] for t in events[0].targets] == ["Orlenia"]
    assert [names[a] for a in events[0].actors] == ["European Union"]
    assert not [s for s in doc._.ng_stances if s.polarity == "positive"]


def test_a_ceasefire_agreed_is_still_an_agreement() -> None:
    doc = run("The two sides agreed a ceasefire on Monday after weeks of talks.")
    assert "AGREE" in [e.category for e in doc._.ng_events]
