"""Real damaged SQLite stores for tests: a store written by newsgraph, copied, then broken on disk.

Each helper works on a copy, the way damage happens in practice (a bad disk, a
copy taken mid-write): zeroed pages, flipped bytes, a damaged header.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from newsgraph.records import Record
from newsgraph.store import open_store
from tests.web.data import bridge_record, ferry_record

#: A word that occurs once in the text of the first stored article only (see ``write_store``).
MARKER = "Quillback"


def numbered_records(n: int) -> list[Record]:
    """``n`` distinct records (the two hand-built ones, each text with its own closing sentence)."""
    records = []
    for i in range(n):
        base = bridge_record() if i % 2 == 0 else ferry_record()
        closing = f" {MARKER} harbour notice." if i == 0 else f" Notice number {i}."
        article = base.article.model_copy(
            update={"id": f"{base.article.id}-{i}", "text": base.article.text + closing})
        records.append(base.model_copy(update={"article": article}))
    return records


def write_store(path: Path, n: int = 60) -> Path:
    """An SQLite store of ``n`` records at ``path``, closed, with its write-ahead log folded in."""
    store = open_store(f"sqlite:///{path}")
    for record in numbered_records(n):
        store.add_record(record)
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])


def root_page(path: Path, table: str) -> int:
    """The page number (1-based) of the root of ``table``'s b-tree."""
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])


def copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def zero_pages(path: Path, first: int, count: int = 20) -> Path:
    """Overwrite ``count`` pages from page ``first`` (1-based) with zeros, as a failed disk write does."""
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek((first - 1) * size)
        handle.write(bytes(size * count))
    return path


def _first_row_pages(path: Path) -> set[int]:
    """The pages holding each table's and index's first row (its root and leftmost leaves):
    what ``/health``'s cheap probe reads."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT pageno FROM dbstat WHERE path IN ('/', '/000/', '/000/000/')").fetchall()
    return {int(page) for (page,) in rows}


def zero_middle(path: Path, count: int = 20) -> Path:
    """Zero ``count`` pages in the middle of the file: mid-table damage, so the window is
    moved past any page holding a table's first row (which the cheap probe would see), as
    the page layout shifts whenever a column is added."""
    pages = path.stat().st_size // page_size(path)
    protected = _first_row_pages(path)
    first = max(2, pages // 2 - count // 2)
    while first + count < pages and protected & set(range(first, first + count)):
        first += 1
    return zero_pages(path, first, count)


def flip_bytes(path: Path, offsets: list[int]) -> Path:
    """Invert the bits of the byte at each offset."""
    with path.open("r+b") as handle:
        for offset in offsets:
            handle.seek(offset)
            value = handle.read(1)[0]
            handle.seek(offset)
            handle.write(bytes([value ^ 0xFF]))
    return path


def flip_in_text(path: Path, word: str = MARKER) -> Path:
    """Flip the first byte of every stored copy of ``word``: the text is no longer UTF-8, and
    SQLite's own b-tree checks cannot see it (it keeps no checksums)."""
    data = path.read_bytes()
    needle = word.encode("utf-8")
    offsets = []
    start = data.find(needle)
    while start != -1:
        offsets.append(start)
        start = data.find(needle, start + 1)
    assert offsets, f"{word!r} is not in {path}"
    return flip_bytes(path, offsets)
