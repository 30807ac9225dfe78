"""POST /articles and the token rules: writes need the write token; reads are open unless closed."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from newsgraph.api import create_app
from tests.api.conftest import READ_TOKEN, WRITE_TOKEN, auth
from tests.web.data import bridge_record

NEW_ARTICLE = (
    "Transit strike ends in Marlow\n\n"
    "Bus drivers in Marlow returned to work on Monday after the city council approved a new contract. "
    "\"Our members are relieved,\" said union steward Kofi Mensah."
)


def test_write_without_token_is_401_and_says_how(client: TestClient) -> None:
    response = client.post("/articles", json={"text": NEW_ARTICLE})
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert "Bearer" in response.json()["detail"]
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_write_with_wrong_token_is_403(client: TestClient) -> None:
    response = client.post("/articles", json={"text": NEW_ARTICLE}, headers=auth("guess"))
    assert response.status_code == 403


def test_server_without_write_token_refuses_all_writes(store: Any) -> None:
    closed = TestClient(create_app(None, store=store), base_url="http://localhost")
    response = closed.post("/articles", json={"text": NEW_ARTICLE}, headers=auth("anything"))
    assert response.status_code == 403
    assert response.json()["error"] == "writes disabled"


def test_post_article_extracts_stores_and_is_readable(client: TestClient) -> None:
    response = client.post("/articles", json={"text": NEW_ARTICLE, "id": "marlow", "published": "2025-06-02"},
                           headers=auth(WRITE_TOKEN))
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["id"], body["outcome"]) == ("marlow", "added")
    assert response.headers["location"] == "/articles/marlow"
    stored = client.get("/articles/marlow").json()
    assert stored["article"]["published"] == "2025-06-02"
    again = client.post("/articles", json={"text": NEW_ARTICLE, "id": "marlow", "published": "2025-06-02"},
                        headers=auth(WRITE_TOKEN))
    assert again.status_code == 200
    assert again.json()["outcome"] == "unchanged"


def test_post_a_finished_record_stores_it_as_given(client: TestClient) -> None:
    record = bridge_record().model_copy(deep=True)
    record.article.id = "bridge-copy"
    record.article.text = record.article.text.replace("Riverton", "Riverdale")
    payload = record.to_json_dict()
    for entity in payload["entities"]:  # type: ignore[union-attr]
        entity["mentions"] = []  # offsets no longer match the changed text; keep the record consistent
    response = client.post("/articles", json=payload, headers=auth(WRITE_TOKEN))
    assert response.status_code == 201, response.text
    assert client.get("/articles/bridge-copy").json()["article"]["text"].startswith("Riverdale")


def test_post_an_invalid_record_is_422(client: TestClient) -> None:
    response = client.post("/articles", json={"schema": "newsgraph/1", "article": {"text": "no id"}},
                           headers=auth(WRITE_TOKEN))
    assert response.status_code == 422
    assert response.json()["error"] == "invalid record"


def test_read_token_closes_reads_but_accepts_both_tokens(store: Any) -> None:
    private = TestClient(create_app(None, WRITE_TOKEN, read_token=READ_TOKEN, store=store), base_url="http://localhost")
    assert private.get("/articles").status_code == 401
    assert private.get("/articles", headers=auth("wrong")).status_code == 403
    assert private.get("/articles", headers=auth(READ_TOKEN)).status_code == 200
    assert private.get("/articles", headers=auth(WRITE_TOKEN)).status_code == 200
    assert private.get("/health").status_code == 200  # liveness stays open for monitors


def test_server_without_store_answers_503_for_reads() -> None:
    bare = TestClient(create_app(None), base_url="http://localhost")
    response = bare.get("/articles")
    assert response.status_code == 503
    assert response.json()["error"] == "no store"
