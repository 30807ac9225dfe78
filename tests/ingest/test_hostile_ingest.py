"""`newsgraph ingest` over a folder of valid articles mixed with hostile files, as a user runs it.

Before, one bad input ended the reader stream: the ingest said "failed 0", exited
0 with most articles never stored, and the rerun died with a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph import synthetic
from newsgraph.store import open_store
from tests.ingest.hostile import write_bad_files, write_utf16_files

VALID = 20


def newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    synthetic.write(VALID, folder / "articles", seed=5)
    write_bad_files(folder / "bad")
    write_utf16_files(folder / "utf16")
    return folder


def test_every_valid_article_is_stored_and_every_bad_one_recorded(folder: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'corpus.db'}"
    result = newsgraph("ingest", str(folder), "--db", db, "--quiet")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr  # documented: 1 = some inputs failed
    expected = write_bad_files(tmp_path / "names")  # the same files, for their names and reasons
    failure_lines = [line for line in result.stderr.splitlines() if line.startswith("newsgraph: failed")]
    assert len(failure_lines) == len(expected)

    store = open_store(db)
    valid = VALID + len(write_utf16_files(tmp_path / "names16"))
    assert store.counts().articles == valid
    (run,) = store.runs()
    assert (run.added, run.unchanged, run.failed, run.status) == (valid, 0, len(expected), "finished")
    errors = {Path(e.source).name: e.error for e in store.errors(run.id).items}
    assert errors.keys() == expected.keys()
    for name, words in expected.items():
        assert words in errors[name], (name, errors[name])
    store.close()

    again = newsgraph("ingest", str(folder), "--db", db, "--quiet")
    assert "Traceback" not in again.stderr
    assert again.returncode == 1, again.stderr
    store = open_store(db)
    latest = store.runs()[0]
    assert (latest.added, latest.unchanged, latest.replaced, latest.failed) == (0, valid, 0, len(expected))
    assert store.counts().articles == valid
    store.close()


def test_a_folder_of_only_bad_inputs_exits_2(tmp_path: Path) -> None:
    write_bad_files(tmp_path / "bad")
    result = newsgraph("ingest", str(tmp_path / "bad"), "--db", f"sqlite:///{tmp_path / 'c.db'}", "--quiet")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_published_option_is_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    bad = newsgraph("ingest", str(tmp_path), "--published", "2024-13-45", "--db", db)
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "newsgraph: error: --published must be a date like 2024-11-07, not '2024-13-45'"
    ]
