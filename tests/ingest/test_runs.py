"""Run bookkeeping: a run's status, killed runs marked interrupted, times with their UTC offset,
and failures caught at the one input that caused them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from newsgraph.corpus import ingest, runner
from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import InputFailure
from newsgraph.records import Record
from newsgraph.store import Store, open_store
from newsgraph.store.schema import ingest_runs
from tests.ingest.hostile import ARTICLE
from tests.store.records import levy_record


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'runs.db'}")
    yield store
    store.close()


def fake_extractor(documents: Iterable[Document]) -> Iterator[Record]:
    """Records without parsing: the levy record under each document's id and text."""
    template = levy_record()
    for document in documents:
        article = template.article.model_copy(update={"id": document.id, "text": document.text, "url": None})
        yield template.model_copy(update={"article": article, "entities": [], "quotes": [], "events": []})


def documents(n: int, prefix: str = "doc") -> list[Document]:
    return [Document(id=f"{prefix}-{i}", text=f"Article {prefix} number {i}. {ARTICLE}") for i in range(n)]


def dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_finished_run_says_so(store: Store) -> None:
    summary = ingest(documents(3), store, extractor=fake_extractor)
    (run,) = store.runs()
    assert (run.id, run.status, run.added) == (summary.run_id, "finished", 3)
    assert run.finished_at is not None


def test_a_killed_run_is_marked_interrupted_by_the_next_one(store: Store) -> None:
    killed = store.start_run()
    with store.engine.begin() as conn:
        conn.execute(update(ingest_runs).where(ingest_runs.c.id == killed).values(pid=dead_pid()))
    summary = ingest(documents(2), store, extractor=fake_extractor)
    assert [run.id for run in summary.interrupted_runs] == [killed]
    statuses = {run.id: (run.status, run.finished_at) for run in store.runs()}
    assert statuses[killed] == ("interrupted", None)
    assert statuses[summary.run_id][0] == "finished"


def test_a_live_concurrent_run_is_left_running(store: Store) -> None:
    live = store.start_run()  # this very process: alive
    ingest(documents(1), store, extractor=fake_extractor)
    assert {run.id: run.status for run in store.runs()}[live] == "running"


def test_a_run_on_another_machine_is_interrupted_only_after_hours_of_silence(store: Store) -> None:
    quiet, recent = store.start_run(), store.start_run()
    long_ago = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=1)
    with store.engine.begin() as conn:
        conn.execute(
            update(ingest_runs).where(ingest_runs.c.id.in_([quiet, recent])).values(host="elsewhere")
        )
        conn.execute(update(ingest_runs).where(ingest_runs.c.id == quiet).values(last_active_at=long_ago))
    marked = store.mark_interrupted_runs()
    assert [run.id for run in marked] == [quiet]
    assert {run.id: run.status for run in store.runs()}[recent] == "running"


def test_an_ingest_stopped_by_ctrl_c_marks_its_own_run_interrupted(store: Store) -> None:
    def interrupted(documents: Iterable[Document]) -> Iterator[Record]:
        for _ in documents:
            raise KeyboardInterrupt
        return iter(())

    with pytest.raises(KeyboardInterrupt):
        ingest(documents(2), store, extractor=interrupted)
    (run,) = store.runs()
    assert run.status == "interrupted"


def test_the_cli_lists_runs_with_their_status(store: Store) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli.main import app

    killed = store.start_run()
    with store.engine.begin() as conn:
        conn.execute(update(ingest_runs).where(ingest_runs.c.id == killed).values(pid=dead_pid()))
    ingest(documents(1), store, extractor=fake_extractor)
    result = CliRunner().invoke(app, ["runs", "--db", store.url, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(row["id"], row["status"]) for row in rows] == [(killed + 1, "finished"), (killed, "interrupted")]


def test_stored_times_carry_their_utc_offset(store: Store) -> None:
    before = dt.datetime.now(dt.UTC)
    ingest(documents(1), store, extractor=fake_extractor)
    (article,) = store.articles().items
    (run,) = store.runs()
    assert article.ingested_at is not None and article.ingested_at.utcoffset() == dt.timedelta(0)
    assert before - dt.timedelta(seconds=60) < article.ingested_at < dt.datetime.now(dt.UTC)
    assert run.started_at.utcoffset() == dt.timedelta(0)
    dumped = article.model_dump(mode="json")["ingested_at"]
    assert dumped.endswith(("Z", "+00:00")), dumped


def test_a_caller_document_with_a_lone_surrogate_is_one_failure(store: Store) -> None:
    bad = Document(id="bad\udc00", text=ARTICLE + " \ud800")
    summary = ingest([*documents(1, "a"), bad, *documents(1, "b")], store, extractor=fake_extractor)
    assert (summary.added, summary.failed) == (2, 1)
    (error,) = store.errors(summary.run_id).items
    assert "lone surrogate" in error.error and error.source == "bad\\udc00"


def test_a_reader_that_raises_anyway_fails_its_source_and_the_next_source_is_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_sources(sources: Iterable[str], **_: object) -> Iterator[Document | InputFailure]:
        for source in sources:
            if source == "broken":
                yield documents(1, "before-the-bug")[0]
                raise RuntimeError("a reader bug")
            yield from documents(2, source)

    monkeypatch.setattr(runner, "read_sources", read_sources)
    summary = ingest(["broken", "fine"], store, extractor=fake_extractor)
    assert (summary.added, summary.failed) == (3, 1)
    (error,) = store.errors(summary.run_id).items
    assert error.source == "broken" and "a reader bug" in error.error and "not read" in error.error
