"""Is the store's database intact? Clear errors for damaged files, a cheap probe, a full check.

A damaged database file (a disk fault, a copy taken mid-write, a flipped byte)
surfaces deep inside SQLAlchemy as ``sqlite3.DatabaseError: database disk image
is malformed`` or as a text column that is no longer UTF-8. Those messages say
nothing about which file or what to do, so the store turns every database
failure into a :class:`StoreError` naming the store and the problem:
:class:`StoreDamagedError` when the data itself is broken (restore or re-ingest;
retrying cannot help) and :class:`StoreUnavailableError` otherwise (locked,
unreachable server: retrying may help).

Three levels of checking, from cheap to thorough:

* :func:`translate` — every query: a failure becomes one of the errors above.
* :func:`probe` — ``/health``: reads the schema version and one row of every
  table, a few page reads whatever the corpus size, so a load balancer may call
  it every second. It finds a damaged schema or table root, not a damaged page
  in the middle of a table (queries that touch such a page fail with
  :class:`StoreDamagedError` and the server remembers it, see ``api/health.py``).
* :func:`check` — ``newsgraph check``: SQLite's ``PRAGMA integrity_check`` plus
  a scan that every stored text decodes and every stored record is JSON; on
  PostgreSQL the ``amcheck`` index checks when that extension is installed, else
  the schema version and a full count of every table.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

from newsgraph.errors import NewsgraphError

if TYPE_CHECKING:
    from newsgraph.store.core import Store

#: SQLite result codes (``sqlite3.Error.sqlite_errorname``) that mean the file itself is broken.
SQLITE_DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX",
                                 "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_VTAB"})
#: Words of SQLite messages that mean the same, for errors raised without a result code
#: (Python's sqlite3 reports undecodable text as a plain OperationalError).
_SQLITE_DAMAGE_WORDS = re.compile(r"malformed|not a database|could not decode to utf-8|file is encrypted",
                                  re.IGNORECASE)
#: PostgreSQL SQLSTATEs of class XX that mean damaged data ("data_corrupted", "index_corrupted").
POSTGRES_DAMAGE_STATES = frozenset({"XX001", "XX002"})

#: How many problems ``check`` lists before it stops (a badly damaged file has thousands).
MAX_PROBLEMS = 20

ADVICE = ("restore the file from a backup, or re-ingest the sources into a new store; "
          "for SQLite, `sqlite3 FILE .recover | sqlite3 NEW.db` may save most rows")


class StoreError(NewsgraphError):
    """The store cannot be opened or used (bad URL, unreachable server, newer schema, damaged file)."""


class StoreDamagedError(StoreError):
    """The database's data is damaged: queries cannot succeed until it is restored or rebuilt."""

    def __init__(self, store: str, problem: str) -> None:
        super().__init__(f"the store {store} is damaged ({problem}); run `newsgraph check --db {store}`, "
                         f"then {ADVICE}")
        self.store = store
        self.problem = problem


class StoreUnavailableError(StoreError):
    """The database refused or failed a query for another reason (locked, server gone)."""

    def __init__(self, store: str, problem: str) -> None:
        super().__init__(f"the store {store} cannot be read or written: {problem}")
        self.store = store
        self.problem = problem


def store_label(url: str) -> str:
    """What to call a store in messages: the file of an SQLite URL, else the URL without password."""
    try:
        parsed = make_url(url)
    except Exception:
        return url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


def one_line(message: str, limit: int = 200) -> str:
    """A driver message on one line and at most ``limit`` characters (some quote whole stored texts)."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(exc: BaseException) -> tuple[bool, str]:
    """Whether ``exc`` means damaged data, and the problem in words."""
    original: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if isinstance(original, UnicodeDecodeError):
        return True, "stored text is not valid UTF-8"
    message = str(original)
    decode = re.search(r"could not decode to utf-8 column '([^']*)'", message, re.IGNORECASE)
    if decode:
        return True, f"text in column {decode.group(1)!r} is not valid UTF-8"
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorname", None)
        return code in SQLITE_DAMAGE_CODES or bool(_SQLITE_DAMAGE_WORDS.search(message)), one_line(message)
    state = getattr(original, "sqlstate", None)
    return state in POSTGRES_DAMAGE_STATES, one_line(message)


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` (a driver or SQLAlchemy error) says the stored data is damaged."""
    return describe(exc)[0]


