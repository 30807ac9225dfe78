"""Helpers shared by the entity tests."""

from __future__ import annotations

from newsgraph.records import Entity


def pronoun_entity(entities: list[Entity], text: str, word: str, nth: int = 0) -> str | None:
    """The name of the entity the ``nth`` occurrence of the pronoun ``word`` was linked to."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(f" {word} ", start + 1) + 1
    for entity in entities:
        if any(m.kind == "pronoun" and m.start == start for m in entity.mentions):
            return entity.name
    return None
