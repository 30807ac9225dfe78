"""Quotes get a ``negated`` column: attributions of something the source did not say.

"Banks did not say whether the strike would spread" is an attribution (PolNeAR
annotates it so), but its content is not Banks's statement; the record's
``Quote.negated`` says so, and the column lets queries, the API and exports show or
leave out such rows without parsing ``record_json``. Rows stored before this revision
get the value their stored record carries (false for records written before the
field existed).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    present = {column["name"] for column in sa.inspect(bind).get_columns("quotes")}
    if "negated" not in present:
        with op.batch_alter_table("quotes") as batch:
            batch.add_column(sa.Column("negated", sa.Boolean(), nullable=False, server_default=sa.false()))
    meta = sa.MetaData()
    articles = sa.Table("articles", meta, autoload_with=bind)
    quotes = sa.Table("quotes", meta, autoload_with=bind)
    rows = bind.execute(sa.select(articles.c.id, articles.c.record_json)).fetchall()
    for article_id, record_json in rows:
        negated = [q.get("id") for q in json.loads(record_json).get("quotes") or [] if q.get("negated")]
        if negated:
            bind.execute(
                quotes.update()
                .where(quotes.c.article_id == article_id, quotes.c.id.in_(negated))
                .values(negated=True)
            )


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("negated")
