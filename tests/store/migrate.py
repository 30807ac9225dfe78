"""Driving the store's migrations by hand, as the upgrade tests need: a store as an older
revision left it, then ``open_store`` bringing it to the head."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic.config import Config
from sqlalchemy import Connection, create_engine

from newsgraph.store import normalise_url
from newsgraph.store.location import MIGRATIONS


@contextmanager
def migration_connection(store_url: str) -> Iterator[tuple[Config, Connection]]:
    """An alembic ``Config`` bound to one transaction on the store at ``store_url``, for
    ``alembic.command.upgrade/downgrade/stamp(config, revision)`` and raw SQL in between."""
    engine = create_engine(normalise_url(store_url))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            yield config, conn
    finally:
        engine.dispose()
