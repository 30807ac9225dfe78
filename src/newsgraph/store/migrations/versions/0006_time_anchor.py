"""Time expressions say what a relative time was read against (issue 11, part 4).

A "today" inside a quotation is the day the statement was made, not the day the article
was published, when the article dates the statement; "that day" is the day named before
it. Each stored time now keeps its ``anchor`` ("publication", "statement" or
"antecedent") and the ``anchor_date`` its value was computed from. Rows stored before
this revision were all read against the publication date: they get ``publication`` and
no date (re-ingesting an article fills the date in).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only the missing columns are added, so a store stamped back to an older revision
    # (to redo a data migration) upgrades again cleanly.
    present = {column["name"] for column in sa.inspect(op.get_bind()).get_columns("times")}
    wanted: list[sa.Column[Any]] = [
        sa.Column("anchor", sa.String(16), nullable=False, server_default="publication"),
        sa.Column("anchor_date", sa.Date(), nullable=True),
    ]
    missing = [column for column in wanted if column.name not in present]
    if missing:
        with op.batch_alter_table("times") as batch:
            for column in missing:
                batch.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table("times") as batch:
        batch.drop_column("anchor_date")
        batch.drop_column("anchor")
