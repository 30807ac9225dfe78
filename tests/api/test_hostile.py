"""Hostile and odd requests get a 4xx in the documented ``{"error", "detail"}`` shape, never a 500,
and nothing stored is lost. Runs on SQLite and, when configured, PostgreSQL (see conftest)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.records import Article, Record
from tests.api.conftest import WRITE_TOKEN, auth

TOO_BIG = str(2**63)
DIGITS_5000 = "7" * 5000
SENTENCE = ("The harbour board approved the new ferry timetable on Monday after a long debate. "
            "Captain Ines Moller said the crews were ready.")


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error", "detail"}
    assert body["detail"]
    return body


@pytest.mark.parametrize(
    ("url", "where"),
    [
        (f"/articles?offset={TOO_BIG}", "query.offset"),
        (f"/articles?offset={DIGITS_5000}", "query.offset"),
        (f"/quotes?actor_id={TOO_BIG}", "query.actor_id"),
        (f"/events?actor_id={TOO_BIG}", "query.actor_id"),
        (f"/graph?min_count={TOO_BIG}", "query.min_count"),
        ("/articles?until=0", "query.until"),
        ("/quotes?since=20250301", "query.since"),
        ("/events?since=2025-W10-1", "query.since"),
        ("/extract?published=0", "query.published"),
    ],
)
def test_out_of_range_integers_and_non_iso_dates_are_422_naming_the_parameter(
    client: TestClient, url: str, where: str
) -> None:
    response = client.post(url, json={"text": SENTENCE}) if url.startswith("/extract") else client.get(url)
    body = error_of(response, 422)
    assert body["error"] == "invalid request"
    assert [p["where"] for p in body["detail"]] == [where]


@pytest.mark.parametrize("actor", [TOO_BIG, DIGITS_5000, "²", "!!!"])
def test_an_actor_that_cannot_exist_is_not_found_rather_than_an_error(client: TestClient, actor: str) -> None:
    assert error_of(client.get(f"/actors/{actor}"), 404)["error"] == "not found"
    assert client.get("/timeline", params={"actor": actor}).json() == {"actor": None, "items": [], "days": []}
    assert client.get("/graph", params={"actor": actor}).json() == {"nodes": [], "edges": []}


@pytest.mark.parametrize(
    "url",
    ["/quotes?speaker=!!", "/quotes?speaker=%20%20", "/quotes?about=...", "/events?actor=!!",
     "/events?target=--", "/actors?q=!!!", "/claims?claimant=?!", "/stances?holder=!!",
     "/articles?q=!!", "/quotes?q=%22%22", "/claims?q=()"],
)
def test_a_filter_without_letters_or_digits_matches_nothing(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 0
    assert client.get("/quotes?speaker=lind").json()["total"] == 1  # real filters still work


@pytest.mark.parametrize(
    "url",
    ["/articles/%00", "/articles?source=%00", "/quotes?speaker=a%00b", "/search?q=a%00", "/actors/x%00"],
)
def test_a_nul_character_in_the_url_is_a_400(client: TestClient, url: str) -> None:
    assert error_of(client.get(url), 400)["error"] == "invalid value"


HOSTILE_BODIES = [
    pytest.param("[" * 5000 + "]" * 5000, "invalid JSON", id="nested 5000 deep"),
    pytest.param('{"text": "x", "deep": ' + "[" * 1200 + "]" * 1200 + "}", "invalid JSON", id="nested field"),
    pytest.param('{"text": ' + DIGITS_5000 + "}", "invalid JSON", id="5000-digit number"),
    pytest.param('{"text": NaN}', "invalid JSON", id="NaN"),
    pytest.param('{"text": "The mayor \\ud800 said so."}', "invalid value", id="lone surrogate in text"),
    pytest.param('{"id": "\\udfff", "text": "' + SENTENCE + '"}', "invalid value", id="lone surrogate in id"),
    pytest.param('{"id": "a\\u0000b", "text": "' + SENTENCE + '"}', "invalid value", id="NUL in id"),
]


@pytest.mark.parametrize(("body", "error"), HOSTILE_BODIES)
@pytest.mark.parametrize("path", ["/extract", "/articles"])
def test_hostile_json_bodies_are_400(client: TestClient, path: str, body: str, error: str) -> None:
    response = client.post(path, content=body.encode(),
                           headers={"content-type": "application/json", **auth(WRITE_TOKEN)})
    assert error_of(response, 400)["error"] == error


def test_a_record_with_an_offset_past_64_bits_is_400(client: TestClient) -> None:
    record = Record(article=Article(id="huge", text=SENTENCE)).to_json_dict()
    record["entities"] = [{"start": 2**63}]
    response = client.post("/articles", content=json.dumps(record).encode(),
                           headers={"content-type": "application/json", **auth(WRITE_TOKEN)})
    body_json = error_of(response, 400)
    assert body_json["error"] == "invalid value"
    assert "entities[0].start" in body_json["detail"]


def test_text_and_html_both_missing_is_422_and_the_schema_says_exactly_one(client: TestClient) -> None:
    for payload in ({"text": None, "html": None}, {"title": "only a title"}):
        body = error_of(client.post("/extract", json=payload), 422)
        assert "exactly one of 'text' and 'html'" in str(body["detail"])
    schema = client.get("/openapi.json").json()["paths"]["/extract"]["post"]["requestBody"]["content"]
    one_of = schema["application/json"]["schema"]["oneOf"]
    assert sorted(branch["required"] for branch in one_of) == [["html"], ["text"]]


def test_replacing_an_article_with_another_articles_text_is_409_and_loses_nothing(client: TestClient) -> None:
    first = Record(article=Article(id="dup-a", url="https://example.org/a", text=SENTENCE))
    other_text = SENTENCE.replace("Monday", "Tuesday")
    second = Record(article=Article(id="dup-b", url="https://example.org/b", text=other_text))
    for record in (first, second):
        added = client.post("/articles", json=record.to_json_dict(), headers=auth(WRITE_TOKEN))
        assert added.status_code == 201, added.text

    clash = Record(article=Article(id="dup-b", url="https://example.org/b", text=SENTENCE))
    response = client.post("/articles", json=clash.to_json_dict(), headers=auth(WRITE_TOKEN))
    body = error_of(response, 409)
    assert body["error"] == "duplicate text"
    assert body["detail"]["article_id"] == "dup-a"
    assert response.headers["location"] == "/articles/dup-a"
    # Both articles are still there, as they were.
    assert client.get("/articles/dup-a").json()["article"]["text"] == SENTENCE
    assert client.get("/articles/dup-b").json()["article"]["text"] == other_text


def test_an_article_id_outside_latin_1_gets_an_encoded_location(client: TestClient) -> None:
    record = Record(article=Article(id="报道-1", text=SENTENCE.replace("ferry", "tram")))
    response = client.post("/articles", json=record.to_json_dict(), headers=auth(WRITE_TOKEN))
    assert response.status_code == 201, response.text
    assert response.headers["location"] == "/articles/%E6%8A%A5%E9%81%93-1"
    assert client.get(response.headers["location"]).json()["article"]["id"] == "报道-1"


def test_every_operation_documents_its_errors_with_the_error_body(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    ref = {"$ref": "#/components/schemas/ErrorBody"}

    def documented(path: str, method: str) -> dict[str, Any]:
        responses: dict[str, Any] = paths[path][method]["responses"]
        for status, answer in responses.items():
            if status[0] in "45":
                assert answer["content"]["application/json"]["schema"] == ref, (path, method, status)
        return responses

    for path, operations in paths.items():
        if path == "/health":
            continue  # its 503 body is the health report itself ("degraded"), documented in api/health.py
        for method in operations:
            assert {"422", "500"} <= set(documented(path, method)), (path, method)
    for path in ("/articles/{article_id}", "/actors/{actor_id}", "/articles/{article_id}/actors"):
        assert "404" in documented(path, "get")
    assert {"400", "409", "413", "415", "503"} <= set(documented("/articles", "post"))
    assert {"400", "413", "415", "503"} <= set(documented("/extract", "post"))
