"""Full-text search, the one place where SQLite and PostgreSQL differ.

SQLite: an FTS5 table (``porter`` stemming), queried with ``MATCH`` and ranked by
``bm25``. PostgreSQL: a generated ``tsvector`` column with a GIN index, queried
with ``websearch_to_tsquery`` and ranked by ``ts_rank``. Both accept what a user
types: words (all must match, stemmed), or a "quoted phrase".
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Float, Select, String, Text, cast, func, literal, literal_column, select
from sqlalchemy.engine import Dialect

from newsgraph.store.schema import search_docs

_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def fts5_query(user_text: str) -> str | None:
    """An FTS5 expression that cannot be a syntax error: quoted words, ANDed, or one phrase."""
    # Operator words are not searched for (PostgreSQL's websearch syntax reads them as operators).
    words = [w for w in _WORD.findall(user_text) if w not in _OPERATORS]
    if not words:
        return None
    stripped = user_text.strip()
    if len(stripped) > 1 and stripped[0] == stripped[-1] == '"':
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


def has_terms(user_text: str) -> bool:
    return bool(_WORD.search(user_text))


def match(dialect: Dialect, user_text: str) -> ColumnElement[bool]:
    """A WHERE clause over ``search_docs`` selecting rows matching ``user_text``."""
    if dialect.name == "sqlite":
        return literal_column("search_docs").bool_op("MATCH")(fts5_query(user_text) or '""')
    return literal_column("search_docs.tsv").bool_op("@@")(_tsquery(user_text))


def _tsquery(user_text: str) -> ColumnElement[Any]:
    return func.websearch_to_tsquery(literal_column("'english'::regconfig"), cast(literal(user_text), Text))


def rank(dialect: Dialect, user_text: str) -> ColumnElement[float]:
    """Lower is better on both dialects."""
    if dialect.name == "sqlite":
        return literal_column("bm25(search_docs)", Float)
    return -func.ts_rank(literal_column("search_docs.tsv"), _tsquery(user_text), type_=Float)


def snippet(dialect: Dialect, user_text: str) -> ColumnElement[str]:
    """A short excerpt of the matching body around the matched words."""
    if dialect.name == "sqlite":
        return literal_column("snippet(search_docs, 0, '', '', '…', 24)", String)
    options = 'StartSel="",StopSel="",MaxWords=35,MinWords=12,FragmentDelimiter=" … "'
    return func.ts_headline(
        literal_column("'english'::regconfig"),
        search_docs.c.body,
        _tsquery(user_text),
        cast(literal(options), Text),
        type_=String,
    )


def matching_ids(dialect: Dialect, user_text: str, kind: str) -> Select[tuple[str, str]]:
    """``(article_id, record_id)`` of every ``kind`` row matching the query."""
    return select(search_docs.c.article_id, search_docs.c.record_id).where(
        match(dialect, user_text), search_docs.c.kind == kind
    )


def matching_articles(dialect: Dialect, user_text: str) -> Select[tuple[str]]:
    return select(search_docs.c.article_id).where(match(dialect, user_text), search_docs.c.kind == "article")


__all__ = ["fts5_query", "has_terms", "match", "matching_articles", "matching_ids", "rank", "snippet"]
