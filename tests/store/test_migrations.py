"""The migration scripts build exactly the schema the code reads and writes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from newsgraph.records import Record
from newsgraph.store import Store
from newsgraph.store.schema import metadata
from tests.store.records import levy_record


def test_migrated_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert context.get_current_revision() is not None
        differences = compare_metadata(context, metadata)
    # search_docs is dialect-specific DDL (FTS5 / tsvector) outside the metadata, on purpose.
    assert [d for d in differences if "search_docs" not in str(d)] == []


def test_a_record_repeating_an_id_is_stored_with_the_first(store: Store) -> None:
    record = levy_record()
    doubled = Record.model_validate(
        {**record.to_json_dict(), "quotes": [q.model_dump() for q in record.quotes * 2]}
    )
    assert store.add_record(doubled) == "added"
    assert store.counts().quotes == 1
    assert store.article("levy") == doubled
