"""Ingest runs get a status (running, finished, interrupted) and the process that ran them.

A killed ingest never reached ``finish_run``, so its row kept ``finished_at``
empty forever and looked like a run still going. Each run now records its
host and process id and when it last stored something; the next ingest marks
a run whose process is gone (or that has been silent for hours) as
``interrupted``. Runs of stores written before this revision that never
finished are marked interrupted here: no process of the older version can
still be writing once the store is upgraded under it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only the missing columns are added, so a store stamped back to an older revision
    # (to redo a data migration) upgrades again cleanly.
    present = {column["name"] for column in sa.inspect(op.get_bind()).get_columns("ingest_runs")}
    wanted: list[sa.Column[Any]] = [
        sa.Column("status", sa.String(16), nullable=False, server_default="finished"),
        sa.Column("host", sa.Text(), nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("last_active_at", sa.DateTime(), nullable=True),
    ]
    missing = [column for column in wanted if column.name not in present]
    if missing:
        with op.batch_alter_table("ingest_runs") as batch:
            for column in missing:
                batch.add_column(column)
    if "status" not in present:
        op.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE finished_at IS NULL")
    if "last_active_at" not in present:
        op.execute("UPDATE ingest_runs SET last_active_at = COALESCE(finished_at, started_at)")


def downgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        batch.drop_column("last_active_at")
        batch.drop_column("pid")
        batch.drop_column("host")
        batch.drop_column("status")
