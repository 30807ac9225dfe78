"""The store keeps each record's confidence (migration 0007) and filters on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.store import Store, open_store
from newsgraph.store.export import export
from tests.confidence.records import levy_with_confidence
from tests.store.migrate import migration_connection


def test_confidence_round_trips_through_the_store(store: Store) -> None:
    record = levy_with_confidence()
    store.add_record(record)
    assert store.article("levy") == record
    assert {q.id: q.confidence for q in store.quotes().items} == {"q1": 0.93, "q2": 0.41, "q3": None}
    assert {e.id: e.confidence for e in store.events().items} == {"v1": 0.88, "v2": 0.55}
    assert {c.id: c.confidence for c in store.claims().items} == {"c1": 0.36, "c2": 0.85}
    assert {s.id: s.confidence for s in store.stances().items} == {"s1": 0.62, "s2": 0.9}


def test_min_confidence_keeps_sure_records_and_drops_unknown_ones(store: Store) -> None:
    store.add_record(levy_with_confidence())
    assert [q.id for q in store.quotes(min_confidence=0.8).items] == ["q1"]
    assert store.quotes(min_confidence=0.8).total == 1
    assert sorted(q.id for q in store.quotes(min_confidence=0.4).items) == ["q1", "q2"]
    assert store.quotes(min_confidence=0).total == 3  # no filter: the unknown one stays
    assert [e.id for e in store.events(min_confidence=0.8).items] == ["v1"]
    assert [c.id for c in store.claims(min_confidence=0.8).items] == ["c2"]
    assert [s.id for s in store.stances(min_confidence=0.8).items] == ["s2"]
    with pytest.raises(ValueError, match="between 0 and 1"):
        store.quotes(min_confidence=2.0)


def test_an_export_with_min_confidence_leaves_out_the_unsure(store: Store, tmp_path: Path) -> None:
    store.add_record(levy_with_confidence())
    export(store, tmp_path, "jsonl", min_confidence=0.8)
    quotes = [json.loads(line) for line in (tmp_path / "quotes.jsonl").read_text().splitlines()]
    assert [(q["id"], q["confidence"]) for q in quotes] == [("q1", 0.93)]
    lines = (tmp_path / "event_participants.jsonl").read_text().splitlines()
    participants = [json.loads(line) for line in lines]
    assert {p["event_id"] for p in participants} == {"v1"}
    (record,) = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert [q["id"] for q in record["quotes"]] == ["q1"]
    assert [e["id"] for e in record["events"]] == ["v1"]
    export(store, tmp_path / "all", "csv")
    assert (tmp_path / "all" / "quotes.csv").read_text().count("\n") == 4  # header + every quote


def test_upgrading_a_store_from_revision_0005_adds_the_confidence_columns(store_url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect

    with migration_connection(store_url) as (config, conn):
        command.upgrade(config, "0006")
        assert "confidence" not in {c["name"] for c in inspect(conn).get_columns("quotes")}
    store = open_store(store_url)
    try:
        with store.engine.connect() as conn:
            for table in ("quotes", "events", "claims", "stances"):
                assert "confidence" in {c["name"] for c in inspect(conn).get_columns(table)}
        store.add_record(levy_with_confidence())
        assert [q.id for q in store.quotes(min_confidence=0.9).items] == ["q1"]
    finally:
        store.close()
