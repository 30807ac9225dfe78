"""The lexicon loader: shipped lists, a user overlay, and clear errors for a bad overlay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph import lexicons
from newsgraph.errors import ConfigError
from newsgraph.lexicons import Lexicons, Overlay


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A stand-in for ``data/lexicon/`` with two small lists."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "speech_verbs.txt").write_text("# verbs of saying\nsay\ntell  # to someone\n\nadd\n", "utf-8")
    (folder / "country_aliases.tsv").write_text("u.s.\tUSA\nuk\tGBR\n", "utf-8")
    monkeypatch.setattr(lexicons, "LEXICON_DIR", folder)
    lexicons._shipped.cache_clear()
    yield folder
    lexicons._shipped.cache_clear()


def test_shipped_lists_skip_comments_and_blank_lines(shipped: Path) -> None:
    found = Lexicons(Overlay())
    assert found.words("speech_verbs") == {"say", "tell", "add"}
    assert found.table("country_aliases") == {"u.s.": "USA", "uk": "GBR"}


def test_an_overlay_adds_and_removes_entries(shipped: Path, tmp_path: Path) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text(
        "speech_verbs: {add: [quip], remove: [tell]}\ncountry_aliases: {add: {blighty: GBR}, remove: [uk]}\n",
        "utf-8",
    )
    found = Lexicons(overlay)
    assert found.words("speech_verbs") == {"say", "add", "quip"}
    assert found.table("country_aliases") == {"u.s.": "USA", "blighty": "GBR"}
    assert Lexicons(Overlay()).words("speech_verbs") == {
        "say",
        "tell",
        "add",
    }  # the shipped lists are untouched


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- just a list\n", "expected a mapping"),
        ("speech_verbs: [quip]\n", "needs 'add' and/or 'remove'"),
        ("no_such_list: {add: [x]}\n", "no list named 'no_such_list'"),
        ("speech_verbs: {add: [unclosed\n", "cannot read"),
    ],
)
def test_a_bad_overlay_is_a_config_error_naming_the_file(
    shipped: Path, tmp_path: Path, content: str, message: str
) -> None:
    overlay = tmp_path / "bad.yaml"
    overlay.write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        Lexicons(overlay)
    assert str(overlay) in str(caught.value)
