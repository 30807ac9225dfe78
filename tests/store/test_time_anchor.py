"""The store and the exported tables keep what each time was read against."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from newsgraph import extract
from newsgraph.store import Store, open_store
from newsgraph.tables import quote_rows
from tests.store.migrate import migration_connection

#: A quotation dated by its statement: its "today" is Tuesday 2024-11-05.
ARTICLE = "“Today’s vote is a victory for workers,” said union leader Maria Lopez in a statement on Tuesday."


def test_the_store_keeps_the_anchor_of_each_time(store: Store) -> None:
    record = extract(ARTICLE, "2024-11-07", id="vote")
    store.add_record(record)
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT text, value, anchor, anchor_date FROM times ORDER BY start")).all()
    today, tuesday = rows
    assert (today.text, today.value, today.anchor) == ("Today", "2024-11-05", "statement")
    assert dt.date.fromisoformat(str(today.anchor_date)) == dt.date(2024, 11, 5)
    assert (tuesday.value, tuesday.anchor) == ("2024-11-05", "publication")
    assert store.article("vote") == record


def test_an_upgraded_store_reads_old_times_as_read_against_publication(store_url: str) -> None:
    from alembic import command

    store = open_store(store_url)
    store.add_record(extract(ARTICLE, "2024-11-07", id="vote"))
    store.close()
    with migration_connection(store_url) as (config, _conn):
        command.downgrade(config, "0005")  # what a store written before the anchors held
    store = open_store(store_url)  # upgrades to the head again
    with store.engine.connect() as conn:
        anchors = conn.execute(text("SELECT DISTINCT anchor FROM times")).scalars().all()
    assert anchors == ["publication"]
    store.close()


def test_the_quote_table_says_what_its_time_was_read_against() -> None:
    record = extract(
        "On Monday, the minister visited the town. In a post written that day, she wrote: “We will rebuild.”",
        "2024-11-07",
    )
    (row,) = quote_rows(record)
    shown = (row["time_text"], row["time_value"], row["time_anchor"])
    assert shown == ("that day", "2024-11-04", "antecedent")
