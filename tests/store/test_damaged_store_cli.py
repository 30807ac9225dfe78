"""The CLI on damaged stores: one line naming the file and the problem, a non-zero exit, no traceback.

Most cases run the real entry point (``newsgraph.cli.main.main``) in this
process, with ``sys.argv`` set as the shell would; one runs ``python -m
newsgraph`` as a subprocess to show what a user's terminal gets.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli.main import main
from tests.store import damage


@pytest.fixture(scope="module")
def intact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return damage.write_store(tmp_path_factory.mktemp("cli-intact") / "corpus.db")


@pytest.fixture(scope="module")
def zeroed(intact: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return damage.zero_middle(damage.copy(intact, tmp_path_factory.mktemp("cli-zeroed") / "zeroed.db"))


def newsgraph(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    """Run ``newsgraph ARGS`` through its entry point; (exit status, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["newsgraph", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 1), out, err


def assert_one_clear_line(code: int, err: str, path: Path) -> None:
    assert code == 2
    assert err.count("\n") == 1, err
    assert err.startswith("newsgraph: error: the store ")
    assert str(path) in err and "damaged" in err
    assert "Traceback" not in err


def test_check_passes_an_intact_store(intact: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = newsgraph(capsys, monkeypatch, "check", "--db", str(intact))
    assert code == 0
    assert out.strip() == f"newsgraph: {intact}: ok (sqlite integrity_check + text and record scan)"


def test_check_lists_the_damage_and_says_what_to_do(zeroed: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = newsgraph(capsys, monkeypatch, "check", "--db", str(zeroed))
    assert code == 1
    assert out.count("\n") >= 1 and all(line.startswith(f"{zeroed}: ") for line in out.splitlines())
    assert err.count("\n") == 1
    assert "backup" in err and "re-ingest" in err and ".recover" in err


def test_check_of_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = newsgraph(capsys, monkeypatch, "check", "--db", str(tmp_path / "absent.db"))
    assert code == 2
    assert err == f"newsgraph: error: no store at {tmp_path / 'absent.db'}\n"


@pytest.mark.parametrize("command", [["quotes"], ["events"], ["search", "bridge"],
                                     ["export", "--format", "csv"]])
def test_queries_on_zeroed_pages_fail_in_one_line(command: list[str], zeroed: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    extra = ["--out", str(tmp_path / "export")] if command[0] == "export" else []
    code, _, err = newsgraph(capsys, monkeypatch, *command, *extra, "--db", str(zeroed))
    assert_one_clear_line(code, err, zeroed)


def test_ingest_refuses_to_write_into_a_damaged_store(zeroed: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "story.txt"
    source.write_text("The mayor said the bridge would open in May.", encoding="utf-8")
    before = zeroed.read_bytes()
    code, _, err = newsgraph(capsys, monkeypatch, "ingest", str(source), "--db", str(zeroed), "--quiet")
    assert_one_clear_line(code, err, zeroed)
    assert zeroed.read_bytes() == before


def test_export_of_a_flipped_store_is_one_line_in_a_real_terminal(intact: Path, tmp_path: Path) -> None:
    broken = damage.flip_in_text(damage.copy(intact, tmp_path / "flipped.db"))
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph", "export", "--out", str(tmp_path / "out"), "--db", str(broken)],
        capture_output=True, text=True, timeout=120,
    )
    assert_one_clear_line(result.returncode, result.stderr, broken)
    assert "not valid UTF-8" in result.stderr
