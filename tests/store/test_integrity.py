"""Damaged stores: real SQLite files written by the store, then zeroed or byte-flipped on disk.

A user must learn which file is broken and what to do, in one line, and
``integrity.check`` must find what SQLite's own check finds and what it cannot
(undecodable text, a record that is no longer JSON).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from newsgraph.store import integrity, normalise_url, open_store
from newsgraph.store.integrity import StoreDamagedError, StoreError, StoreUnavailableError
from tests.store import damage
from tests.support.postgres import scratch_database


@pytest.fixture(scope="module")
def intact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return damage.write_store(tmp_path_factory.mktemp("intact") / "corpus.db")


def test_an_intact_store_passes_the_check(intact: Path) -> None:
    report = integrity.check(str(intact))
    assert report.ok, report.problems
    assert report.store == str(intact)
    assert "integrity_check" in report.method


def test_twenty_zeroed_pages_are_found_and_every_query_names_the_file(intact: Path, tmp_path: Path) -> None:
    broken = damage.zero_middle(damage.copy(intact, tmp_path / "zeroed.db"))
    report = integrity.check(str(broken))
    assert not report.ok
    assert len(report.problems) <= integrity.MAX_PROBLEMS
    store = open_store(str(broken))
    failures = []
    for query in (store.quotes, store.events, store.articles, lambda: store.search("bridge"),
                  lambda: list(store.iter_table("mentions"))):
        try:
            query()
        except StoreDamagedError as exc:
            failures.append(str(exc))
    store.close()
    assert failures, "no query touched the zeroed pages"
    for message in failures:
        assert str(broken) in message and "damaged" in message
        assert "newsgraph check" in message and ".recover" in message
        assert "\n" not in message


def test_a_flipped_byte_in_stored_text_is_found_by_the_scan(intact: Path, tmp_path: Path) -> None:
    broken = damage.flip_in_text(damage.copy(intact, tmp_path / "flipped.db"))
    report = integrity.check(str(broken))
    assert any("is not valid UTF-8" in problem for problem in report.problems), report.problems
    store = open_store(str(broken))
    with pytest.raises(StoreDamagedError, match="not valid UTF-8"):
        store.article("bridge-1-0")
    assert store.article("bridge-1-2") is not None  # the other articles still read
    store.close()


def test_a_record_that_is_no_longer_json_is_reported(intact: Path, tmp_path: Path) -> None:
    broken = damage.copy(intact, tmp_path / "json.db")
    data = broken.read_bytes()
    start = data.find(b'{"schema": "newsgraph/1"')
    assert start >= 0
    broken.write_bytes(data[:start] + b"#" + data[start + 1:])  # still UTF-8, no longer JSON
    assert any("not valid JSON" in problem for problem in integrity.check(str(broken)).problems)
    store = open_store(str(broken))
    damaged = [a.id for a in store.articles(limit=100).items if _unreadable(store, a.id)]
    store.close()
    assert len(damaged) == 1


def _unreadable(store: object, article_id: str) -> bool:
    try:
        store.article(article_id)  # type: ignore[attr-defined]
    except StoreDamagedError as exc:
        assert "cannot be read" in str(exc)
        return True
    return False


def test_a_damaged_header_fails_at_open_with_the_file_named(intact: Path, tmp_path: Path) -> None:
    broken = damage.flip_bytes(damage.copy(intact, tmp_path / "header.db"), list(range(0, 16)))
    with pytest.raises(StoreDamagedError) as caught:
        open_store(str(broken))
    assert str(broken) in str(caught.value)
    assert not integrity.check(str(broken)).ok


def test_the_probe_sees_a_damaged_table_root_and_passes_an_intact_store(intact: Path, tmp_path: Path) -> None:
    store = open_store(str(intact))
    assert integrity.probe(store) is None
    assert integrity.quick_check(store) is None
    store.close()
    broken = damage.copy(intact, tmp_path / "root.db")
    damage.zero_pages(broken, damage.root_page(broken, "quotes"), 1)
    store = open_store(str(broken))
    assert integrity.probe(store) == "database disk image is malformed"
    assert integrity.quick_check(store) is not None
    store.close()


def test_the_check_never_writes(intact: Path, tmp_path: Path) -> None:
    broken = damage.zero_middle(damage.copy(intact, tmp_path / "ro.db"))
    before = broken.read_bytes()
    integrity.check(str(broken))
    assert broken.read_bytes() == before


def test_check_of_a_missing_file_or_unknown_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        integrity.check(str(tmp_path / "absent.db"))
    with pytest.raises(StoreError, match="unsupported database"):
        integrity.check("mysql://x/y")


def test_a_locked_or_unreachable_store_is_unavailable_not_damaged() -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    locked = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    error = integrity.translate(locked, "sqlite:////srv/corpus.db")
    assert isinstance(error, StoreUnavailableError)
    assert str(error) == "the store /srv/corpus.db cannot be read or written: database is locked"
    assert integrity.store_label("postgresql+psycopg://ng:secret@db/news") == "postgresql+psycopg://ng:***@db/news"


@pytest.mark.postgres
def test_postgres_check_counts_rows_and_uses_amcheck_when_installed() -> None:
    with scratch_database("newsgraph_check") as url:
        store = open_store(url)
        for record in damage.numbered_records(4):
            store.add_record(record)
        store.close()
        report = integrity.check(url)
        assert report.ok, report.problems
        assert any("amcheck is not installed" in note for note in report.notes)
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION amcheck"))
        report = integrity.check(url)
        assert report.ok and "amcheck" in report.method and not report.notes
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
        engine.dispose()
        assert any("from_the_future" in problem for problem in integrity.check(url).problems)
