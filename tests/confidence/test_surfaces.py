"""``min_confidence`` as a user reaches it: the REST API, the web UI and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.store import open_store
from tests.confidence.records import levy_with_confidence


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('confidence') / 'corpus.db'}"
    store = open_store(url)
    store.add_record(levy_with_confidence())
    store.close()
    yield url


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    store = open_store(db_url)
    yield TestClient(create_app(None, "w", store=store), base_url="http://localhost")
    store.close()


def ids(client: TestClient, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return sorted(item["id"] for item in response.json()["items"])


@pytest.mark.parametrize(
    ("resource", "all_ids", "sure_ids"),
    [
        ("quotes", ["q1", "q2", "q3"], ["q1"]),
        ("events", ["v1", "v2"], ["v1"]),
        ("claims", ["c1", "c2"], ["c2"]),
        ("stances", ["s1", "s2"], ["s2"]),
    ],
)
def test_the_api_lists_filter_on_min_confidence(
    client: TestClient, resource: str, all_ids: list[str], sure_ids: list[str]
) -> None:
    assert ids(client, f"/{resource}") == all_ids
    assert ids(client, f"/{resource}?min_confidence=0.8") == sure_ids
    item = client.get(f"/{resource}?min_confidence=0.8").json()["items"][0]
    assert item["confidence"] >= 0.8


@pytest.mark.parametrize("bad", ["1.5", "-1", "high"])
def test_a_bad_min_confidence_is_a_json_422(client: TestClient, bad: str) -> None:
    response = client.get(f"/quotes?min_confidence={bad}")
    assert response.status_code == 422
    assert response.json()["error"] == "invalid request"


def test_the_openapi_spec_documents_min_confidence(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/quotes", "/events", "/claims", "/stances"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert "min_confidence" in params, path
        assert "dropped" in params["min_confidence"]["description"]


def test_the_web_list_shows_confidence_and_hides_low_ones_on_request(client: TestClient) -> None:
    everything = client.get("/ui/quotes").text
    assert "0.93" in everything and "0.41" in everything
    assert "min_confidence=0.8" in everything  # the link that hides low-confidence records
    sure = client.get("/ui/quotes?min_confidence=0.8").text
    assert "0.93" in sure and "0.41" not in sure and "of hiding the cost" not in sure
    assert "show all" in sure
    events = client.get("/ui/events?min_confidence=0.8").text
    assert "accused" in events and "welcomed" not in events
    claims = client.get("/ui/claims?min_confidence=0.8").text
    assert "0.85" in claims and "0.36" not in claims


def test_the_web_page_notes_a_bad_min_confidence_and_shows_everything(client: TestClient) -> None:
    page = client.get("/ui/quotes?min_confidence=lots")
    assert page.status_code == 200
    assert "Ignored min_confidence" in page.text and "0.41" in page.text


def newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    ("command", "sure_ids"),
    [("quotes", ["q1"]), ("events", ["v1"]), ("claims", ["c2"]), ("stances", ["s2"])],
)
def test_the_query_commands_filter_on_min_confidence(db_url: str, command: str, sure_ids: list[str]) -> None:
    result = newsgraph(command, "--db", db_url, "--format", "json", "--min-confidence", "0.8")
    assert result.returncode == 0, result.stderr
    assert sorted(item["id"] for item in json.loads(result.stdout)["items"]) == sure_ids


def test_the_export_command_filters_on_min_confidence(db_url: str, tmp_path: Path) -> None:
    result = newsgraph("export", "--db", db_url, "-o", str(tmp_path), "-f", "csv", "--min-confidence", "0.8")
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "quotes.csv").read_text().splitlines()
    assert len(lines) == 2 and "0.93" in lines[1]


def test_a_bad_min_confidence_on_the_command_line_is_refused_without_a_traceback(db_url: str) -> None:
    result = newsgraph("quotes", "--db", db_url, "--min-confidence", "3")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "--min-confidence" in result.stderr


def test_extract_keeps_only_sure_records_with_min_confidence() -> None:
    full = newsgraph("extract", "--sample", "--format", "json")
    sure = newsgraph("extract", "--sample", "--format", "json", "--min-confidence", "0.8")
    assert full.returncode == 0 and sure.returncode == 0, full.stderr + sure.stderr
    everything: dict[str, Any] = json.loads(full.stdout)
    kept: dict[str, Any] = json.loads(sure.stdout)
    assert kept["entities"] == everything["entities"]
    for kind in ("quotes", "events", "claims", "stances"):
        expected = [r["id"] for r in everything[kind] if (r["confidence"] or 0) >= 0.8]
        assert [r["id"] for r in kept[kind]] == expected
    assert len(kept["quotes"]) < len(everything["quotes"]) or all(
        q["confidence"] >= 0.8 for q in everything["quotes"]
    )
