"""Per-actor counts kept on the actor row (articles, mentions, quotes, events, first/last seen).

Listing the most-mentioned actors aggregated every entity row of the corpus; with
the counts stored (and an index on ``n_articles``) it is an index scan. Existing
rows are filled in from the per-article tables.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COUNTS = ("n_articles", "n_mentions", "n_quotes", "n_events")


def upgrade() -> None:
    with op.batch_alter_table("actors") as batch:
        for name in _COUNTS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("first_seen", sa.Date(), nullable=True))
        batch.add_column(sa.Column("last_seen", sa.Date(), nullable=True))
    op.create_index("ix_actors_n_articles", "actors", ["n_articles"], unique=False)
    op.execute(
        "UPDATE actors SET "
        "n_articles = (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.actor_id = actors.id), "
        "n_mentions = (SELECT coalesce(sum(e.n_mentions), 0) FROM entities e WHERE e.actor_id = actors.id), "
        "n_quotes = (SELECT count(*) FROM quotes q WHERE q.actor_id = actors.id), "
        "n_events = (SELECT count(*) FROM event_participants p WHERE p.actor_id = actors.id), "
        "first_seen = (SELECT min(a.published) FROM entities e JOIN articles a ON a.id = e.article_id "
        "WHERE e.actor_id = actors.id), "
        "last_seen = (SELECT max(a.published) FROM entities e JOIN articles a ON a.id = e.article_id "
        "WHERE e.actor_id = actors.id)"
    )


def downgrade() -> None:
    op.drop_index("ix_actors_n_articles", table_name="actors")
    with op.batch_alter_table("actors") as batch:
        for name in (*_COUNTS, "first_seen", "last_seen"):
            batch.drop_column(name)
