"""A killed ingest (SIGKILL half-way) leaves whole articles only, and a rerun finishes the job exactly
and marks the killed run interrupted."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from newsgraph import synthetic
from newsgraph.corpus import ingest
from newsgraph.store import open_store

N = 40


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def test_kill_half_way_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    synthetic.write(N, folder, seed=3)
    db = tmp_path / "corpus.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "ingest", str(folder), "--db", f"sqlite:///{db}", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while stored_articles(db) < N // 4 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the ingest finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    before = stored_articles(db)
    assert N // 4 <= before < N

    store = open_store(f"sqlite:///{db}")
    # Every stored article is complete: its rows match its record.
    for item in store.articles(limit=None).items:
        record = store.article(item.id)
        assert record is not None
        assert store.quotes(article_id=item.id, limit=None).total == len(record.quotes)
        assert store.events(article_id=item.id, limit=None).total == len(record.events)
    summary = ingest([str(folder)], store)
    assert (summary.unchanged, summary.added, summary.failed) == (before, N - before, 0)
    # The killed run never finished; the rerun found its process gone and says so.
    assert [run.status for run in summary.interrupted_runs] == ["interrupted"]
    assert [(run.status, run.finished_at is None) for run in store.runs()] == [
        ("finished", False),
        ("interrupted", True),
    ]
    assert store.counts().articles == N
    ids = [a.id for a in store.articles(limit=None).items]
    assert len(ids) == len(set(ids)) == N
    store.close()
