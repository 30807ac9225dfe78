"""Finding the inputs: files, folders, stdin, JSONL lines, feeds and WARC files.

Every reader yields either a ``Document`` or an ``InputFailure``; it never
raises for one bad input, so a batch goes on and the failure is reported with
the input's name. The isolation is per input and happens *inside* the readers
(each file, each JSONL line, each feed entry, each WARC record goes through
``guarded``): a generator that raises is finished, so catching around the
stream would silently drop every input after the bad one. Each input's content
becomes a ``Document`` in ``convert``, by one rule for every format (the input's
own date wins; ``published`` fills in when it has none).

Module order inside ``ingest`` (no cycles): ``document`` < ``convert`` <
``feeds``, ``warc`` < ``readers``.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.ingest.convert import (
    MAX_CHARS,
    document_from_bytes,
    document_from_html,
    document_from_record,
    document_from_text,
    guarded,
    parse_json,
    short_error,
    size_problem,
)
from newsgraph.ingest.document import Document, InputFailure, printable
from newsgraph.ingest.feeds import is_url, read_feed
from newsgraph.ingest.warc import read_warc

# Names other layers import from here (the API, batch, the CLI): the readers'
# public face stays one module even though the conversion lives in ``convert``.
__all__ = [
    "FEED_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "MAX_CHARS",
    "TEXT_SUFFIXES",
    "WARC_SUFFIXES",
    "Document",
    "InputFailure",
    "document_from_html",
    "document_from_record",
    "document_from_text",
    "estimate_total",
    "guarded",
    "parse_json",
    "printable",
    "read_documents",
    "read_sources",
    "size_problem",
]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".gz"}


def read_sources(
    sources: Iterable[str], *, published: dt.date | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Document | InputFailure]:
    """Documents from every source: folders, files, JSONL, feeds (file or URL), WARC files.

    ``published`` fills in the date of every input that has none of its own,
    whatever its format.
    """
    for source in sources:
        if is_url(source):
            yield from read_feed(source, published=published, max_chars=max_chars)
        else:
            yield from read_documents(source, published=published, max_chars=max_chars)


def read_documents(
    source: str | Path,
    *,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document | InputFailure]:
    """Documents from a path, a folder (recursively), or ``-`` for stdin.

    ``published`` fills in the publication date where the input has none.
    """
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        yield guarded(
            "<stdin>",
            document_from_bytes,
            data,
            "<stdin>",
            kind="auto",
            published=published,
            max_chars=max_chars,
        )
        return
    path = Path(source)
    if path.is_dir():
        try:
            children = sorted(p for p in path.rglob("*") if p.is_file())
        except OSError as exc:
            yield InputFailure(name, f"cannot list the folder: {exc.strerror or exc}")
            return
        for child in children:
            suffix = child.suffix.lower()
            if suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES:
                yield from read_documents(child, published=published, max_chars=max_chars)
        return
    if not path.exists():
        yield InputFailure(name, "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, published=published, max_chars=max_chars)
        return
    if suffix in FEED_SUFFIXES:
        yield from read_feed(name, published=published, max_chars=max_chars)
        return
    if suffix in WARC_SUFFIXES and (".warc" in path.name.lower()):
        yield from read_warc(path, published=published, max_chars=max_chars)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(name, f"cannot read: {exc.strerror or exc}")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "json" if suffix in JSON_SUFFIXES else "auto"
    yield guarded(
        name,
        document_from_bytes,
        data,
        name,
        kind=kind,
        published=published,
        max_chars=max_chars,
        default_id=path.stem,
    )


def _read_jsonl(
    path: Path, *, published: dt.date | None, max_chars: int
) -> Iterator[Document | InputFailure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            yield guarded(where, _jsonl_line, raw, where, published, max_chars, f"{path.stem}-{number}")


def _jsonl_line(
    raw: bytes, where: str, published: dt.date | None, max_chars: int, default_id: str
) -> Document | InputFailure:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputFailure(where, f"not a JSON record (the line is not UTF-8: {short_error(exc)})")
    item = parse_json(line, where)
    if isinstance(item, InputFailure):
        return item
    return document_from_record(item, where, published=published, max_chars=max_chars, default_id=default_id)


def estimate_total(sources: Iterable[str]) -> int | None:
    """How many documents the sources hold, when that is cheap to know (folders, files,
    JSONL lines); None when any source is a feed or WARC file, whose size is known
    only by reading it."""
    total = 0
    singles = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for child in path.rglob("*"):
                suffix = child.suffix.lower()
                if suffix in singles and child.is_file():
                    total += 1
                elif suffix in JSONL_SUFFIXES and child.is_file():
                    total += _count_lines(child)
        elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
            total += _count_lines(path)
        elif path.is_file() and path.suffix.lower() in singles:
            total += 1
        else:
            return None
    return total


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())
