"""The entities stage's rule word lists are data a user can overlay (issue 9).

A user who edits ``entities_copulas`` or ``entities_as_verbs`` in a lexicon overlay
changes which predicates give a person a role, without touching code; the shipped
pipeline is unaffected.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.entities.vocabulary import EntityVocabulary
from newsgraph.lexicons import Lexicons, Overlay
from newsgraph.model import load_parser

BECAME = "Ana Ruiz became minister of health in 2019."
TOILED = "Ana Ruiz toiled as spokesperson for the union."


def _pipeline(overlay: Path | None) -> Language:
    nlp = load_parser(None, fresh=True)
    nlp.add_pipe("newsgraph_dateline", before="parser")
    nlp.add_pipe("newsgraph", config={"lexicon_overlay": str(overlay)} if overlay else {})
    return nlp


@pytest.fixture(scope="module")
def shipped() -> Language:
    return _pipeline(None)


@pytest.fixture(scope="module")
def overlaid(tmp_path_factory: pytest.TempPathFactory) -> Language:
    overlay = tmp_path_factory.mktemp("overlay") / "roles.yaml"
    overlay.write_text(
        "entities_copulas:\n  remove: [become]\nentities_as_verbs:\n  add: [toil]\n", encoding="utf-8"
    )
    return _pipeline(overlay)


def _roles(nlp: Language, text: str) -> dict[str, list[str]]:
    record = nlp(text)._.newsgraph
    return {e.name: [r.title for r in e.roles] for e in record.entities}


def test_shipped_lists_read_roles_from_copulas_only(shipped: Language) -> None:
    assert _roles(shipped, BECAME) == {"Ana Ruiz": ["minister"]}
    assert _roles(shipped, TOILED) == {"Ana Ruiz": []}


def test_an_overlay_changes_which_predicates_give_a_role(overlaid: Language) -> None:
    assert _roles(overlaid, BECAME) == {"Ana Ruiz": []}
    assert _roles(overlaid, TOILED) == {"Ana Ruiz": ["spokesperson"]}


def test_every_list_is_lower_case_and_non_empty() -> None:
    vocabulary = EntityVocabulary.from_lexicons(Lexicons(Overlay()))
    for name, words in vars(vocabulary).items():
        assert words, name
        assert all(w == w.lower() for w in words), name
    assert "say" in vocabulary.speech_verbs and "mr" in vocabulary.honorifics
