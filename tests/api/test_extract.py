"""POST /extract: text or HTML in, a newsgraph/1 record out, nothing stored; errors are JSON."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app

ARTICLE = (
    "Harbour workers ended their strike on Tuesday after the port authority agreed to raise wages. "
    "\"We have what we asked for,\" union leader Mara Voss told reporters outside the gates."
)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(None, token="secret", max_body_bytes=64 * 1024), base_url="http://localhost")


def test_extract_plain_json_returns_a_record(client: TestClient) -> None:
    response = client.post("/extract", json={"text": ARTICLE, "published": "2025-05-02", "id": "port"})
    assert response.status_code == 200
    body = response.json()
    assert body["schema"] == "newsgraph/1"
    assert body["article"]["id"] == "port"
    assert body["article"]["text"] == ARTICLE
    assert body["article"]["published"] == "2025-05-02"


def test_extract_accepts_text_plain_body_and_published_query(client: TestClient) -> None:
    response = client.post("/extract?published=2025-05-02", content=ARTICLE,
                           headers={"content-type": "text/plain; charset=utf-8"})
    assert response.status_code == 200
    assert response.json()["article"]["published"] == "2025-05-02"


def test_extract_html_uses_the_main_text(client: TestClient) -> None:
    page = (
        "<html><head><title>Strike ends</title></head><body><nav>Home | Sport</nav>"
        f"<article><h1>Strike ends</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
    )
    response = client.post("/extract", json={"html": page})
    assert response.status_code == 200, response.text
    text = response.json()["article"]["text"]
    assert "Mara Voss" in text
    assert "<p>" not in text


def test_extract_does_not_need_the_write_token(client: TestClient) -> None:
    assert client.post("/extract", json={"text": ARTICLE}).status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "status", "error"),
    [
        ({"json": {}}, 422, "invalid request"),
        ({"json": {"text": ARTICLE, "html": "<p>x</p>"}}, 422, "invalid request"),
        ({"json": {"text": "   "}}, 422, "unreadable article"),
        ({"json": {"text": ARTICLE, "published": "last week"}}, 422, "invalid request"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "invalid JSON"),
        ({"content": b"\x89PNG", "headers": {"content-type": "image/png"}}, 415, "unsupported media type"),
        ({"json": ["a list"]}, 422, "invalid request"),
    ],
)
def test_bad_extract_requests_get_json_errors(
    client: TestClient, kwargs: dict[str, object], status: int, error: str
) -> None:
    response = client.post("/extract", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    body = response.json()
    assert body["error"] == error
    assert body["detail"]


def test_non_english_text_is_refused_with_the_reason(client: TestClient) -> None:
    german = ("Die Hafenarbeiter haben ihren Streik am Dienstag beendet, nachdem die Behörde "
              "höhere Löhne zugesagt hatte. Die Gewerkschaft zeigte sich zufrieden mit dem Ergebnis.")
    response = client.post("/extract", json={"text": german})
    assert response.status_code == 422
    assert "language" in response.json()["detail"]


def test_oversized_body_gets_413(client: TestClient) -> None:
    response = client.post("/extract", json={"text": "word " * 20_000})
    assert response.status_code == 413
    assert response.json()["error"] == "payload too large"


def test_unknown_route_is_a_json_404(client: TestClient) -> None:
    response = client.get("/no/such/thing")
    assert response.status_code == 404
    assert response.json()["error"] == "not found"


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/extract" in spec["paths"]
    assert "text/plain" in spec["paths"]["/extract"]["post"]["requestBody"]["content"]
    error = spec["paths"]["/extract"]["post"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/ErrorBody"}
