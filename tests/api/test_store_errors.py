"""A damaged or failing store under the server: /health says so, every route answers 503 JSON.

The damaged stores are real SQLite files written by the store and then broken
on disk (``tests/store/damage.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import DatabaseError, OperationalError

from newsgraph.api import create_app
from newsgraph.store import Store, open_store
from tests.store import damage

LOCAL = "http://localhost"


@pytest.fixture(scope="module")
def intact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return damage.write_store(tmp_path_factory.mktemp("api-intact") / "corpus.db")


def serve(path: Path) -> Iterator[TestClient]:
    store = open_store(str(path))
    yield TestClient(create_app(None, "w", store=store), base_url=LOCAL)
    store.close()


@pytest.fixture()
def zeroed(intact: Path, tmp_path: Path) -> Iterator[TestClient]:
    yield from serve(damage.zero_middle(damage.copy(intact, tmp_path / "zeroed.db")))


def test_health_of_an_intact_store(intact: Path) -> None:
    for client in serve(intact):
        response = client.get("/health")
        assert response.status_code == 200
        assert response.json()["status"] == "ok" and response.json()["store_problem"] is None


def test_routes_on_zeroed_pages_answer_503_json_and_health_then_says_degraded(zeroed: TestClient) -> None:
    assert zeroed.get("/health").json()["status"] == "ok"  # the cheap probe misses mid-table damage...
    response = zeroed.get("/quotes")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["error"] == "store damaged"
    assert "database disk image is malformed" in body["detail"] and "newsgraph check" in body["detail"]
    assert "zeroed.db" not in body["detail"]  # the server's file paths are not the client's business
    health = zeroed.get("/health")  # ...but remembers what a route met
    assert health.status_code == 503
    assert health.json()["status"] == "degraded"
    assert health.json()["store_problem"] == "database disk image is malformed"


def test_ui_pages_on_a_damaged_store_answer_an_html_503(zeroed: TestClient) -> None:
    response = zeroed.get("/ui/quotes")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")
    assert "Store damaged" in response.text and "newsgraph check" in response.text


def test_health_finds_a_damaged_table_root_before_any_route(intact: Path, tmp_path: Path) -> None:
    broken = damage.copy(intact, tmp_path / "root.db")
    damage.zero_pages(broken, damage.root_page(broken, "events"), 1)
    for client in serve(broken):
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["status"] == "degraded"
        assert client.get("/events").json()["error"] == "store damaged"


def test_a_flipped_byte_in_an_article_answers_503_for_that_article_only(intact: Path, tmp_path: Path) -> None:
    for client in serve(damage.flip_in_text(damage.copy(intact, tmp_path / "flipped.db"))):
        response = client.get("/articles/bridge-1-0")
        assert response.status_code == 503
        assert "not valid UTF-8" in response.json()["detail"]
        assert client.get("/articles/bridge-1-2").status_code == 200


class FailingStore:
    """A store whose reads fail the way a driver fails: locked, or an error no store method translated."""

    def __init__(self, inner: Store, error: Exception) -> None:
        self.inner = inner
        self.error = error

    def quotes(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def test_a_locked_store_is_unavailable_and_health_does_not_remember_it(intact: Path) -> None:
    store = open_store(str(intact))
    locked = OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))
    client = TestClient(create_app(None, store=FailingStore(store, locked)), base_url=LOCAL)
    response = client.get("/quotes")
    assert response.status_code == 503
    assert response.json() == {"error": "store unavailable",
                               "detail": "the corpus store cannot answer now: database is locked"}
    assert response.headers["retry-after"] == "60"
    assert client.get("/health").json()["status"] == "ok"
    store.close()


def test_an_untranslated_database_error_is_still_503_json(intact: Path) -> None:
    store = open_store(str(intact))
    raw = DatabaseError("SELECT", {}, sqlite3.DatabaseError("database disk image is malformed"))
    client = TestClient(create_app(None, store=FailingStore(store, raw)), base_url=LOCAL)
    response = client.get("/quotes")
    assert response.status_code == 503
    assert response.json()["error"] == "store damaged"
    store.close()
