"""Session 23 (h/ents23b): the trainer's check of the links a retrain changes against the
shipped model (``training.changed_links``), on invented texts with invented gold."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from newsgraph.records import Entity, Mention
from newsgraph.resolver.features import FEATURES
from newsgraph.resolver.model import ResolverModel
from newsgraph.training import changed_links as guard

TEXT = "Mira Tell met Oren Vass at the dock. She paid him. He thanked her."


def _gold(text: str, entity: str, phrase: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    return {"start": start, "end": end, "core_start": start, "core_end": end, "entity_id": entity}


GOLD = [
    _gold(TEXT, "mira", "Mira Tell"),
    _gold(TEXT, "oren", "Oren Vass"),
    _gold(TEXT, "mira", "She"),
    _gold(TEXT, "oren", "him"),
    _gold(TEXT, "oren", "He"),
    _gold(TEXT, "mira", "her", 0),
]


def _mention(phrase: str, kind: str) -> Mention:
    start = TEXT.index(phrase)
    return Mention(start=start, end=start + len(phrase), text=phrase, kind=kind)


def _entities(links: dict[str, str]) -> list[Entity]:
    """Two people; ``links`` sends each pronoun to "Mira Tell" or "Oren Vass"."""
    out = []
    for n, name in enumerate(("Mira Tell", "Oren Vass")):
        pronouns = [_mention(p, "pronoun") for p, to in links.items() if to == name]
        mentions = [_mention(name, "name"), *pronouns]
        out.append(Entity(id=f"e{n}", name=name, type="PERSON", mentions=mentions))
    return out


def _model(threshold: float) -> ResolverModel:
    return ResolverModel(np.zeros(len(FEATURES)), 0.0, threshold, 1.0)


SHIPPED = {"She": "Mira Tell"}
#: What the new model links at each threshold: more (and worse) links the lower it is.
NEW = {
    0.3: {"She": "Mira Tell", "him": "Oren Vass", "He": "Mira Tell", "her": "Oren Vass"},
    0.4: {"She": "Mira Tell", "him": "Oren Vass", "He": "Oren Vass", "her": "Oren Vass"},
    0.5: {"She": "Mira Tell", "him": "Oren Vass", "He": "Oren Vass"},
    0.6: {"She": "Mira Tell"},
}


def _build(doc: Any, model: ResolverModel) -> list[Entity]:
    return _entities(SHIPPED if model.threshold == 0.99 else NEW[model.threshold])


def _run(start: float, accept: Any = lambda m: True) -> tuple[ResolverModel | None, dict[str, Any]]:
    parsed: Any = ([{"mentions": GOLD}], ["doc"])
    return guard.changed_links_guard(
        [("gum", parsed)], _model(start), _model(0.99), (0.3, 0.4, 0.5, 0.6), _build, lambda m: None, accept
    )


def test_changed_links_are_labelled_by_the_pronouns_own_gold_entity() -> None:
    old = guard.pronoun_links(_entities(SHIPPED), GOLD)
    new = guard.pronoun_links(_entities(NEW[0.3]), GOLD)
    changes = guard.compare(old, new, GOLD, guard.Changes())
    assert (changes.right, changes.wrong, changes.lost, changes.removed) == (1, 2, 0, 0)
    # and the other way round: the new model's links dropped
    back = guard.compare(new, old, GOLD, guard.Changes())
    assert (back.lost, back.removed) == (1, 2)


def test_the_guard_raises_the_threshold_until_a_quarter_at_most_of_the_new_links_are_wrong() -> None:
    model, table = _run(0.3)
    assert model is not None and model.threshold == 0.5  # 0.4: 2 right, 1 wrong (a third)
    assert table["0.3"]["gum"]["new_wrong"] == 2 and table["0.4"]["gum"]["new_wrong_share"] == 0.333
    assert table["0.5"]["gum"]["new_right"] == 2 and table["0.5"]["gum"]["new_wrong"] == 0


def test_the_guard_never_lowers_the_threshold_and_asks_the_other_checks() -> None:
    model, _ = _run(0.4, accept=lambda m: m.threshold >= 0.6)
    assert model is not None and model.threshold == 0.6


def test_no_passing_threshold_keeps_the_shipped_model() -> None:
    model, _ = _run(0.3, accept=lambda m: False)
    assert model is None


def test_the_runner_up_threshold_is_raised_with_the_keep_threshold() -> None:
    model = replace(_model(0.3), runner_up=_model(0.35))
    raised = guard.raised(model, 0.5)
    assert raised.threshold == 0.5 and raised.runner_up is not None and raised.runner_up.threshold == 0.5
    assert guard.raised(replace(model, runner_up=_model(0.7)), 0.5).runner_up.threshold == 0.7  # type: ignore[union-attr]
