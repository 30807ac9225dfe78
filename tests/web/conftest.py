"""A live server on a free loopback port with a seeded temporary SQLite store, and a headless browser.

Browser tests use Debian's Chromium (/usr/bin/chromium) through Playwright's
Python package; they skip with a clear message when either is missing. The
browser is launched with flags that stop it from reaching any network service.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph import extract
from newsgraph.records import Record
from tests.web.data import bridge_record, ferry_record

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "src" / "newsgraph" / "samples"
CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

HARBOUR_TEXT = (
    "Dock workers in Port Selby ended a nine-day strike on Wednesday after the Harbour Board agreed "
    "to a 6 percent pay rise. \"We stood together and it worked,\" said union secretary Nadia Okafor. "
    "Board chairman Luis Varga criticised the union for blocking two grain ships, which he said "
    "cost exporters 3 million pounds. Okafor met Varga on Thursday to sign the deal."
)


def seed_records() -> list[Record]:
    """Hand-built records plus real extractions of our own sentences and the bundled samples."""
    records = [bridge_record(), ferry_record()]
    records.append(extract(HARBOUR_TEXT, dt.date(2025, 4, 3), id="port-selby"))
    for path in sorted(SAMPLES.glob("*.txt")):
        published = None
        stem = path.stem
        try:
            published = dt.date.fromisoformat(stem[-10:])
        except ValueError:
            published = None
        records.append(extract(path.read_text(encoding="utf-8"), published, id=stem))
    return records


@pytest.fixture(scope="session")
def seeded_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from newsgraph.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'corpus.db'}"
    store = open_store(url)
    for record in seed_records():
        store.add_record(record)
    return url


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="session")
def live_server(seeded_store_url: str) -> Iterator[str]:
    """Base URL of uvicorn serving ``create_app`` on the seeded store, in a thread of this process."""
    import uvicorn

    from newsgraph.api import create_app

    app = create_app(seeded_store_url, token="test-token")
    sock = _free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright Python package (pip install playwright)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any, live_server: str) -> Iterator[Any]:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(live_server)
                  else route.abort())
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.js_errors = errors
    # Chromium reports what the Content-Security-Policy blocked as console errors.
    violations: list[str] = []
    tab.on("console", lambda message: violations.append(message.text)
           if "Content Security Policy" in message.text else None)
    tab.csp_violations = violations
    yield tab
    context.close()
