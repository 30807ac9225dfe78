"""Building hand-written records: spans found by their text in a sentence we wrote."""

from __future__ import annotations

from newsgraph.records import Entity, Mention, Span, TimeExpression


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a span (offsets computed, never typed)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


def mention(text: str, needle: str, nth: int = 0) -> Mention:
    found = span(text, needle, nth)
    return Mention(start=found.start, end=found.end, text=found.text, kind="name")


def time_at(text: str, needle: str, value: str, time_id: str = "t1") -> TimeExpression:
    """A resolved day-precision time expression at ``needle`` in ``text``."""
    found = span(text, needle)
    return TimeExpression(
        id=time_id, start=found.start, end=found.end, text=found.text, value=value,
        precision="day", resolved=True,
    )


def linked_name(entities: list[Entity], text: str, phrase: str, word: str) -> str | None:
    """The name of the entity the pronoun ``word`` at the start of ``phrase`` was linked to."""
    start = text.index(phrase)
    assert text[start : start + len(word)] == word
    for entity in entities:
        if any(m.kind == "pronoun" and m.start == start for m in entity.mentions):
            return entity.name
    return None
