"""The store keeps which quotes report something not said (migration 0008)."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.records import Record
from newsgraph.store import Store, open_store
from newsgraph.store.export import export
from tests.store.records import levy_record


def _with_a_negated_quote() -> Record:
    record = levy_record()
    data = record.to_json_dict()
    data["quotes"][0]["negated"] = True
    return Record.model_validate(data)


def test_a_negated_quote_round_trips_and_exports(store: Store, tmp_path: Path) -> None:
    record = _with_a_negated_quote()
    store.add_record(record)
    assert store.article("levy") == record
    assert [q.negated for q in store.quotes().items] == [True]
    export(store, tmp_path, "jsonl")
    (row,) = [json.loads(line) for line in (tmp_path / "quotes.jsonl").read_text().splitlines()]
    assert row["negated"] is True


def test_upgrading_a_store_from_revision_0007_fills_the_negated_column(store_url: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    from newsgraph.store import normalise_url
    from newsgraph.store.location import MIGRATIONS

    store = open_store(store_url)
    store.add_record(_with_a_negated_quote())
    store.close()
    engine = create_engine(normalise_url(store_url))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
        assert "negated" not in {c["name"] for c in inspect(conn).get_columns("quotes")}
    engine.dispose()
    store = open_store(store_url)
    try:
        assert [q.negated for q in store.quotes().items] == [True]
    finally:
        store.close()
