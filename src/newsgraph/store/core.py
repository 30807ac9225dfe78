"""The ``Store`` façade: one object with every write and read of the corpus, and :func:`open_store`.

The code lives in one module per step; :class:`Store` only combines them, so the
API, the web UI, the CLI and the corpus runner keep calling ``store.quotes(...)``,
``store.add_record(...)`` and the rest unchanged:

1. connection (:mod:`~newsgraph.store.connection`; URL and migrations folder in
   :mod:`~newsgraph.store.location`): engine, dialect set-up, migrations, error translation;
2. write path (:mod:`~newsgraph.store.writes`, with the record's rows from
   :mod:`~newsgraph.store.rows`, actor identity from :mod:`~newsgraph.store.aliasing`
   and run bookkeeping from :mod:`~newsgraph.store.runs`);
3. read queries by resource (:mod:`~newsgraph.store.queries`).
"""

from __future__ import annotations

from newsgraph.store.connection import open_engine
from newsgraph.store.location import DEFAULT_URL, MIGRATIONS, normalise_url
from newsgraph.store.queries.actors import ActorQueries
from newsgraph.store.queries.corpus import CorpusViews
from newsgraph.store.queries.records import QUOTE_KINDS
from newsgraph.store.runs import STALE_RUN_AFTER
from newsgraph.store.schema import TABLES
from newsgraph.store.writes import DuplicateText, Writer, text_hash

__all__ = [
    "DEFAULT_URL",
    "MIGRATIONS",
    "QUOTE_KINDS",
    "STALE_RUN_AFTER",
    "TABLES",
    "DuplicateText",
    "Store",
    "normalise_url",
    "open_store",
    "text_hash",
]


class Store(Writer, ActorQueries, CorpusViews):
    """A corpus of records. Safe to share between threads; SQLite readers run while a writer ingests."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``url`` (default ``sqlite:///newsgraph.db``)."""
    engine, sa_url = open_engine(url)
    return Store(engine, sa_url)
