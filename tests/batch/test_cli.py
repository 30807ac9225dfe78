"""``newsgraph batch`` as a user runs it: real process, one summary line, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True,
                          timeout=300)


def test_batch_command_writes_a_quotes_table(tmp_path: Path) -> None:
    out = tmp_path / "quotes"
    result = newsgraph("batch", str(DATA / "*.jsonl"), "--out", str(out), "--table", "quotes")
    assert result.returncode == 0, result.stderr
    assert "2 failed inputs" in result.stderr and "_errors.jsonl" in result.stderr
    assert (out / "_SUCCESS").exists()
    for part in out.glob("part-*.jsonl"):
        for line in part.read_text().splitlines():
            assert {"article_id", "quote_id", "content_text", "speaker_name"} <= json.loads(line).keys()
    again = newsgraph("batch", str(DATA / "*.jsonl"), "--out", str(out), "--table", "quotes")
    assert again.returncode == 0 and "0 written" in again.stderr


def test_batch_command_errors_are_one_line(tmp_path: Path) -> None:
    result = newsgraph("batch", str(tmp_path / "none-*.jsonl"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "no input files" in result.stderr
    result = newsgraph("batch", str(DATA), "--out", str(tmp_path / "o2"), "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2 and "--engine dask" in result.stderr
