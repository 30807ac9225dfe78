"""Checks every furniture test makes: the span is marked with its reason at exact offsets,
and no record of any stage was taken from it."""

from __future__ import annotations

from newsgraph import Record
from newsgraph.records import ExcludedSpan, Span


def excluded_span(record: Record, text: str) -> ExcludedSpan:
    """The excluded span whose text is ``text``, after checking its offsets point at it."""
    found = [s for s in record.article.excluded if s.text == text]
    assert found, f"{text!r} not excluded; excluded: {[s.text for s in record.article.excluded]}"
    span = found[0]
    assert record.article.text[span.start : span.end] == text
    return span


def _overlaps(a: Span, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def assert_nothing_taken_from(record: Record, span: ExcludedSpan) -> None:
    """No entity mention, quote, claim, event or time lies in ``span``."""
    s, e = span.start, span.end
    for entity in record.entities:
        for mention in entity.mentions:
            assert not _overlaps(mention, s, e), f"entity {entity.name!r} taken from {span.text!r}"
    for quote in record.quotes:
        parts = [*quote.content, *(p for p in (quote.cue, quote.source) if p is not None)]
        assert not any(_overlaps(p, s, e) for p in parts), f"quote {quote.id} taken from {span.text!r}"
    for claim in record.claims:
        assert not _overlaps(claim.span, s, e), f"claim {claim.span.text!r} taken from {span.text!r}"
    for event in record.events:
        assert not _overlaps(event.trigger, s, e), f"event {event.trigger.text!r} taken from {span.text!r}"
    for time in record.times:
        assert not (time.start < e and s < time.end), f"time {time.text!r} taken from {span.text!r}"
