"""The tables, as SQLAlchemy Core metadata (the migration scripts create the same shape).

Rows that come from one article carry ``article_id`` and are deleted together when
the article is replaced; ``actors`` and ``actor_aliases`` are cross-article.
The full-text table ``search_docs`` is dialect-specific (FTS5 on SQLite, a
``tsvector`` column with a GIN index on PostgreSQL), so it is created by the
migration with raw DDL and addressed here as a lightweight ``table()``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    column,
    false,
    table,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("url", Text, nullable=True),
    Column("title", Text, nullable=True),
    Column("source", Text, nullable=True),
    Column("published", Date, nullable=True),
    Column("language", String(16), nullable=True),
    Column("author", Text, nullable=True),
    Column("text_hash", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("record_json", Text, nullable=False),
    Column("n_entities", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_claims", Integer, nullable=False, default=0),
    Column("run_id", Integer, nullable=True),
    Column("ingested_at", DateTime, nullable=False),
    Index("ix_articles_url", "url"),
    Index("ix_articles_text_hash", "text_hash", unique=True),  # migration 0003
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("norm", Text, nullable=False),
    Column("type", String(64), nullable=False),
    Column("surname", Text, nullable=True),
    Column("country", Text, nullable=True),
    Column("sector", Text, nullable=True),
    # Kept up to date by the store on every write (migration 0002), so listing the
    # most-mentioned actors never aggregates the whole corpus.
    Column("n_articles", Integer, nullable=False, server_default="0"),
    Column("n_mentions", Integer, nullable=False, server_default="0"),
    Column("n_quotes", Integer, nullable=False, server_default="0"),
    Column("n_events", Integer, nullable=False, server_default="0"),
    Column("first_seen", Date, nullable=True),
    Column("last_seen", Date, nullable=True),
    Index("ix_actors_type_surname", "type", "surname"),
    Index("ix_actors_n_articles", "n_articles"),
    Index("ix_actors_country", "country"),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("type", String(64), primary_key=True),
    Column("norm", Text, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Index("ix_actor_aliases_actor", "actor_id"),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Text, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=True),
    Column("name", Text, nullable=False),
    Column("type", String(64), nullable=False),
    Column("country", Text, nullable=True),
    Column("sector", Text, nullable=True),
    Column("n_mentions", Integer, nullable=False, default=0),
    Index("ix_entities_actor", "actor_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("actor_id", Integer, nullable=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_actor", "actor_id"),
)

roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("actor_id", Integer, nullable=True),
    Column("title", Text, nullable=False),
    Column("org", Text, nullable=True),
    Column("published", Date, nullable=True),
    Index("ix_roles_article", "article_id"),
    Index("ix_roles_actor", "actor_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Text, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("cue", Text, nullable=True),
    Column("speaker_entity", Text, nullable=True),
    Column("speaker_name", Text, nullable=True),
    Column("actor_id", Integer, nullable=True),
    Column("time", Text, nullable=True),
    Column("date", Date, nullable=True),
    Column("published", Date, nullable=True),
    Column("confidence", Float, nullable=True),  # migration 0007
    Column("negated", Boolean, nullable=False, server_default=false()),  # migration 0008
    Index("ix_quotes_actor", "actor_id"),
    Index("ix_quotes_date", "date"),
)

events = Table(
    "events",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Text, primary_key=True),
    Column("category", String(64), nullable=False),
    Column("mode", Text, nullable=True),
    Column("lemma", Text, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("time", Text, nullable=True),
    Column("date", Date, nullable=True),
    Column("published", Date, nullable=True),
    Column("place", Text, nullable=True),
    Column("quote", Text, nullable=True),
    Column("modality", String(16), nullable=False),
    Column("quad", Integer, nullable=True),
    Column("score", Float, nullable=True),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float, nullable=True),  # migration 0007
    Index("ix_events_category", "category"),
    Index("ix_events_date", "date"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", Text, nullable=False),
    Column("role", String(8), nullable=False),  # "actor" | "target"
    Column("position", Integer, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("actor_id", Integer, nullable=True),
    Index("ix_event_participants_event", "article_id", "event_id"),
    Index("ix_event_participants_actor", "actor_id", "role"),
)

times = Table(
    "times",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Text, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Text, nullable=True),
    Column("precision", String(16), nullable=False),
    Column("resolved", Boolean, nullable=False),
    # publication | statement | antecedent (migration 0006): what a relative time was read against
    Column("anchor", String(16), nullable=False, server_default="publication"),
    Column("anchor_date", Date, nullable=True),
)

claims = Table(
    "claims",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Text, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("claimant_entity", Text, nullable=True),
    Column("actor_id", Integer, nullable=True),
    Column("quote", Text, nullable=True),
    Column("quantities_json", Text, nullable=False),
    Column("published", Date, nullable=True),
    Column("confidence", Float, nullable=True),  # migration 0007
    Index("ix_claims_actor", "actor_id"),
)

stances = Table(
    "stances",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Text, primary_key=True),
    Column("holder_entity", Text, nullable=False),
    Column("holder_actor", Integer, nullable=True),
    Column("target_entity", Text, nullable=False),
    Column("target_actor", Integer, nullable=True),
    Column("polarity", String(16), nullable=False),
    Column("evidence_json", Text, nullable=False),
    Column("published", Date, nullable=True),
    Column("confidence", Float, nullable=True),  # migration 0007
    Index("ix_stances_holder", "holder_actor"),
    Index("ix_stances_target", "target_actor"),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime, nullable=True),
    Column("added", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("replaced", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    # running | finished | interrupted (migration 0005): a killed run is marked by the next one.
    Column("status", String(16), nullable=False, server_default="finished"),
    Column("host", Text, nullable=True),
    Column("pid", Integer, nullable=True),
    Column("last_active_at", DateTime, nullable=True),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, nullable=True),
    Column("source", Text, nullable=False),
    Column("error", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_ingest_errors_run", "run_id"),
)

#: Per-article tables, children first (deleted in this order when an article is replaced).
ARTICLE_TABLES = (event_participants, mentions, roles, quotes, events, times, claims, stances, entities)

#: The full-text table (see the module docstring): FTS5 on SQLite, tsvector on PostgreSQL.
search_docs = table(
    "search_docs",
    column("body"),
    column("kind"),
    column("article_id"),
    column("record_id"),
)

#: Every table by name, in export order (``newsgraph export`` writes one file each;
#: ``newsgraph check`` reads them all). The full-text table is derived, so it is not here.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        articles,
        actors,
        actor_aliases,
        entities,
        mentions,
        roles,
        quotes,
        events,
        event_participants,
        times,
        claims,
        stances,
        ingest_runs,
        ingest_errors,
    )
}
