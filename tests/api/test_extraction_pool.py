"""POST /extract runs in worker processes: a stuck extraction is stopped, excess requests are
refused at once, the server keeps answering, and /extract has its own body cap."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.api.extraction import ExtractionPool
from newsgraph.api.limits import ExtractionLimits
from tests.api import stand_ins

ARTICLE = (
    "Harbour workers ended their strike on Tuesday after the port authority agreed to raise wages. "
    "\"We have what we asked for,\" union leader Mara Voss told reporters outside the gates."
)


def app_with_stand_in_workers(limits: ExtractionLimits) -> FastAPI:
    app = create_app(None, extraction=limits)
    app.state.extraction = ExtractionPool(limits, work=stand_ins.echo_or_misbehave, warm=stand_ins.no_model)
    return app


@pytest.fixture(scope="module")
def one_worker() -> Iterator[tuple[TestClient, ExtractionPool]]:
    """One worker, no waiting places, a 4 s limit. ``with`` runs the app's lifespan (one event
    loop for every request, as under uvicorn) and stops the workers at the end. Shared by the
    tests of this module: each leaves a working worker behind, which is part of what they check."""
    app = app_with_stand_in_workers(ExtractionLimits(workers=1, queue=0, timeout_seconds=4))
    with TestClient(app, base_url="http://localhost") as client:
        yield client, app.state.extraction


Pending = tuple[threading.Thread, list[httpx.Response]]


def post_in_background(client: TestClient, payload: dict[str, str]) -> Pending:
    answers: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answers.append(client.post("/extract", json=payload)))
    thread.start()
    return thread, answers


def wait_until_admitted(pool: ExtractionPool, thread: threading.Thread) -> None:
    while pool.busy == 0 and thread.is_alive():
        thread.join(0.01)


def test_a_stuck_extraction_is_stopped_while_the_server_keeps_answering(
    one_worker: tuple[TestClient, ExtractionPool],
) -> None:
    client, pool = one_worker
    assert client.post("/extract", json={"text": ARTICLE, "id": "warm"}).status_code == 200
    stuck, answers = post_in_background(client, {"text": ARTICLE, "id": "hang"})
    wait_until_admitted(pool, stuck)

    # While the worker is stuck, the server still answers other requests...
    assert client.get("/health").json()["status"] == "ok"
    # ...and refuses more extraction at once, saying when to come back.
    busy = client.post("/extract", json={"text": ARTICLE, "id": "second"})
    assert stuck.is_alive(), "the stuck extraction should still be running"
    assert busy.status_code == 503
    assert busy.json()["error"] == "busy"
    assert int(busy.headers["retry-after"]) > 0

    stuck.join()
    [timed_out] = answers
    assert timed_out.status_code == 503
    assert timed_out.json()["error"] == "extraction timed out"
    assert "4 s" in timed_out.json()["detail"]
    # The killed worker was replaced: the next article goes through.
    after = client.post("/extract", json={"text": ARTICLE, "id": "after"})
    assert after.status_code == 200, after.text
    assert after.json()["article"]["id"] == "after"


def test_a_crashed_worker_is_a_503_and_is_replaced(one_worker: tuple[TestClient, ExtractionPool]) -> None:
    client, _ = one_worker
    crashed = client.post("/extract", json={"text": ARTICLE, "id": "crash"})
    assert crashed.status_code == 503
    assert crashed.json()["error"] == "extraction failed"
    assert client.post("/extract", json={"text": ARTICLE, "id": "next"}).status_code == 200


def test_input_the_pipeline_refuses_is_a_422_from_the_worker(
    one_worker: tuple[TestClient, ExtractionPool],
) -> None:
    client, _ = one_worker
    refused = client.post("/extract", json={"text": ARTICLE, "id": "refuse"})
    assert refused.status_code == 422
    assert refused.json() == {"error": "unreadable article", "detail": "refuse: the text is not an article"}


def test_waiting_requests_are_served_in_turn_up_to_the_queue() -> None:
    app = app_with_stand_in_workers(ExtractionLimits(workers=1, queue=3, timeout_seconds=30))
    with TestClient(app, base_url="http://localhost") as client:
        threads = [post_in_background(client, {"text": ARTICLE, "id": f"a{i}"}) for i in range(4)]
        for thread, _ in threads:
            thread.join()
        ids = sorted(answers[0].json()["article"]["id"] for _, answers in threads)
        assert ids == ["a0", "a1", "a2", "a3"]


def test_extract_has_its_own_body_limit() -> None:
    app = app_with_stand_in_workers(ExtractionLimits(max_body_bytes=1000))
    client = TestClient(app, base_url="http://localhost")
    response = client.post("/extract", json={"text": ARTICLE * 10})
    assert response.status_code == 413
    assert response.json()["error"] == "payload too large"
    assert "1000 bytes" in response.json()["detail"]
    streamed = client.post("/extract", content=iter([ARTICLE.encode()] * 10),
                           headers={"content-type": "text/plain"})
    assert streamed.status_code == 413


@pytest.mark.parametrize(
    "limits", [{"workers": 0}, {"queue": -1}, {"timeout_seconds": 0}, {"max_body_bytes": 0}]
)
def test_unusable_limits_are_refused_when_the_app_is_built(limits: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="unusable extraction limits"):
        ExtractionLimits(**limits)  # type: ignore[arg-type]


def test_the_pool_works_again_after_the_app_lifespan_ends_and_restarts() -> None:
    app = app_with_stand_in_workers(ExtractionLimits(workers=1, queue=0, timeout_seconds=30))
    for attempt in ("first", "second"):
        # Each ``with`` is one lifespan: the pool stops at its end.
        with TestClient(app, base_url="http://localhost") as client:
            response = client.post("/extract", json={"text": ARTICLE, "id": attempt})
            assert response.status_code == 200, response.text
