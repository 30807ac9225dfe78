"""The migration scripts build exactly the schema the code reads and writes."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from newsgraph.records import Record
from newsgraph.store import Store
from newsgraph.store.schema import metadata
from tests.store.migrate import migration_connection
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


def test_upgrading_a_store_from_the_first_revision_fills_the_actor_counts(store_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    from newsgraph.store import open_store

    with migration_connection(store_url) as (config, conn):
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO articles (id, text_hash, text, record_json, published, n_entities, n_quotes, "
                "n_events, n_claims, ingested_at) VALUES ('old', 'h', 'Old text.', '{}', '2023-05-01', "
                "1, 0, 0, 0, '2023-05-02 00:00:00')"
            )
        )
        conn.execute(
            text("INSERT INTO actors (id, name, norm, type) VALUES (1, 'Ana Lind', 'ana lind', 'PERSON')")
        )
        conn.execute(
            text(
                "INSERT INTO entities (article_id, id, actor_id, name, type, n_mentions) "
                "VALUES ('old', 'e1', 1, 'Ana Lind', 'PERSON', 3)"
            )
        )
    store = open_store(store_url)
    (actor,) = store.actors().items
    assert (actor.n_articles, actor.n_mentions, actor.first_seen) == (1, 3, dt.date(2023, 5, 1))
    store.close()


def test_actor_counts_stay_right_through_replacement_and_deletion(store: Store) -> None:
    from tests.store.records import LEVY, market_record, meeting_record

    for record in (levy_record(), meeting_record(), market_record()):
        store.add_record(record)
    store.add_record(levy_record(LEVY.replace("12 million", "15 million")))
    store.delete_article("market")
    for actor in store.actors().items:
        detail = store.actor(actor.id)
        assert detail is not None
        assert actor.n_articles == len(detail.articles)
        assert actor.n_quotes == len(detail.quotes)
        assert actor.n_events == len(detail.events_as_actor) + len(detail.events_as_target)
        dates = [a.published for a in detail.articles if a.published]
        assert (actor.first_seen, actor.last_seen) == ((min(dates), max(dates)) if dates else (None, None))


def test_upgrading_a_store_with_publication_dates_redates_quotes_and_events(store_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    from newsgraph.store import open_store

    store = open_store(store_url)
    store.add_record(levy_record())
    store.close()
    # What a store written before revision 0004 held: every row dated by publication.
    with migration_connection(store_url) as (config, conn):
        conn.execute(text("UPDATE quotes SET date = :d"), {"d": dt.date(2024, 9, 3)})
        command.stamp(config, "0003")
    store = open_store(store_url)
    (quote,) = store.quotes().items
    assert quote.date == dt.date(2024, 9, 2)  # its own time, "on Monday"
    store.close()
