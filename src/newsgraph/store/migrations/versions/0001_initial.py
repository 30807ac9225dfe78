"""The initial schema: articles, actors, per-article rows, ingest bookkeeping, full-text search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("surname", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("sector", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_actors_country", "actors", ["country"], unique=False)
    op.create_index("ix_actors_type_surname", "actors", ["type", "surname"], unique=False)
    op.create_table(
        "articles",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("text_hash", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("record_json", sa.Text(), nullable=False),
        sa.Column("n_entities", sa.Integer(), nullable=False),
        sa.Column("n_quotes", sa.Integer(), nullable=False),
        sa.Column("n_events", sa.Integer(), nullable=False),
        sa.Column("n_claims", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_articles_published", "articles", ["published"], unique=False)
    op.create_index("ix_articles_source", "articles", ["source"], unique=False)
    op.create_index("ix_articles_text_hash", "articles", ["text_hash"], unique=False)
    op.create_index("ix_articles_url", "articles", ["url"], unique=False)
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_ingest_errors_run", "ingest_errors", ["run_id"], unique=False)
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("replaced", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("type", "norm"),
    )
    op.create_index("ix_actor_aliases_actor", "actor_aliases", ["actor_id"], unique=False)
    op.create_table(
        "claims",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("claimant_entity", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("quantities_json", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_claims_actor", "claims", ["actor_id"], unique=False)
    op.create_table(
        "entities",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("sector", sa.Text(), nullable=True),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
        ),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_entities_actor", "entities", ["actor_id"], unique=False)
    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_event_participants_actor", "event_participants", ["actor_id", "role"], unique=False)
    op.create_index(
        "ix_event_participants_event", "event_participants", ["article_id", "event_id"], unique=False
    )
    op.create_table(
        "events",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.Text(), nullable=True),
        sa.Column("lemma", sa.Text(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("time", sa.Text(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("quad", sa.Integer(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_events_category", "events", ["category"], unique=False)
    op.create_index("ix_events_date", "events", ["date"], unique=False)
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mentions_actor", "mentions", ["actor_id"], unique=False)
    op.create_index("ix_mentions_article", "mentions", ["article_id"], unique=False)
    op.create_table(
        "quotes",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("speaker_entity", sa.Text(), nullable=True),
        sa.Column("speaker_name", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("time", sa.Text(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_quotes_actor", "quotes", ["actor_id"], unique=False)
    op.create_index("ix_quotes_date", "quotes", ["date"], unique=False)
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("org", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_roles_actor", "roles", ["actor_id"], unique=False)
    op.create_index("ix_roles_article", "roles", ["article_id"], unique=False)
    op.create_table(
        "stances",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("holder_entity", sa.Text(), nullable=False),
        sa.Column("holder_actor", sa.Integer(), nullable=True),
        sa.Column("target_entity", sa.Text(), nullable=False),
        sa.Column("target_actor", sa.Integer(), nullable=True),
        sa.Column("polarity", sa.String(length=16), nullable=False),
        sa.Column("evidence_json", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_stances_holder", "stances", ["holder_actor"], unique=False)
    op.create_index("ix_stances_target", "stances", ["target_actor"], unique=False)
    op.create_table(
        "times",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("precision", sa.String(length=16), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    _create_search()


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_docs")
    op.drop_table("times")
    op.drop_index("ix_stances_target", table_name="stances")
    op.drop_index("ix_stances_holder", table_name="stances")
    op.drop_table("stances")
    op.drop_index("ix_roles_article", table_name="roles")
    op.drop_index("ix_roles_actor", table_name="roles")
    op.drop_table("roles")
    op.drop_index("ix_quotes_date", table_name="quotes")
    op.drop_index("ix_quotes_actor", table_name="quotes")
    op.drop_table("quotes")
    op.drop_index("ix_mentions_article", table_name="mentions")
    op.drop_index("ix_mentions_actor", table_name="mentions")
    op.drop_table("mentions")
    op.drop_index("ix_events_date", table_name="events")
    op.drop_index("ix_events_category", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_event_participants_event", table_name="event_participants")
    op.drop_index("ix_event_participants_actor", table_name="event_participants")
    op.drop_table("event_participants")
    op.drop_index("ix_entities_actor", table_name="entities")
    op.drop_table("entities")
    op.drop_index("ix_claims_actor", table_name="claims")
    op.drop_table("claims")
    op.drop_index("ix_actor_aliases_actor", table_name="actor_aliases")
    op.drop_table("actor_aliases")
    op.drop_table("ingest_runs")
    op.drop_index("ix_ingest_errors_run", table_name="ingest_errors")
    op.drop_table("ingest_errors")
    op.drop_index("ix_articles_url", table_name="articles")
    op.drop_index("ix_articles_text_hash", table_name="articles")
    op.drop_index("ix_articles_source", table_name="articles")
    op.drop_index("ix_articles_published", table_name="articles")
    op.drop_table("articles")
    op.drop_index("ix_actors_type_surname", table_name="actors")
    op.drop_index("ix_actors_country", table_name="actors")
    op.drop_table("actors")


def _create_search() -> None:
    """Full-text search: an FTS5 table on SQLite, a generated tsvector with a GIN index on PostgreSQL."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_docs USING fts5("
            "body, kind UNINDEXED, article_id UNINDEXED, record_id UNINDEXED, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        return
    op.execute(
        "CREATE TABLE search_docs ("
        "id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL, kind VARCHAR(16) NOT NULL, "
        "article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
        "record_id TEXT, "
        "tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)"
    )
    op.execute("CREATE INDEX ix_search_docs_tsv ON search_docs USING GIN (tsv)")
    op.execute("CREATE INDEX ix_search_docs_article ON search_docs (article_id)")
