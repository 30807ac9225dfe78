"""The extract command as a user runs it: real process, real exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_ARTICLE

ARTICLE = (
    "LONDON – The city council approved a new housing plan on Tuesday, officials said.\n"
    '"We will build 2,000 homes by 2027," council leader Priya Rahman told reporters.'
)


def newsgraph(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_sample_summary() -> None:
    result = newsgraph("extract", "--sample")
    assert result.returncode == 0, result.stderr
    assert "Port Averin" in result.stdout


def test_json_output_is_a_record(tmp_path: Path) -> None:
    path = tmp_path / "council.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = newsgraph("extract", str(path), "--published", "2024-11-05", "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == "newsgraph/1"
    assert record["article"]["published"] == "2024-11-05"
    assert record["article"]["dateline"]["place"] == "London"
    text = record["article"]["text"]
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_stdin() -> None:
    result = newsgraph("extract", "-", "--published", "2024-11-05", "-f", "json", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["text"] == ARTICLE


def test_jsonl_batch_keeps_ids_and_order(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    sample = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "first", "text": ARTICLE, "published": "2024-11-05"}),
                "{broken",
                json.dumps({"id": "third", "text": sample}),
            ]
        ),
        encoding="utf-8",
    )
    result = newsgraph("extract", str(path), "--format", "jsonl")
    assert result.returncode == 1, result.stderr  # documented: 1 = some inputs failed
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("article", {}).get("id") for line in lines] == ["first", None, "third"]
    assert "error" in lines[1]
    assert ":2" in result.stderr and "Traceback" not in result.stderr


def test_empty_stdin() -> None:
    assert_clean_failure(newsgraph("extract", "-", stdin=b""), "empty")


def test_binary_input(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01\x02PNG" * 500)
    assert_clean_failure(newsgraph("extract", str(path)), "binary")


def test_bad_date() -> None:
    assert_clean_failure(newsgraph("extract", "--sample", "--published", "yesterday"), "--published")


def test_missing_file() -> None:
    assert_clean_failure(newsgraph("extract", "/no/such/file.txt"), "no such file")
