"""Store fixtures: every store test runs on SQLite and, when a server is given, on PostgreSQL.

Set ``NEWSGRAPH_TEST_POSTGRES_URL`` (``bash scripts/start-postgres.sh DIR`` prints
one) to run the PostgreSQL half; without it those cases skip with that message.
The tests never touch the database the URL names: they create a scratch database
on that server for the session (dropped at the end), and each PostgreSQL case
starts from an empty schema in it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from newsgraph.store import Store, normalise_url, open_store

POSTGRES_ENV = "NEWSGRAPH_TEST_POSTGRES_URL"


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL case: set {POSTGRES_ENV} (bash scripts/start-postgres.sh DIR prints a URL)")
    return url


@pytest.fixture(scope="session")
def scratch_postgres() -> Iterator[str]:
    """A database of our own on the test server, for the whole session."""
    server = make_url(normalise_url(postgres_url()))
    name = f"newsgraph_store_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
