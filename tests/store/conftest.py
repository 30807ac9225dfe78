"""Store fixtures: every store test runs on SQLite and, when a server is given, on PostgreSQL.

Set ``NEWSGRAPH_TEST_POSTGRES_URL`` (``bash scripts/start-postgres.sh DIR`` prints
one) to run the PostgreSQL half; without it those cases skip with that message.
The tests never touch the database the URL names: they create a scratch database
on that server for the session (dropped at the end), and each PostgreSQL case
starts from an empty schema in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from newsgraph.store import Store, normalise_url, open_store
from tests.support.postgres import scratch_database


@pytest.fixture(scope="session")
def scratch_postgres() -> Iterator[str]:
    """A database of our own on the test server, for the whole session."""
    with scratch_database("newsgraph_store") as url:
        yield url


def reset_postgres(url: str) -> None:
    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty store, SQLite file or PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'corpus.db'}"
    url: str = request.getfixturevalue("scratch_postgres")
    reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()
