"""Step 2a of the store: ingest-run bookkeeping — open, count, close and recover runs, record failures.

A run is one ``newsgraph ingest``: its counts (added, unchanged, replaced, failed),
the inputs that failed, and enough about its process (host, pid, last activity) for
a later ingest to tell a run that is still going from one that was killed.
"""

from __future__ import annotations

import datetime as dt
import os
import socket

from sqlalchemy import insert, select, update

from newsgraph.store.connection import Database, utc_now
from newsgraph.store.models import IngestError, IngestRun, Page, RunStatus
from newsgraph.store.schema import ingest_errors, ingest_runs

#: A run still marked ``running`` that has stored nothing for this long is taken
#: to be dead even when its process cannot be checked (it ran on another machine).
#: One article takes seconds, so hours of silence mean the process is gone.
STALE_RUN_AFTER = dt.timedelta(hours=6)


def _process_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine (signal 0 only checks)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return True


class RunBook(Database):
    """The ``ingest_runs`` and ``ingest_errors`` tables, written and read."""

    def start_run(self) -> int:
        """Open an ingest run and return its id (for counts and error records).

        The run records this machine and process so that a later ingest can tell
        whether it is still going (see :meth:`mark_interrupted_runs`).
        """
        now = utc_now()
        with self._write() as conn:
            result = conn.execute(
                insert(ingest_runs).values(
                    started_at=now,
                    added=0,
                    unchanged=0,
                    replaced=0,
                    failed=0,
                    status="running",
                    host=socket.gethostname(),
                    pid=os.getpid(),
                    last_active_at=now,
                )
            )
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, *, skipped: int = 0, status: RunStatus = "finished") -> IngestRun:
        """Close the run and return its final counts.

        ``skipped``: documents the ingest found stored before extracting them (by
        text hash); they are added to the run's ``unchanged`` count. ``status`` is
        ``"interrupted"`` when the ingest stopped early (Ctrl-C, an error) and
        knows it.
        """
        now = utc_now()
        with self._write() as conn:
            conn.execute(
                update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(
                    finished_at=now,
                    last_active_at=now,
                    status=status,
                    unchanged=ingest_runs.c.unchanged + skipped,
                )
            )
            row = conn.execute(select(ingest_runs).where(ingest_runs.c.id == run_id)).one()
        return IngestRun.model_validate(row._asdict())

    def mark_interrupted_runs(self) -> list[IngestRun]:
        """Mark runs that died without finishing (killed, machine crashed) as ``interrupted``.

        A run is dead when it ran on this machine and its process is gone, or
        when it has stored nothing for :data:`STALE_RUN_AFTER` (a run on another
        machine, whose process cannot be checked from here). A live concurrent
        ingest is left alone. Returns the runs it marked.
        """
        host = socket.gethostname()
        stale_before = utc_now() - STALE_RUN_AFTER
        with self._write() as conn:
            running = conn.execute(select(ingest_runs).where(ingest_runs.c.status == "running")).all()
            dead = [
                row.id
                for row in running
                if (row.host == host and row.pid is not None and not _process_alive(row.pid))
                or row.host is None
                or (row.last_active_at or row.started_at) < stale_before
            ]
            if not dead:
                return []
            conn.execute(
                update(ingest_runs).where(ingest_runs.c.id.in_(dead)).values(status="interrupted")
            )
            rows = conn.execute(select(ingest_runs).where(ingest_runs.c.id.in_(dead))).all()
        return [IngestRun.model_validate(r._asdict()) for r in rows]

    def record_failure(self, run_id: int | None, source: str, error: str) -> None:
        """Remember an input that could not be read or extracted."""
        with self._write() as conn:
            conn.execute(
                insert(ingest_errors).values(run_id=run_id, source=source, error=error, at=utc_now())
            )
            if run_id is not None:
                conn.execute(
                    update(ingest_runs)
                    .where(ingest_runs.c.id == run_id)
                    .values(failed=ingest_runs.c.failed + 1, last_active_at=utc_now())
                )

    def runs(self, limit: int = 20) -> list[IngestRun]:
        """The latest ingest runs, newest first."""
        with self._read() as conn:
            rows = conn.execute(select(ingest_runs).order_by(ingest_runs.c.id.desc()).limit(limit)).all()
        return [IngestRun.model_validate(r._asdict()) for r in rows]

    def errors(
        self, run_id: int | None = None, *, limit: int | None = 100, offset: int = 0
    ) -> Page[IngestError]:
        """Inputs that failed, newest first (of one run, or of all)."""
        query = select(
            ingest_errors.c.run_id, ingest_errors.c.source, ingest_errors.c.error, ingest_errors.c.at
        )
        if run_id is not None:
            query = query.where(ingest_errors.c.run_id == run_id)
        query = query.order_by(ingest_errors.c.id.desc())
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        return Page(
            total=total,
            limit=limit,
            offset=offset,
            items=[IngestError.model_validate(r._asdict()) for r in rows],
        )
