"""Quotes, events, claims and stances get a ``confidence`` column (issue 11, part 5).

The column mirrors the record's ``confidence`` (``newsgraph.confidence``) so queries,
the API and exports can filter on it (``--min-confidence``, ``min_confidence``)
without parsing ``record_json``. Records stored before this revision carry no
confidence, so their rows stay NULL (kept by the default view, dropped by any
filter); a row whose stored record does carry one (a store stamped back and
upgraded again) gets it from the record.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: Table -> the record list its rows come from.
TABLES = {"quotes": "quotes", "events": "events", "claims": "claims", "stances": "stances"}


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table_name in TABLES:
        present = {column["name"] for column in inspector.get_columns(table_name)}
        if "confidence" not in present:
            with op.batch_alter_table(table_name) as batch:
                batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
    meta = sa.MetaData()
    articles = sa.Table("articles", meta, autoload_with=bind)
    loaded = {name: sa.Table(name, meta, autoload_with=bind) for name in TABLES}
    rows = bind.execute(sa.select(articles.c.id, articles.c.record_json)).fetchall()
    for article_id, record_json in rows:
        record = json.loads(record_json)
        for name, key in TABLES.items():
            table = loaded[name]
            for item in record.get(key) or []:
                confidence = item.get("confidence")
                if confidence is None:
                    continue
                bind.execute(
                    table.update()
                    .where(table.c.article_id == article_id, table.c.id == item.get("id"))
                    .values(confidence=float(confidence))
                )


def downgrade() -> None:
    for table_name in TABLES:
        with op.batch_alter_table(table_name) as batch:
            batch.drop_column("confidence")
