"""Acceptance test of issue 9: one ``speech_verbs`` overlay changes every stage together.

A user who adds a verb of saying (or removes one) writes one YAML file and names it in
the component's ``lexicon_overlay``; attribution (is the verb a cue?), events (is the
clause under it reported?) and summary (is the verb the main event?) must all follow.
"murmur" is a real verb no shipped list names, so the shipped pipeline ignores it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph import Record
from newsgraph.model import load_parser
from tests.conftest import run

MURMURED = "The harbor master murmured that rebels attacked the village on Monday."
SAID = "The mayor said that the bridge would reopen in May."


def _pipeline(overlay: Path) -> Language:
    """A pipeline as a user builds one with their own overlay."""
    nlp = load_parser(None, fresh=True)
    nlp.add_pipe("newsgraph_dateline", before="parser")
    nlp.add_pipe("newsgraph", config={"lexicon_overlay": str(overlay)})
    return nlp


def _runner(nlp: Language) -> Callable[[str], Record]:
    def extract(text: str) -> Record:
        record: Record = nlp(text)._.newsgraph
        return record

    return extract


@pytest.fixture(scope="module")
def with_murmur(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Record]:
    overlay = tmp_path_factory.mktemp("overlay") / "murmur.yaml"
    overlay.write_text("speech_verbs:\n  add: {murmur: report}\n", encoding="utf-8")
    return _runner(_pipeline(overlay))


@pytest.fixture(scope="module")
def without_say(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Record]:
    overlay = tmp_path_factory.mktemp("overlay") / "no-say.yaml"
    overlay.write_text("speech_verbs:\n  remove: [say]\n", encoding="utf-8")
    return _runner(_pipeline(overlay))


def _cues(record: Record) -> list[str]:
    return [q.cue.text for q in record.quotes if q.cue is not None]


# ----------------------------------------------------------------------------- attribution
def test_an_added_speech_verb_becomes_a_cue(with_murmur: Callable[[str], Record]) -> None:
    assert "murmured" not in _cues(run(MURMURED))
    record = with_murmur(MURMURED)
    quote = next(q for q in record.quotes if q.cue is not None and q.cue.text == "murmured")
    assert [c.text for c in quote.content] == ["that rebels attacked the village on Monday"]
    assert quote.source is not None and quote.source.text == "The harbor master"


def test_a_removed_speech_verb_is_no_cue(without_say: Callable[[str], Record]) -> None:
    assert "said" in _cues(run(SAID))
    assert "said" not in _cues(without_say(SAID))


def test_an_overlay_stays_with_its_own_pipeline(with_murmur: Callable[[str], Record]) -> None:
    with_murmur(MURMURED)
    assert "murmured" not in _cues(run(MURMURED))  # the shipped pipeline, in the same process


# ----------------------------------------------------------------------------- events
def test_an_added_speech_verb_makes_its_clause_reported(with_murmur: Callable[[str], Record]) -> None:
    shipped = next(e for e in run(MURMURED).events if e.lemma == "attack")
    assert shipped.modality == "asserted" and shipped.quote is None
    overlaid = with_murmur(MURMURED)
    attack = next(e for e in overlaid.events if e.lemma == "attack")
    assert attack.modality == "reported"
    assert attack.quote == overlaid.quotes[0].id


# ----------------------------------------------------------------------------- summary
def test_an_added_speech_verb_is_not_the_main_event(with_murmur: Callable[[str], Record]) -> None:
    summary = with_murmur(MURMURED).summary
    assert summary is not None and summary.what is not None
    assert not summary.what.text.startswith("murmured")
    assert summary.what.text.startswith("attacked")

