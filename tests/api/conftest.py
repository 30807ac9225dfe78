"""Stores for the API tests: a temporary SQLite file always, PostgreSQL too when
NEWSGRAPH_TEST_POSTGRES_URL is set (a fresh database is created and dropped per session).

Seeded with the hand-built records of ``tests/web/data.py`` only, so these tests
need no spaCy parse and check exact numbers.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from tests.support.postgres import scratch_database
from tests.web.data import bridge_record, ferry_record

WRITE_TOKEN = "write-secret"
READ_TOKEN = "read-secret"

BACKENDS = ["sqlite"]
if os.environ.get("NEWSGRAPH_TEST_POSTGRES_URL"):
    BACKENDS.append("postgres")


def _postgres_database() -> Iterator[str]:
    with scratch_database("newsgraph_api") as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "postgres":
        yield from _postgres_database()
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('api') / 'corpus.db'}"


@pytest.fixture(scope="module")
def store(store_url: str) -> Iterator[Any]:
    from newsgraph.store import open_store

    opened = open_store(store_url)
    opened.add_record(bridge_record())
    opened.add_record(ferry_record())
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store: Any) -> TestClient:
    """Reads open, writes with WRITE_TOKEN."""
    return TestClient(create_app(None, WRITE_TOKEN, store=store), base_url="http://localhost")


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
