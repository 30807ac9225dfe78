"""Step 1 of the store: the connection — engine, dialect set-up, migrations, error translation.

:func:`open_engine` turns what a user typed into a migrated SQLAlchemy engine;
:class:`Database` holds it and gives every other part of the store its two ways in:
``_write()`` (one transaction that takes the write lock first, so two writers queue
instead of failing half-way) and ``_read()``. Both translate a database's own
errors into the store's (:func:`newsgraph.store.integrity.database_errors`), so a
damaged file is reported in one line wherever it is met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, Select, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from newsgraph.store.integrity import StoreError, database_errors, is_damage, one_line, translate
from newsgraph.store.location import DEFAULT_URL, MIGRATIONS, normalise_url


def open_engine(url: str | None) -> tuple[Engine, str]:
    """A migrated engine for ``url`` (default ``sqlite:///newsgraph.db``) and its SQLAlchemy URL.

    Raises :class:`StoreError` for a URL that is no database, an unsupported
    database, or a store that cannot be opened (damaged: :class:`StoreDamagedError`).
    """
    sa_url = normalise_url(url)
    try:
        parsed = make_url(sa_url)
    except Exception as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(sa_url, parsed.database)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(sa_url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    else:
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql://"
        )
    try:
        _migrate(engine)
    except (DBAPIError, UnicodeDecodeError) as exc:
        engine.dispose()
        if is_damage(exc):
            raise translate(exc, sa_url) from exc
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        raise StoreError(f"cannot open the store {url or DEFAULT_URL!r}: {one_line(str(reason))}") from exc
    return engine, sa_url


def _sqlite_engine(sa_url: str, database: str | None) -> Engine:
    """SQLite in WAL mode (readers never wait for the ingest), with BEGIN IMMEDIATE for writes
    so two writers queue on the lock instead of failing half-way."""
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sa_url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("ng_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; concurrent openers wait on a lock."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        conn = conn.execution_options(ng_write=True)
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7366021)")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")


def utc_now() -> dt.datetime:
    """The current UTC time, naive: columns are ``DateTime`` without zone on both
    databases, always UTC; the models (``UtcDateTime``) give it its offset back."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Database:
    """An opened store's engine and its two ways in; the base of every part of :class:`Store`."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect

    @property
    def display_url(self) -> str:
        """The URL with any password masked, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"Store({self.display_url!r})"

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: it takes the write lock at BEGIN (SQLite ``BEGIN IMMEDIATE``)."""
        with database_errors(self.url), self.engine.connect() as conn:
            conn = conn.execution_options(ng_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """One read transaction: every query inside it sees the same snapshot."""
        with database_errors(self.url), self.engine.connect() as conn, conn.begin():
            yield conn

    def _page(
        self, conn: Connection, query: Select[Any], limit: int | None, offset: int
    ) -> tuple[int, Sequence[Row[Any]]]:
        """The total number of rows ``query`` matches, and the rows of one page of it."""
        total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
        if limit is not None:
            query = query.limit(limit)
        rows = conn.execute(query.offset(offset)).all()
        return int(total), rows
