"""``newsgraph serve`` as a user starts it: a real process on a loopback port, token from the environment."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_starts_with_a_store_and_takes_the_token_from_the_environment(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "NEWSGRAPH_TOKEN": "env-token"}
    command = [sys.executable, "-m", "newsgraph", "serve", "--db", f"sqlite:///{tmp_path / 'c.db'}",
               "--port", str(port), "--extract-max-mb", "0.001", "--extract-timeout", "20",
               "--extract-workers", "1", "--extract-queue", "2"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{base}/health", timeout=2).json()
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert health["store"] is True and health["writes"] is True
        refused = httpx.post(f"{base}/articles", json={"text": "x"}, timeout=10)
        assert refused.status_code == 401
        assert httpx.get(f"{base}/articles", timeout=10).json()["total"] == 0
        assert httpx.get(f"{base}/ui/", timeout=10).status_code == 200
        article = {"text": "The council met on Monday. " * 100}
        too_big = httpx.post(f"{base}/extract", json=article, timeout=10)
        assert too_big.status_code == 413
        assert too_big.json()["error"] == "payload too large"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_with_an_unusable_database_url_says_so_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph", "serve", "--db", "nosuchdriver://x/y",
         "--port", str(_free_port())],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("newsgraph: error:")
    assert "nosuchdriver" in result.stderr
    assert result.stderr.count("\n") == 1  # one line, no traceback
