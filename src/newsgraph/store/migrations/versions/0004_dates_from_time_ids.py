"""Quote and event dates recomputed from the record's times.

Records link a quote or event to a time expression by id ("t3"); stores written
before this revision read the id itself as a date, so every quote and event row
fell back to the publication date. The stored record (``articles.record_json``)
holds everything needed: each row's date becomes its time's value when that is a
day, else the publication date, as new ingests do.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _day(value: Any, fallback: dt.date | None) -> dt.date | None:
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return fallback


def upgrade() -> None:
    bind = op.get_bind()
    meta = sa.MetaData()
    articles = sa.Table("articles", meta, autoload_with=bind)
    quotes = sa.Table("quotes", meta, autoload_with=bind)
    events = sa.Table("events", meta, autoload_with=bind)
    rows = bind.execute(sa.select(articles.c.id, articles.c.published, articles.c.record_json))
    for article_id, published, record_json in rows.fetchall():
        record = json.loads(record_json)
        values = {t.get("id"): t.get("value") for t in record.get("times") or []}
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        for table, items in ((quotes, record.get("quotes") or []), (events, record.get("events") or [])):
            for item in items:
                date = _day(values.get(item.get("time")), published)
                bind.execute(
                    table.update()
                    .where(table.c.article_id == article_id, table.c.id == item.get("id"))
                    .values(date=date)
                )


def downgrade() -> None:
    pass  # the old dates were wrong; nothing to restore
