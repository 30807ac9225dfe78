"""A scratch PostgreSQL database for tests, on the server NEWSGRAPH_TEST_POSTGRES_URL names.

The tests never touch the database that URL names: they create one of their own
and drop it at the end, so a developer's data is safe and runs do not collide.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

POSTGRES_ENV = "NEWSGRAPH_TEST_POSTGRES_URL"


def postgres_url() -> str:
    """The server URL, or skip the test saying how to get one."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL case: set {POSTGRES_ENV} (bash scripts/start-postgres.sh DIR prints a URL)")
    return url


@contextmanager
def scratch_database(prefix: str) -> Iterator[str]:
    """Create a uniquely named database on the test server; drop it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from newsgraph.store import normalise_url

    server = make_url(normalise_url(postgres_url()))
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
