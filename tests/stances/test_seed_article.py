"""End to end on the seed article: the stances a reader sees in it.

Skipped when the upstream stages (entities, quotes, events) return nothing yet.
"""

from __future__ import annotations

import pytest

from newsgraph import Record


def _id(record: Record, name: str) -> str:
    for entity in record.entities:
        if entity.name == name or any(m.text == name for m in entity.mentions if m.kind == "name"):
            return entity.id
    pytest.skip(f"entities stage did not find {name!r}")


def _stances(record: Record) -> set[tuple[str, str, str]]:
    if not record.entities or not (record.quotes or record.events):
        pytest.skip("upstream stages returned no entities, quotes or events")
    return {(s.holder, s.target, s.polarity) for s in record.stances}


def test_seed_stances(seed_record: Record) -> None:
    found = _stances(seed_record)
    taliban = _id(seed_record, "Taliban")
    trump = _id(seed_record, "Donald Trump")
    harris = _id(seed_record, "Kamala Harris")
    assert (taliban, trump, "positive") in found
    assert (harris, trump, "negative") in found
    assert (harris, taliban, "negative") in found
    biden_admin = next(
        (e.id for e in seed_record.entities if "Biden" in e.name and "administration" in e.name), None
    )
    if biden_admin is None:
        pytest.skip("no Biden administration entity")
    assert (trump, biden_admin, "negative") in found


def test_seed_stance_evidence_points_at_records(seed_record: Record) -> None:
    _stances(seed_record)
    ids = {q.id for q in seed_record.quotes} | {e.id for e in seed_record.events}
    entity_ids = {e.id for e in seed_record.entities}
    for stance in seed_record.stances:
        assert stance.evidence and set(stance.evidence) <= ids
        assert stance.holder in entity_ids and stance.target in entity_ids
        assert stance.holder != stance.target
    assert len({(s.holder, s.target, s.polarity) for s in seed_record.stances}) == len(seed_record.stances)
