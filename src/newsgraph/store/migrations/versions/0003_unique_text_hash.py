"""One article per normalised text: the text-hash index becomes unique.

The store already refuses a second copy of a text, but two ingests writing at the
same moment (PostgreSQL, several processes) could each see it missing; with a
unique index the second one's transaction fails, is retried, and finds the text
stored ("unchanged").

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_articles_text_hash", table_name="articles")
    op.create_index("ix_articles_text_hash", "articles", ["text_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_articles_text_hash", table_name="articles")
    op.create_index("ix_articles_text_hash", "articles", ["text_hash"], unique=False)
