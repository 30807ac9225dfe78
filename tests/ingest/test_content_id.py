"""One content id: the readers, the Python API and the store name one text the same way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

import newsgraph
from newsgraph.ingest.convert import document_from_text
from newsgraph.ingest.document import Document, content_id, text_digest
from newsgraph.store import open_store
from newsgraph.store.core import text_hash
from newsgraph.store.schema import articles

ARTICLE = (
    "Mayor Lina Ostrow said on Monday that the city would reopen the old bridge next spring, "
    "after engineers found the repairs cheaper than expected."
)


def test_the_digest_is_the_one_existing_stores_hold() -> None:
    """Stored ``text_hash`` values must never change: this pins the digest of one text."""
    text = "Mayor Lina Ostrow said\n\nthe bridge   would reopen. "
    assert text_digest(text) == "9574f8eb78afd4d9f26fb9af7435f27367b7b1c8"
    assert text_hash(text) == text_digest(text)


def test_a_text_gets_one_id_from_the_readers_the_python_api_and_the_store(tmp_path: Path) -> None:
    from_reader = document_from_text(ARTICLE, "<stdin>")  # stdin, a JSON record without "id"
    record = newsgraph.extract(ARTICLE)
    assert isinstance(from_reader, Document)
    assert from_reader.id == record.article.id == content_id(ARTICLE)
    assert text_digest(ARTICLE).startswith(record.article.id)
    # Other line breaks and spacing: the same content, so the same id; other words, another.
    assert content_id(ARTICLE.replace(" ", "\r\n  ")) == content_id(ARTICLE)
    assert content_id(ARTICLE.replace("old bridge", "new bridge")) != content_id(ARTICLE)
    store = open_store(f"sqlite:///{tmp_path / 'ids.db'}")
    with store:
        store.add_record(record)
        with store.engine.connect() as connection:
            (stored,) = connection.execute(select(articles.c.id, articles.c.text_hash)).all()
    assert stored.id == record.article.id and stored.text_hash.startswith(stored.id)


def test_published_fills_in_a_documents_missing_date_and_never_overrides_it() -> None:
    undated = Document(id="undated", text=ARTICLE)
    dated = Document(id="dated", text=ARTICLE, published=dt.date(2024, 5, 6))
    assert newsgraph.extract(undated, published="2030-01-01").article.published == dt.date(2030, 1, 1)
    assert newsgraph.extract(dated, published="2030-01-01").article.published == dt.date(2024, 5, 6)
    assert undated.published is None  # the caller's Document is left as it was
