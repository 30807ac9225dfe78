"""Hostile inputs written by the tests themselves: each one broke a reader once.

Every function writes bytes that a careless reader chokes on, and returns what
the failure reason must mention, so the ingest, extract and reader tests share
one list.
"""

from __future__ import annotations

import json
from pathlib import Path

#: A plain English article (our own sentences) for the valid inputs around the bad ones.
ARTICLE = (
    "Harbor officials in Port Averin said on Tuesday that the new ferry terminal would open in May, "
    "after inspectors approved the last of the repairs to the eastern pier. "
    '"We are ready for the summer crowds," harbour master Ilse Varga told reporters.'
)

#: Deeper than Python's recursion limit, so the standard JSON parser raises RecursionError.
DEPTH = 100_000
#: More digits than Python converts to an int by default (4,300).
DIGITS = 5_000


def deep_json() -> str:
    """A JSON object nested far too deep: ``{"a": {"a": ... }}``."""
    return '{"a": ' * DEPTH + "1" + "}" * DEPTH


def surrogate_record(article_id: str = "surrogate") -> str:
    """A record whose text has a lone surrogate escape: valid JSON, invalid Unicode."""
    return json.dumps({"id": article_id, "text": ARTICLE + " @@"}).replace("@@", "\\udc00")


def huge_integer_record(article_id: str = "huge") -> str:
    """A valid record except for a 5,000-digit integer in a field nobody reads."""
    return json.dumps({"id": article_id, "text": ARTICLE}).rstrip("}") + ', "views": ' + "7" * DIGITS + "}"


def binary_bytes() -> bytes:
    """What an image or an executable looks like to a reader: every byte value, repeated."""
    return bytes(range(256)) * 40


#: ``(file name, bytes, words the failure reason contains)`` of each bad file.
BAD_FILES: list[tuple[str, bytes, str]] = [
    ("deep.json", deep_json().encode(), "nested too deeply"),
    ("surrogate.json", surrogate_record().encode(), "lone surrogate"),
    ("huge-integer.json", huge_integer_record().encode(), "5,000 digits"),
    ("image.txt", binary_bytes(), "binary"),
]


def write_bad_files(folder: Path) -> dict[str, str]:
    """Write every bad file into ``folder``; return ``{file name: words its reason contains}``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data, _ in BAD_FILES:
        (folder / name).write_bytes(data)
    return {name: words for name, _, words in BAD_FILES}


def write_utf16_files(folder: Path) -> list[str]:
    """The same kind of article as UTF-16 with a byte-order mark and without one (little
    and big endian): valid text, to be read, not refused as binary. Returns their names."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "utf16-bom.txt": ("The story with a byte-order mark. " + ARTICLE).encode("utf-16"),
        "utf16-le.txt": ("The little-endian story. " + ARTICLE).encode("utf-16-le"),
        "utf16-be.txt": ("The big-endian story. " + ARTICLE).encode("utf-16-be"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return list(files)
