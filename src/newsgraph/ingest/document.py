"""The input unit: one article's text and metadata, before any analysis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(slots=True)
class Document:
    """An article as read from a file, a JSONL line, a feed entry or a web page.

    ``text`` is what gets analysed and what every offset points into; when the
    title is known and is not already the text's first line, the reader puts it
    there (as news datasets do) so headlines are analysed too.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    author: str | None = None
    language: str | None = "en"
