"""Where a store lives: the URL a user typed, made an SQLAlchemy URL, and the migrations folder.

This module imports nothing of the store, so both the connection code
(:mod:`newsgraph.store.connection`) and the integrity checker
(:mod:`newsgraph.store.integrity`), which must inspect a store *without* opening it,
can use it: the two used to import each other.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_URL = "sqlite:///newsgraph.db"

#: The Alembic scripts shipped inside the package; :func:`open_store` runs them.
MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str | None) -> str:
    """An SQLAlchemy URL from what a user typed: a path, ``sqlite:///x.db`` or ``postgresql://...``.

    ``postgresql://`` and ``postgres://`` map to the psycopg 3 driver; a bare path
    (``corpus.db``) means an SQLite file.
    """
    if not url:
        return DEFAULT_URL
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url
