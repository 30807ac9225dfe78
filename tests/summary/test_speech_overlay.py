"""A user's ``speech_verbs`` overlay changes the events and summary stages together:
both read the one shared list of verbs of saying, through the pipeline's resources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.ingest.document import Document
from newsgraph.model import load_parser
from newsgraph.pipeline import make_doc
from newsgraph.records import Event, Summary

# "quip" is no shipped verb of saying; "say" is.
TEXT = "Mayor Ana Ruiz quipped that the Harbor Authority had closed the bridge."
DEMAND = "The minister said that Norland must withdraw its troops."


def pipeline(overlay: Path | None) -> Language:
    nlp = load_parser(fresh=True)
    nlp.add_pipe("newsgraph_dateline", before="parser")
    nlp.add_pipe("newsgraph", config={"lexicon_overlay": str(overlay) if overlay else None})
    return nlp


def read(nlp: Language, text: str) -> tuple[list[Event], Summary]:
    doc = nlp(make_doc(nlp, Document(id="t", text=text, published=dt.date(2025, 3, 14))))
    return doc._.ng_events, doc._.ng_summary


@pytest.fixture(scope="module")
def shipped() -> Language:
    return pipeline(None)


@pytest.fixture(scope="module")
def overlaid(tmp_path_factory: pytest.TempPathFactory) -> Language:
    path = tmp_path_factory.mktemp("overlay") / "speech.yaml"
    path.write_text("speech_verbs:\n  add: {quip: report}\n  remove: [say]\n", encoding="utf-8")
    return pipeline(path)


def test_an_added_speech_verb_makes_the_reported_clause_the_main_event(
    shipped: Language, overlaid: Language
) -> None:
    _, before = read(shipped, TEXT)
    _, after = read(overlaid, TEXT)
    assert before.what is not None and before.what.text.startswith("quipped")
    assert after.what is not None and after.what.text.startswith("had closed")


def test_a_removed_speech_verb_changes_events_and_summary_together(
    shipped: Language, overlaid: Language
) -> None:
    before_events, before = read(shipped, DEMAND)
    after_events, after = read(overlaid, DEMAND)
    # Events: "X said Y must ..." is X's demand on Y only while "say" is a verb of saying.
    assert any(e.category == "REQUEST" and e.lemma == "say" for e in before_events)
    assert not any(e.category == "REQUEST" and e.lemma == "say" for e in after_events)
    # Summary: the reported clause is the main event only while "say" is a verb of saying.
    assert before.what is not None and before.what.text.startswith("must withdraw")
    assert after.what is not None and after.what.text.startswith("said")
