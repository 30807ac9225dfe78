"""The input unit: one article's text and metadata, before any analysis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


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
