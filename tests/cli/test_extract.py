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


def test_hostile_jsonl_lines_each_get_one_error_line_and_the_rest_are_extracted_in_order(
    tmp_path: Path,
) -> None:
    from tests.ingest.hostile import deep_json, huge_integer_record, surrogate_record

    path = tmp_path / "batch.jsonl"
    good = [json.dumps({"id": f"good-{n}", "text": ARTICLE}) for n in range(3)]
    bad_date = json.dumps({"id": "bad-date", "text": ARTICLE, "published": "2024-13-45"})
    lines = [good[0], deep_json(), surrogate_record(), good[1], huge_integer_record(), bad_date, good[2]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = newsgraph("extract", str(path), "--format", "jsonl")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr  # documented: some inputs failed
    out = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [line.get("article", {}).get("id") for line in out]
    assert ids == ["good-0", None, None, "good-1", None, "bad-date", "good-2"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert f"{path}:2:" in errors[0] and "nested too deeply" in errors[0]
    assert f"{path}:3:" in errors[1] and "lone surrogate" in errors[1]
    assert f"{path}:5:" in errors[2] and "5,000 digits" in errors[2]
    assert [out[i]["source"] for i in (1, 2, 4)] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    # The unreadable date is read as no date, and the record says so.
    dated = out[5]
    assert dated["article"]["published"] is None
    assert any("2024-13-45" in warning for warning in dated["warnings"])


def test_every_input_bad_exits_2(tmp_path: Path) -> None:
    from tests.ingest.hostile import write_bad_files

    write_bad_files(tmp_path)
    result = newsgraph("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 4


def test_utf16_file_is_read_not_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "council.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    result = newsgraph("extract", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["text"] == ARTICLE


def test_an_empty_published_means_no_date_and_a_bad_one_names_the_form() -> None:
    result = newsgraph("extract", "-", "--published", "", "-f", "json", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["published"] is None
    assert_clean_failure(newsgraph("extract", "--sample", "--published", "2024-13-45"), "2024-11-07")
