"""The ``Store`` class: writes records in one transaction each, reads them back as models."""

from __future__ import annotations

import datetime as dt

from newsgraph.records import Record
from newsgraph.store.models import (
    ActorDetail,
    ActorSummary,
    AddOutcome,
    ArticleSummary,
    ClaimRow,
    Counts,
    EventRow,
    Graph,
    IngestError,
    IngestRun,
    Page,
    QuoteRow,
    SearchResults,
    StanceRow,
    Timeline,
)

DEFAULT_URL = "sqlite:///newsgraph.db"


def normalise_url(url: str | None) -> str:
    """An SQLAlchemy URL from what a user typed: a path, ``sqlite:///x.db`` or ``postgresql://...``.

    ``postgresql://`` and ``postgres://`` map to the psycopg 3 driver; a bare path
    (``corpus.db``) means an SQLite file.
    """
    raise NotImplementedError


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``url`` (default ``sqlite:///newsgraph.db``)."""
    raise NotImplementedError


class Store:
    """A corpus of records. Safe to share between threads; SQLite readers run while a writer ingests."""

    url: str

    # -- writing ---------------------------------------------------------------------------
    def start_run(self) -> int:
        """Open an ingest run and return its id (for counts and error records)."""
        raise NotImplementedError

    def finish_run(self, run_id: int) -> IngestRun:
        """Close the run and return its final counts."""
        raise NotImplementedError

    def has_document(self, *, url: str | None = None, article_id: str | None = None,
                     text: str | None = None) -> bool:
        """True when an article with this URL/id and the same normalised text is stored.

        The ingest asks this before extraction, so a rerun skips stored articles
        without parsing them.
        """
        raise NotImplementedError

    def add_record(self, record: Record, *, run_id: int | None = None) -> AddOutcome:
        """Store one record in one transaction.

        ``"unchanged"``: the same text is stored already (by URL, id or text hash);
        ``"replaced"``: the URL or id was stored with different text, and its old
        rows are gone; ``"added"``: new.
        """
        raise NotImplementedError

    def record_failure(self, run_id: int | None, source: str, error: str) -> None:
        """Remember an input that could not be read or extracted."""
        raise NotImplementedError

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and every row derived from it. True if it existed."""
        raise NotImplementedError

    # -- reading ---------------------------------------------------------------------------
    def article(self, article_id: str) -> Record | None:
        """The full record exactly as it was added, or None."""
        raise NotImplementedError

    def articles(self, q: str | None = None, *, since: dt.date | None = None, until: dt.date | None = None,
                 source: str | None = None, limit: int | None = 50, offset: int = 0) -> Page[ArticleSummary]:
        """Articles, newest first; ``q`` is a full-text query over title and text."""
        raise NotImplementedError

    def quotes(self, speaker: str | None = None, *, actor_id: int | None = None,
               since: dt.date | None = None, until: dt.date | None = None, q: str | None = None,
               article_id: str | None = None, limit: int | None = 50, offset: int = 0) -> Page[QuoteRow]:
        """Quotes, newest first. ``speaker`` matches an actor by name or alias (substring,
        case-insensitive); ``q`` searches the quoted words."""
        raise NotImplementedError

    def events(self, actor: str | None = None, *, target: str | None = None, category: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None, actor_id: int | None = None,
               article_id: str | None = None, limit: int | None = 50, offset: int = 0) -> Page[EventRow]:
        """Events, newest first. ``actor``/``target`` is a name (substring) or a
        three-letter country code (``AFG``) matching the actor's country."""
        raise NotImplementedError

    def actors(self, top: int | None = None, *, q: str | None = None, type: str | None = None,
               limit: int | None = None, offset: int = 0) -> Page[ActorSummary]:
        """Actors by number of articles that mention them (most first); ``top`` = limit."""
        raise NotImplementedError

    def actor(self, actor_id: int | str) -> ActorDetail | None:
        """One actor with roles over time, quotes, events as actor and target, stances.

        ``actor_id`` may be the integer id or a name (resolved as in :meth:`find_actor`).
        """
        raise NotImplementedError

    def find_actor(self, name: str) -> ActorSummary | None:
        """The best actor for a name: exact alias, then surname, then substring (most articles)."""
        raise NotImplementedError

    def timeline(self, actor: int | str | None = None, *, since: dt.date | None = None,
                 until: dt.date | None = None, category: str | None = None) -> Timeline:
        """Dated events, quotes and roles of one actor (or events per day and category for all)."""
        raise NotImplementedError

    def search(self, text: str, *, limit: int = 20) -> SearchResults:
        """Full-text search (FTS5 / tsvector) over articles, quotes, events and claims; names over actors."""
        raise NotImplementedError

    def stances(self, holder: str | None = None, *, target: str | None = None, polarity: str | None = None,
                article_id: str | None = None, limit: int | None = 50, offset: int = 0) -> Page[StanceRow]:
        raise NotImplementedError

    def claims(self, claimant: str | None = None, *, q: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, article_id: str | None = None,
               limit: int | None = 50, offset: int = 0) -> Page[ClaimRow]:
        raise NotImplementedError

    def graph(self, *, actor: int | str | None = None, since: dt.date | None = None,
              until: dt.date | None = None, min_count: int = 1, limit: int = 200) -> Graph:
        """The actor network: an edge per (source, target, relation) from events with an
        actor and a target, and from stances; polarity from the event's quad class
        (1-2 positive, 3-4 negative) or the stance; evidence ids link to the articles."""
        raise NotImplementedError

    def counts(self) -> Counts:
        raise NotImplementedError

    def runs(self, limit: int = 20) -> list[IngestRun]:
        raise NotImplementedError

    def errors(self, run_id: int | None = None, *, limit: int | None = 100,
               offset: int = 0) -> Page[IngestError]:
        raise NotImplementedError

    def close(self) -> None:
        """Release the connection pool."""
        raise NotImplementedError
