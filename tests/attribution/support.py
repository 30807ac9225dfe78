"""Look-ups the attribution tests share: the quote a cue word starts, and its content."""

from __future__ import annotations

from newsgraph.records import Quote, Record


def by_cue(record: Record, cue: str) -> Quote:
    """The first quote whose cue starts with ``cue``; fails the test with the cues seen."""
    found = [q for q in record.quotes if q.cue is not None and q.cue.text.startswith(cue)]
    assert found, f"no quote with cue {cue!r}: {[(q.cue.text if q.cue else None) for q in record.quotes]}"
    return found[0]


def content(q: Quote) -> str:
    """The quote's content pieces joined by spaces."""
    return " ".join(s.text for s in q.content)
