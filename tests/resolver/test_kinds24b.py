"""Session 24 (h/ents24b): keep thresholds of their own for kinds of pronoun, and the
trainer's choice of them by the links each kind changes against the shipped model
(``training.changed_links.kind_thresholds_guard``), on invented texts with invented gold."""

from __future__ import annotations

from typing import Any

import numpy as np
import spacy

from newsgraph.entities.confidence import pronoun_kind
from newsgraph.records import Entity, Mention
from newsgraph.resolver.features import FEATURES
from newsgraph.resolver.model import ResolverModel, from_json
from newsgraph.training import changed_links as guard

TEXT = "Mira Tell met Oren Vass at the dock. She paid him. He thanked her."


def _gold(entity: str, phrase: str) -> dict[str, Any]:
    start = TEXT.index(phrase)
    end = start + len(phrase)
    return {"start": start, "end": end, "core_start": start, "core_end": end, "entity_id": entity}


GOLD = [
    _gold("mira", "Mira Tell"),
    _gold("oren", "Oren Vass"),
    _gold("mira", "She"),
    _gold("oren", "him"),
    _gold("oren", "He"),
    _gold("mira", "her"),
]
#: Each pronoun's kind, the referent the new model's link sends it to, and its probability.
LINKS = {
    "She": ("she", "Mira Tell", 0.9),
    "him": ("he", "Oren Vass", 0.35),  # right
    "He": ("he", "Mira Tell", 0.45),  # wrong
    "her": ("she", "Mira Tell", 0.32),  # right
}
SHIPPED_THRESHOLD = 0.99


def _mention(phrase: str, kind: str) -> Mention:
    start = TEXT.index(phrase)
    return Mention(start=start, end=start + len(phrase), text=phrase, kind=kind)


def _build(doc: Any, model: ResolverModel) -> list[Entity]:
    if model.threshold == SHIPPED_THRESHOLD:
        kept = {"She": "Mira Tell"}
    else:
        kept = {p: to for p, (kind, to, prob) in LINKS.items() if prob >= model.threshold_for(kind)}
    out = []
    for n, name in enumerate(("Mira Tell", "Oren Vass")):
        pronouns = [_mention(p, "pronoun") for p, to in kept.items() if to == name]
        out.append(Entity(id=f"e{n}", name=name, type="PERSON", mentions=[_mention(name, "name"), *pronouns]))
    return out


def _kind_of(doc: Any, span: tuple[int, int]) -> str:
    return LINKS[TEXT[span[0] : span[1]]][0]


def _model(threshold: float) -> ResolverModel:
    return ResolverModel(np.zeros(len(FEATURES)), 0.0, threshold, 1.0)


def _run(accept: Any = lambda m: True) -> tuple[ResolverModel | None, dict[str, Any]]:
    parsed: Any = ([{"mentions": GOLD}], ["doc"])
    return guard.kind_thresholds_guard(
        [("gum", parsed)],
        _model(0.3),
        _model(SHIPPED_THRESHOLD),
        (0.3, 0.4, 0.5, 0.6),
        _build,
        _kind_of,
        lambda m: None,
        accept,
    )


def test_a_model_keeps_a_pronoun_kind_at_its_own_threshold() -> None:
    model = ResolverModel(
        np.zeros(len(FEATURES)), 0.0, 0.45, 1.0, family_thresholds={"he": 0.6, "it-poss": 0.7}
    )
    assert model.threshold_for("he") == 0.6
    assert model.threshold_for("he-poss") == 0.6  # a family's possessives follow the family
    assert model.threshold_for("it-poss") == 0.7 and model.threshold_for("it") == 0.45
    assert model.threshold_for("she") == 0.45


def test_the_kind_thresholds_are_written_and_read_back() -> None:
    model = ResolverModel(np.zeros(len(FEATURES)), 0.0, 0.45, 1.0, family_thresholds={"they": 0.6})
    assert from_json(model.to_json(), "test").family_thresholds == {"they": 0.6}
    assert "family_thresholds" not in _model(0.45).to_json()  # an older model's file is unchanged


def test_each_kind_gets_the_lowest_threshold_at_which_its_changed_links_pass() -> None:
    model, table = _run()
    # "she": the right "her" at 0.3; "he": at 0.3 one right and one wrong, at 0.4 one wrong
    assert model is not None and model.threshold == 0.3
    assert model.family_thresholds == {"he": 0.5, "she": 0.3}
    assert table["whole"]["gum"]["new_right"] == 1 and table["whole"]["gum"]["new_wrong"] == 0
    assert table["0.3"]["gum"]["he"]["new_wrong"] == 1


def test_the_whole_model_is_checked_with_the_other_checks() -> None:
    model, table = _run(accept=lambda m: False)
    assert model is None and table["chosen"]["family_thresholds"] == {"he": 0.5, "she": 0.3}


def test_a_possessive_is_a_kind_of_its_own() -> None:
    nlp = spacy.blank("en")
    doc = nlp("his car")
    doc[0].tag_ = "PRP$"
    assert pronoun_kind(doc[0]) == "he-poss"
    other = nlp("it fell")
    other[0].tag_ = "PRP"
    assert pronoun_kind(other[0]) == "it"
