"""``newsgraph serve`` with the hardening options, as a user starts it, on a damaged store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.api.test_serve_command import _free_port
from tests.store import damage


def test_serve_allows_named_hosts_protects_extract_and_reports_a_damaged_store(tmp_path: Path) -> None:
    store = damage.zero_middle(damage.write_store(tmp_path / "corpus.db"))
    port = _free_port()
    command = [sys.executable, "-m", "newsgraph", "serve", "--db", str(store), "--port", str(port),
               "--token", "w", "--allow-host", "news.example.org", "--extract-access", "write"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        named = httpx.get(f"{base}/ui/login", headers={"host": "news.example.org"}, timeout=10)
        assert named.status_code == 200
        assert "script-src 'self'" in named.headers["content-security-policy"]
        rebound = httpx.get(f"{base}/articles", headers={"host": "attacker.example"}, timeout=10)
        assert rebound.status_code == 400 and rebound.json()["error"] == "invalid host"
        anonymous = httpx.post(f"{base}/extract", content=b"x", headers={"content-type": "text/plain"},
                               timeout=10)
        assert anonymous.status_code == 401
        broken = httpx.get(f"{base}/quotes", timeout=10)
        assert broken.status_code == 503 and broken.json()["error"] == "store damaged"
        health = httpx.get(f"{base}/health", timeout=10)
        assert health.status_code == 503 and health.json()["status"] == "degraded"
    finally:
        process.terminate()
        process.wait(timeout=20)