def translate(exc: BaseException, url: str) -> StoreError:
    """The :class:`StoreError` to raise instead of the database error ``exc`` on the store at ``url``."""
    damaged, problem = describe(exc)
    label = store_label(url)
    return StoreDamagedError(label, problem) if damaged else StoreUnavailableError(label, problem)


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Re-raise database failures inside the block as :class:`StoreError` naming the store.

    ``IntegrityError`` passes through unchanged: the store itself catches it to
    retry a write that raced another writer.
    """
    try:
        yield
    except IntegrityError:
        raise
    except (DBAPIError, UnicodeDecodeError) as exc:
        raise translate(exc, url) from exc


def probe(store: Store) -> str | None:
    """None when a cheap look at the store finds nothing wrong, else the problem in words.

    Reads the schema version and the first row of every table: a handful of
    page reads at any corpus size (2-5 ms at 10 and 97 MB). ``PRAGMA quick_check``
    reads every page (266 ms at 97 MB, seconds for gigabytes): too slow for a
    health check a load balancer calls every few seconds
    (``benchmarks/store_health.py``).
    """
    from newsgraph.store.core import TABLES

    try:
        with store.engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT version_num FROM alembic_version")).all()
            for table in TABLES.values():
                # Whole rows: ``SELECT 1`` would be answered from an index, never touching the table.
                conn.execute(select(table).limit(1)).all()
    except (DBAPIError, UnicodeDecodeError) as exc:
        return describe(exc)[1]
    return None


def quick_check(store: Store) -> str | None:
    """SQLite's ``PRAGMA quick_check``: None, or the first problem found.

    It reads every page (not the index contents), ~3 ms per MB on the
    development machine: fine before a long ingest, too slow before each query.
    ``newsgraph ingest`` runs it because writing into a damaged b-tree spreads
    the damage. PostgreSQL has no cheap equivalent; there it returns None.
    """
    if store.engine.dialect.name != "sqlite":
        return None
    try:
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check(1)").all()
    except (DBAPIError, UnicodeDecodeError) as exc:
        return describe(exc)[1]
    found = [line for (value,) in rows for line in str(value).splitlines()
             if line.strip() and line.strip() not in ("ok", "*** in database main ***")]
    return one_line(found[0]) if found else None


@dataclass
class CheckReport:
    """What :func:`check` found. ``ok`` is True when ``problems`` is empty."""

    store: str
    method: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(url: str) -> CheckReport:
    """A full consistency check of the store at ``url``, without opening (or migrating) it.

    The store is not opened with :func:`open_store`, because that would run the
    migrations, i.e. write to a database that may be damaged.
    """
    from newsgraph.store.core import normalise_url

    sa_url = normalise_url(url)
    label = store_label(sa_url)
    try:
        parsed = make_url(sa_url)
    except Exception as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise StoreError("give the store's file: newsgraph check --db corpus.db")
        path = Path(parsed.database).expanduser()
        if not path.is_file():
            raise StoreError(f"no store at {path}")
        return _check_sqlite(path, label)
    if backend == "postgresql":
        from sqlalchemy import create_engine

        engine = create_engine(sa_url)
        try:
            return _check_postgres(engine, label)
        except DBAPIError as exc:
            damaged, problem = describe(exc)
            if damaged:
                return CheckReport(label, "postgresql", problems=[problem])
            raise StoreUnavailableError(label, problem) from exc
        finally:
            engine.dispose()
    raise StoreError(f"unsupported database {backend!r}: use sqlite:/// or postgresql://")


def _check_sqlite(path: Path, label: str) -> CheckReport:
    """``PRAGMA integrity_check`` (the b-trees, indexes, free list), then a decode scan of the rows.

    The file is opened read-only (``mode=ro``): checking must never write. The
    decode scan exists because SQLite keeps no checksums: a flipped byte inside a
    stored text leaves every b-tree intact and only shows when Python decodes it.
    """
    report = CheckReport(label, "sqlite integrity_check + text and record scan")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        report.problems.append(one_line(str(exc)))
        return report
    conn.text_factory = bytes
    try:
        rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
        found = [line for (value,) in rows for line in _text(value).splitlines()
                 if line.strip() and line.strip() not in ("ok", "*** in database main ***")]
        report.problems.extend(one_line(line) for line in found[:MAX_PROBLEMS])
        if not report.problems:
            report.problems.extend(_scan_sqlite_rows(conn))
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # SQLite quotes the broken bytes in its message
        report.problems.append(describe(exc)[1])
    finally:
        conn.close()
    return report


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _scan_sqlite_rows(conn: sqlite3.Connection) -> list[str]:
    """Rows whose text is not UTF-8 or whose stored record is not JSON (up to ``MAX_PROBLEMS``)."""
    from newsgraph.store.core import TABLES

    problems: list[str] = []
    for name, table in TABLES.items():
        columns = [c.name for c in table.c if c.type.python_type is str]
        if not columns:
            continue
        listed = ", ".join(f'"{c}"' for c in columns)
        for row in conn.execute(f'SELECT rowid, {listed} FROM "{name}"'):
            for column, value in zip(columns, row[1:], strict=True):
                if not isinstance(value, bytes):
                    continue
                try:
                    decoded = value.decode("utf-8")
                except UnicodeDecodeError:
                    problems.append(f"{name} row {row[0]}: {column} is not valid UTF-8")
                else:
                    if column == "record_json" and not _is_json(decoded):
                        problems.append(f"{name} row {row[0]}: the stored record is not valid JSON")
                if len(problems) >= MAX_PROBLEMS:
                    return problems
    return problems


def _is_json(value: str) -> bool:
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def _check_postgres(engine: Engine, label: str) -> CheckReport:
    """amcheck's ``bt_index_check`` on every index of our tables when installed; always the
    schema version and a full count of every table (a count reads every heap page, so
    damaged pages raise ``XX001``)."""
    from newsgraph.store.core import TABLES

    report = CheckReport(label, "postgresql schema version + table counts")
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
        head = _head_revision()
        if version != head:
            report.problems.append(f"schema version is {version!r}, this newsgraph expects {head!r}")
        for table in TABLES.values():
            conn.execute(select(func.count()).select_from(table)).scalar_one()
        has_amcheck = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).first()
        if has_amcheck is None:
            report.notes.append("amcheck is not installed: indexes were not checked "
                                "(as a superuser: CREATE EXTENSION amcheck; then check again)")
            return report
        report.method = "postgresql amcheck bt_index_check + schema version + table counts"
        indexes = conn.execute(text(
            "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
            "WHERE a.amname = 'btree' AND t.relname = ANY(:tables)"),
            {"tables": list(TABLES)}).scalars().all()
        for index in indexes:
            try:
                with conn.begin_nested():
                    conn.execute(text("SELECT bt_index_check(CAST(:index AS regclass), true)"),
                                 {"index": index})
            except DBAPIError as exc:
                report.problems.append(f"index {index}: {describe(exc)[1]}")
            if len(report.problems) >= MAX_PROBLEMS:
                break
    return report


def _head_revision() -> str | None:
    """The newest migration this version of newsgraph ships."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from newsgraph.store.core import _MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()
