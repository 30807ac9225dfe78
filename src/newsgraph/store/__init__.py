"""The corpus store: every extracted record, queryable across articles.

One schema through SQLAlchemy 2 on SQLite (default, ``./newsgraph.db``, no server)
or PostgreSQL (``postgresql://user@host/db``). Migrations ship inside the package
and run on :func:`open_store`, so users never run Alembic by hand.

Writing::

    store = open_store("sqlite:///corpus.db")
    run_id = store.start_run()
    outcome = store.add_record(record, run_id=run_id)   # "added" | "unchanged" | "replaced"
    store.record_failure(run_id, "feed.xml:3", "no article text")
    store.finish_run(run_id)

Reading (pydantic models from :mod:`newsgraph.store.models`; list calls return a
:class:`Page` with ``total`` and ``items``)::

    store.article("kabul")                 # the full newsgraph/1 Record, exactly as added
    store.articles(q="Doha", since=date(2024, 1, 1), limit=20, offset=0)
    store.quotes(speaker="Harris", since=date(2024, 9, 1), kind="direct")
    store.events(actor="AFG", category="ACCUSE")
    store.actors(top=20), store.actor(3), store.timeline("Taliban")
    store.entity_actors("kabul")          # {"e1": 3, ...}: each entity's corpus actor
    store.search("Doha agreement"), store.stances(), store.claims(), store.graph(), store.counts()

Cross-article identity (see docs/store.md): an entity becomes an *actor* keyed by
type and normalised name; a one-word person name joins the single person actor
whose surname it is (and a full name joins a surname-only actor), so "Trump" and
"Donald Trump" are one actor. Per-article entities are kept and link to actors.
"""

from __future__ import annotations

from newsgraph.store.core import DEFAULT_URL, QUOTE_KINDS, Store, normalise_url, open_store
from newsgraph.store.models import (
    ActorDetail,
    ActorRef,
    ActorSummary,
    AddOutcome,
    ArticleSummary,
    ClaimRow,
    Counts,
    DayCount,
    EventRow,
    Evidence,
    Graph,
    GraphEdge,
    GraphNode,
    IngestError,
    IngestRun,
    Page,
    QuoteRow,
    RoleRow,
    SearchHit,
    SearchResults,
    StanceRow,
    Timeline,
    TimelineItem,
)

__all__ = [
    "DEFAULT_URL",
    "QUOTE_KINDS",
    "ActorDetail",
    "ActorRef",
    "ActorSummary",
    "AddOutcome",
    "ArticleSummary",
    "ClaimRow",
    "Counts",
    "DayCount",
    "EventRow",
    "Evidence",
    "Graph",
    "GraphEdge",
    "GraphNode",
    "IngestError",
    "IngestRun",
    "Page",
    "QuoteRow",
    "RoleRow",
    "SearchHit",
    "SearchResults",
    "StanceRow",
    "Store",
    "Timeline",
    "TimelineItem",
    "normalise_url",
    "open_store",
]
