"""The input unit: one article's text and metadata, before any analysis.

Also the two identities of an input, defined once for every layer: the *content
digest* of a text (``text_digest``: what the store keys articles on, so that the
same article read twice is stored once) and the short *content id* a document gets
when its input names none (``content_id``, a prefix of the same digest).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

#: Hex digits of ``text_digest`` kept in a ``content_id``: 64 bits, so two different
#: articles sharing an id is out of reach for any corpus (birthday bound ~4e9 articles).
CONTENT_ID_LENGTH = 16


@dataclass(slots=True)
class Document:
    """An article as read from a file, a JSONL line, a feed entry or a web page.

    ``text`` is what gets analysed and what every offset points into; when the
    title is known and is not already the text's first line, the reader puts it
    there (as news datasets do) so headlines are analysed too. ``warnings`` are
    things the reader noticed but read past (an unreadable ``published`` field):
    they end up in the record's ``warnings`` so the user sees them.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    author: str | None = None
    language: str | None = "en"
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class InputFailure:
    """One input that could not be read; ``source`` names it for the user."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 (or a hostile id) carries lone surrogates; the
        # failure must still print and store, so they are shown as escapes.
        self.source = printable(self.source)
        self.reason = printable(self.reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def printable(text: str) -> str:
    """``text`` with any lone surrogate written as an escape (``\\udc00``), so it can be
    printed and stored; valid text is returned unchanged."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def text_digest(text: str) -> str:
    """The SHA-1 hex digest (40 characters) of ``text`` with its whitespace normalised.

    Runs of whitespace count as one space and leading/trailing whitespace is dropped,
    so the same article with other line breaks (CRLF, re-wrapped paragraphs) is the
    same content. The store keeps this value as ``articles.text_hash``: changing
    how it is computed would need a migration of every stored row.
    """
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def content_id(text: str) -> str:
    """The id of a document whose input gives none: the first ``CONTENT_ID_LENGTH``
    hex digits of ``text_digest``, so an id can be traced to its stored row."""
    return text_digest(text)[:CONTENT_ID_LENGTH]


def key_id(key: str) -> str:
    """A short id for a document named by a key other than its text (a feed entry's
    id, a page's URL): stable across reads, and as long as a ``content_id``."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:CONTENT_ID_LENGTH]


def unicode_problem(value: str, what: str) -> str | None:
    """Why ``value`` is not valid Unicode text, or ``None``.

    A JSON escape such as ``"\\udc00"`` decodes to a lone surrogate: a Python
    string can hold one, but it cannot be encoded, hashed, stored or printed, so
    it would fail far from its cause. Refusing it at the input names the
    problem; replacing it would silently change the text.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (
            f"the {what} holds a lone surrogate (U+{ord(value[exc.start]):04X} at character "
            f"{exc.start}), which is not valid Unicode text"
        )
    return None


def fields_problem(fields: Mapping[str, object]) -> str | None:
    """Why one of these named text fields cannot be read, stored or printed (it is
    not a string, or it is not valid Unicode), or ``None``. ``None`` values are
    absent fields and fine."""
    for what, value in fields.items():
        if value is None:
            continue
        if not isinstance(value, str):
            return f"the {what} must be a string, not {type(value).__name__}"
        problem = unicode_problem(value, what)
        if problem:
            return problem
    return None


def document_problem(document: Document) -> str | None:
    """Why ``document`` cannot be analysed and stored as it is, or ``None``.

    Documents from newsgraph's readers are checked already; this is for the
    ones a caller builds (the Python API, ``ingest`` given Document objects).
    """
    if not isinstance(document.text, str) or not isinstance(document.id, str):
        return "a Document's text and id must be strings"
    return fields_problem(
        {
            "text": document.text,
            "id": document.id,
            "title": document.title,
            "url": document.url,
            "source": document.source,
            "author": document.author,
        }
    )
