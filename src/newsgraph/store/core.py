"""The ``Store`` class: writes records in one transaction each, reads them back as models."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import socket
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, get_args

from pydantic import ValidationError
from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Engine,
    Row,
    Select,
    and_,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    false,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

from newsgraph.ingest.document import text_digest
from newsgraph.records import Entity, QuoteKind, Record
from newsgraph.store import fts
from newsgraph.store.identity import PERSON_TYPES, fold, normalise, surname
from newsgraph.store.integrity import (
    StoreDamagedError,
    StoreError,
    database_errors,
    is_damage,
    one_line,
    store_label,
    translate,
)
from newsgraph.store.models import (
    ActorDetail,
    ActorRef,
    ActorSummary,
    AddOutcome,
    ArticleSummary,
    ClaimRow,
    Counts,
    DayCount,
    EventRow,
    Evidence,
    Graph,
    GraphEdge,
    GraphNode,
    IngestError,
    IngestRun,
    Page,
    QuoteRow,
    RoleRow,
    RunStatus,
    SearchHit,
    SearchResults,
    StanceRow,
    Timeline,
    TimelineItem,
)
from newsgraph.store.schema import (
    ARTICLE_TABLES,
    actor_aliases,
    actors,
    articles,
    claims,
    entities,
    event_participants,
    events,
    ingest_errors,
    ingest_runs,
    mentions,
    quotes,
    roles,
    search_docs,
    stances,
    times,
)

DEFAULT_URL = "sqlite:///newsgraph.db"

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
_MIGRATIONS = Path(__file__).with_name("migrations")

#: A run still marked ``running`` that has stored nothing for this long is taken
#: to be dead even when its process cannot be checked (it ran on another machine).
#: One article takes seconds, so hours of silence mean the process is gone.
STALE_RUN_AFTER = dt.timedelta(hours=6)


class DuplicateText(StoreError):
    """A replacement would give an article text that another stored article already has.

    Texts are unique in the store (the ingest's resume check and "unchanged" rely
    on it), and neither article can be dropped silently, so the write is refused
    and names the article that has the text (the API answers 409).
    """

    def __init__(self, article_id: str, holder_id: str) -> None:
        super().__init__(
            f"cannot replace article {article_id!r}: article {holder_id!r} already has this text"
        )
        self.article_id = article_id
        self.holder_id = holder_id


#: Largest integer a SQLite or PostgreSQL BIGINT column holds; larger ids cannot exist.
_MAX_ID = 2**63 - 1


def _names_something(name: str) -> bool:
    """Whether a name filter has a letter or digit: one that folds to nothing ("!!", " ")
    would otherwise be a substring of every name and match every row."""
    return bool(fold(name))


def normalise_url(url: str | None) -> str:
    """An SQLAlchemy URL from what a user typed: a path, ``sqlite:///x.db`` or ``postgresql://...``.

    ``postgresql://`` and ``postgres://`` map to the psycopg 3 driver; a bare path
    (``corpus.db``) means an SQLite file.
    """
    if not url:
        return DEFAULT_URL
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def text_hash(text: str) -> str:
    """SHA-1 of the whitespace-normalised text: the same article re-read is recognised
    even when line breaks or spacing changed. It is ``ingest.document.text_digest``, the
    one content digest (a document's default id is its prefix); stored rows hold it."""
    return text_digest(text)


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``url`` (default ``sqlite:///newsgraph.db``)."""
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
    return Store(engine, sa_url)


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
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.connect() as conn:
        conn = conn.execution_options(ng_write=True)
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7366021)")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")


def _day(value: str | None, fallback: dt.date | None) -> dt.date | None:
    if value and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return fallback


def _now() -> dt.datetime:
    """The current UTC time, naive: columns are ``DateTime`` without zone on both
    databases, always UTC; the models (``UtcDateTime``) give it its offset back."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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


class Store:
    """A corpus of records. Safe to share between threads; SQLite readers run while a writer ingests."""

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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with database_errors(self.url), self.engine.connect() as conn:
            conn = conn.execution_options(ng_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with database_errors(self.url), self.engine.connect() as conn, conn.begin():
            yield conn

    # -- writing ---------------------------------------------------------------------------
    def start_run(self) -> int:
        """Open an ingest run and return its id (for counts and error records).

        The run records this machine and process so that a later ingest can tell
        whether it is still going (see :meth:`mark_interrupted_runs`).
        """
        now = _now()
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
        now = _now()
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
        stale_before = _now() - STALE_RUN_AFTER
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

    def has_document(
        self, *, url: str | None = None, article_id: str | None = None, text: str | None = None
    ) -> bool:
        """True when this article is stored already, with the same normalised text.

        The ingest asks this before extraction, so a rerun skips stored articles
        without parsing them. With ``text`` the answer is "the same text is
        stored (under any id or URL)"; without it, "this URL or id is stored".
        """
        with self._read() as conn:
            if text is not None:
                query = select(articles.c.id).where(articles.c.text_hash == text_hash(text)).limit(1)
                return conn.execute(query).first() is not None
            keys = [articles.c.url == url] if url else []
            if article_id:
                keys.append(articles.c.id == article_id)
            if not keys:
                return False
            return conn.execute(select(articles.c.id).where(or_(*keys)).limit(1)).first() is not None

    def add_record(self, record: Record, *, run_id: int | None = None) -> AddOutcome:
        """Store one record in one transaction.

        ``"unchanged"``: the same text is stored already (by URL, id or text hash);
        ``"replaced"``: the URL or id was stored with different text, and its old
        rows are gone; ``"added"``: new. A process killed mid-way leaves either
        the whole article or none of it.
        """
        for attempt in range(3):
            try:
                with self._write() as conn:
                    outcome = self._add(conn, record, run_id)
                    if run_id is not None:
                        column = ingest_runs.c[outcome]
                        conn.execute(
                            update(ingest_runs)
                            .where(ingest_runs.c.id == run_id)
                            .values({column: column + 1, ingest_runs.c.last_active_at: _now()})
                        )
                return outcome
            except IntegrityError:
                # Two writers created the same actor alias at once (PostgreSQL): redo with theirs.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def record_failure(self, run_id: int | None, source: str, error: str) -> None:
        """Remember an input that could not be read or extracted."""
        with self._write() as conn:
            conn.execute(insert(ingest_errors).values(run_id=run_id, source=source, error=error, at=_now()))
            if run_id is not None:
                conn.execute(
                    update(ingest_runs)
                    .where(ingest_runs.c.id == run_id)
                    .values(failed=ingest_runs.c.failed + 1, last_active_at=_now())
                )

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and every row derived from it. True if it existed."""
        with self._write() as conn:
            return self._delete(conn, article_id)

    def _delete(self, conn: Connection, article_id: str) -> bool:
        actor_ids = {
            r[0]
            for r in conn.execute(
                select(entities.c.actor_id).where(
                    entities.c.article_id == article_id, entities.c.actor_id.is_not(None)
                )
            )
        }
        conn.execute(delete(search_docs).where(search_docs.c.article_id == article_id))
        for table in ARTICLE_TABLES:
            conn.execute(delete(table).where(table.c.article_id == article_id))
        gone = conn.execute(delete(articles).where(articles.c.id == article_id)).rowcount > 0
        if actor_ids:
            self._recount_actors(conn, sorted(actor_ids))
            # Actors no other article mentions any more go too, with their aliases.
            orphans = [
                r[0]
                for r in conn.execute(
                    select(actors.c.id).where(actors.c.id.in_(actor_ids), actors.c.n_articles == 0)
                )
            ]
            if orphans:
                conn.execute(delete(actor_aliases).where(actor_aliases.c.actor_id.in_(orphans)))
                conn.execute(delete(actors).where(actors.c.id.in_(orphans)))
        return gone

    def _recount_actors(self, conn: Connection, actor_ids: list[int]) -> None:
        """Recompute the counts of some actors from the per-article tables (after a delete)."""

        def scalar(query: Select[Any]) -> Any:
            return query.correlate(actors).scalar_subquery()

        e = entities
        seen = (
            select(articles.c.published)
            .join(e, e.c.article_id == articles.c.id)
            .where(e.c.actor_id == actors.c.id)
        )
        conn.execute(
            update(actors)
            .where(actors.c.id.in_(actor_ids))
            .values(
                n_articles=scalar(
                    select(func.count(func.distinct(e.c.article_id))).where(e.c.actor_id == actors.c.id)
                ),
                n_mentions=scalar(
                    select(func.coalesce(func.sum(e.c.n_mentions), 0)).where(e.c.actor_id == actors.c.id)
                ),
                n_quotes=scalar(
                    select(func.count()).select_from(quotes).where(quotes.c.actor_id == actors.c.id)
                ),
                n_events=scalar(
                    select(func.count())
                    .select_from(event_participants)
                    .where(event_participants.c.actor_id == actors.c.id)
                ),
                first_seen=scalar(seen.with_only_columns(func.min(articles.c.published))),
                last_seen=scalar(seen.with_only_columns(func.max(articles.c.published))),
            )
        )

    def _bump_actors(
        self,
        conn: Connection,
        entity_rows: list[dict[str, Any]],
        quote_rows: list[dict[str, Any]],
        participant_rows: list[dict[str, Any]],
        published: dt.date | None,
    ) -> None:
        """Add one new article's contribution to its actors' counts (one executemany)."""
        delta: dict[int, list[int]] = defaultdict(lambda: [1, 0, 0, 0])
        for row in entity_rows:
            if row["actor_id"] is not None:
                delta[row["actor_id"]][1] += row["n_mentions"]
        for row in quote_rows:
            if row["actor_id"] in delta:
                delta[row["actor_id"]][2] += 1
        for row in participant_rows:
            if row["actor_id"] in delta:
                delta[row["actor_id"]][3] += 1
        if not delta:
            return
        pub = bindparam("p_pub", type_=Date)
        statement = (
            update(actors)
            .where(actors.c.id == bindparam("p_id"))
            .values(
                n_articles=actors.c.n_articles + bindparam("p_articles"),
                n_mentions=actors.c.n_mentions + bindparam("p_mentions"),
                n_quotes=actors.c.n_quotes + bindparam("p_quotes"),
                n_events=actors.c.n_events + bindparam("p_events"),
                first_seen=case(
                    (or_(actors.c.first_seen.is_(None), actors.c.first_seen > pub), pub),
                    else_=actors.c.first_seen,
                )
                if published
                else actors.c.first_seen,
                last_seen=case(
                    (or_(actors.c.last_seen.is_(None), actors.c.last_seen < pub), pub),
                    else_=actors.c.last_seen,
                )
                if published
                else actors.c.last_seen,
            )
        )
        params = [
            {
                "p_id": aid,
                "p_articles": d[0],
                "p_mentions": d[1],
                "p_quotes": d[2],
                "p_events": d[3],
                **({"p_pub": published} if published else {}),
            }
            for aid, d in sorted(delta.items())
        ]
        conn.execute(statement, params)

    def _add(self, conn: Connection, record: Record, run_id: int | None) -> AddOutcome:
        art = record.article
        digest = text_hash(art.text)
        existing = None
        if art.url:
            existing = conn.execute(
                select(articles.c.id, articles.c.text_hash, articles.c.url)
                .where(articles.c.url == art.url)
                .limit(1)
            ).first()
        if existing is None:
            by_id = conn.execute(
                select(articles.c.id, articles.c.text_hash, articles.c.url).where(articles.c.id == art.id)
            ).first()
            if by_id is not None and art.url and by_id.url and by_id.url != art.url:
                # Another page that happens to share the id: keep both, under distinct ids.
                record = record.model_copy(
                    update={"article": art.model_copy(update={"id": f"{art.id}-{digest[:8]}"})}
                )
                art = record.article
            else:
                existing = by_id
        if existing is not None:
            if existing.text_hash == digest:
                return "unchanged"
            holder = conn.execute(
                select(articles.c.id)
                .where(articles.c.text_hash == digest, articles.c.id.not_in([existing.id, art.id]))
                .limit(1)
            ).first()
            if holder is not None:
                raise DuplicateText(art.id, holder.id)
            self._delete(conn, existing.id)
            if existing.id != art.id:
                self._delete(conn, art.id)
            self._insert(conn, record, digest, run_id)
            return "replaced"
        if conn.execute(select(articles.c.id).where(articles.c.text_hash == digest).limit(1)).first():
            return "unchanged"
        self._insert(conn, record, digest, run_id)
        return "added"

    def _insert(self, conn: Connection, record: Record, digest: str, run_id: int | None) -> None:
        art = record.article
        aid = art.id
        published = art.published
        conn.execute(
            insert(articles).values(
                id=aid,
                url=art.url,
                title=art.title,
                source=art.source,
                published=published,
                language=art.language,
                author=art.author,
                text_hash=digest,
                text=art.text,
                record_json=json.dumps(record.to_json_dict(), ensure_ascii=False),
                n_entities=len(record.entities),
                n_quotes=len(record.quotes),
                n_events=len(record.events),
                n_claims=len(record.claims),
                run_id=run_id,
                ingested_at=_now(),
            )
        )
        actor_of: dict[str, int | None] = {}
        entity_rows: list[dict[str, Any]] = []
        mention_rows: list[dict[str, Any]] = []
        role_rows: list[dict[str, Any]] = []
        resolved = self._resolve_actors(conn, record.entities)
        for entity in record.entities:
            actor_id = resolved[entity.id]
            actor_of[entity.id] = actor_id
            entity_rows.append(
                dict(
                    article_id=aid,
                    id=entity.id,
                    actor_id=actor_id,
                    name=entity.name,
                    type=entity.type,
                    country=entity.country,
                    sector=entity.sector,
                    n_mentions=len(entity.mentions),
                )
            )
            mention_rows.extend(
                dict(
                    article_id=aid,
                    entity_id=entity.id,
                    actor_id=actor_id,
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    kind=m.kind,
                )
                for m in entity.mentions
            )
            role_rows.extend(
                dict(
                    article_id=aid,
                    entity_id=entity.id,
                    actor_id=actor_id,
                    title=r.title,
                    org=r.org,
                    published=published,
                )
                for r in entity.roles
            )
        entity_name = {e.id: e.name for e in record.entities}
        # Records link quotes and events to a time by id; the row's date is that time's value.
        time_value = {t.id: t.value for t in record.times}
        quote_rows = [
            dict(
                article_id=aid,
                id=q.id,
                kind=q.kind,
                text=" … ".join(s.text for s in q.content),
                start=min((s.start for s in q.content), default=0),
                end=max((s.end for s in q.content), default=0),
                cue=q.cue.text if q.cue else None,
                speaker_entity=q.speaker if q.speaker in actor_of else None,
                speaker_name=entity_name.get(q.speaker or "", q.speaker)
                or (q.source.text if q.source else None),
                actor_id=actor_of.get(q.speaker or ""),
                time=q.time,
                date=_day(time_value.get(q.time or ""), published),
                published=published,
            )
            for q in record.quotes
        ]
        event_rows = [
            dict(
                article_id=aid,
                id=e.id,
                category=e.category,
                mode=e.mode,
                lemma=e.lemma,
                trigger=e.trigger.text,
                time=e.time,
                date=_day(time_value.get(e.time or ""), published),
                published=published,
                place=e.place,
                quote=e.quote,
                modality=e.modality,
                quad=e.quad,
                score=e.score,
                evidence=e.evidence.text,
                start=e.evidence.start,
                end=e.evidence.end,
            )
            for e in record.events
        ]
        participant_rows = [
            dict(
                article_id=aid,
                event_id=e.id,
                role=role,
                position=i,
                entity_id=ent,
                actor_id=actor_of.get(ent),
            )
            for e in record.events
            for role, ids in (("actor", e.actors), ("target", e.targets))
            for i, ent in enumerate(ids)
        ]
        time_rows = [
            dict(
                article_id=aid,
                id=t.id,
                start=t.start,
                end=t.end,
                text=t.text,
                value=t.value,
                precision=t.precision,
                resolved=t.resolved,
            )
            for t in record.times
        ]
        claim_rows = [
            dict(
                article_id=aid,
                id=c.id,
                text=c.span.text,
                start=c.span.start,
                end=c.span.end,
                claimant_entity=c.claimant if c.claimant in actor_of else None,
                actor_id=actor_of.get(c.claimant),
                quote=c.quote,
                quantities_json=json.dumps([q.model_dump(mode="json") for q in c.quantities]),
                published=published,
            )
            for c in record.claims
        ]
        stance_rows = [
            dict(
                article_id=aid,
                id=s.id,
                holder_entity=s.holder,
                holder_actor=actor_of.get(s.holder),
                target_entity=s.target,
                target_actor=actor_of.get(s.target),
                polarity=s.polarity,
                evidence_json=json.dumps(s.evidence),
                published=published,
            )
            for s in record.stances
        ]
        body = (
            art.text
            if not art.title or art.text.lstrip().startswith(art.title)
            else f"{art.title}\n{art.text}"
        )
        search_rows: list[dict[str, Any]] = [dict(body=body, kind="article", article_id=aid, record_id=None)]
        search_rows += [
            dict(body=r["text"], kind="quote", article_id=aid, record_id=r["id"]) for r in quote_rows
        ]
        search_rows += [
            dict(body=r["evidence"], kind="event", article_id=aid, record_id=r["id"]) for r in event_rows
        ]
        search_rows += [
            dict(body=r["text"], kind="claim", article_id=aid, record_id=r["id"]) for r in claim_rows
        ]
        self._bump_actors(conn, entity_rows, quote_rows, participant_rows, published)
        for table, rows in (
            (entities, entity_rows),
            (mentions, mention_rows),
            (roles, role_rows),
            (quotes, quote_rows),
            (events, event_rows),
            (event_participants, participant_rows),
            (times, time_rows),
            (claims, claim_rows),
            (stances, stance_rows),
            (search_docs, search_rows),
        ):
            if rows:
                conn.execute(insert(table), _unique_ids(rows) if "id" in rows[0] else rows)

    def _resolve_actors(self, conn: Connection, found_entities: Sequence[Entity]) -> dict[str, int | None]:
        """The cross-article actor of each entity (by entity id), created if new (rule: see
        ``identity``). Known names are looked up in one query; only new names cost more."""
        keys = {e.id: (e.type or "OTHER", normalise(e.name, e.type or "OTHER")) for e in found_entities}
        wanted = sorted({key for key in keys.values() if key[1]})
        known: dict[tuple[str, str], tuple[int, str | None]] = {}
        if wanted:
            rows = conn.execute(
                select(actor_aliases.c.type, actor_aliases.c.norm, actor_aliases.c.actor_id, actors.c.country)
                .join(actors, actors.c.id == actor_aliases.c.actor_id)
                .where(tuple_(actor_aliases.c.type, actor_aliases.c.norm).in_(wanted))
            )
            known = {(r.type, r.norm): (int(r.actor_id), r.country) for r in rows}
        out: dict[str, int | None] = {}
        for entity in found_entities:
            kind, norm = keys[entity.id]
            if not norm:
                out[entity.id] = None
                continue
            hit = known.get((kind, norm))
            if hit is None:
                actor_id = self._new_alias(conn, entity.name, kind, norm, entity.country, entity.sector)
                known[(kind, norm)] = (actor_id, entity.country)
            else:
                actor_id = hit[0]
                if hit[1] is None and entity.country:
                    conn.execute(
                        update(actors)
                        .where(actors.c.id == actor_id, actors.c.country.is_(None))
                        .values(country=entity.country, sector=entity.sector)
                    )
                    known[(kind, norm)] = (actor_id, entity.country)
            out[entity.id] = actor_id
        return out

    def _new_alias(
        self, conn: Connection, name: str, kind: str, norm: str, country: str | None, sector: str | None
    ) -> int:
        """A name not seen before: join a person by surname, or create an actor; record the alias."""
        actor_id: int | None = None
        if kind in PERSON_TYPES:
            words = norm.split()
            if len(words) == 1:
                candidates = conn.execute(_BY_SURNAME, {"p_type": kind, "p_surname": norm}).all()
            else:
                candidates = conn.execute(_SURNAME_ONLY, {"p_type": kind, "p_surname": words[-1]}).all()
                if len(candidates) == 1:  # a surname-only actor gets its full name
                    conn.execute(_RENAME, {"p_id": candidates[0][0], "p_name": name, "p_norm": norm})
            if len(candidates) == 1:
                actor_id = int(candidates[0][0])
        if actor_id is None:
            result = conn.execute(
                insert(actors),
                {
                    "name": name,
                    "norm": norm,
                    "type": kind,
                    "surname": surname(norm, kind),
                    "country": country,
                    "sector": sector,
                },
            )
            actor_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        conn.execute(insert(actor_aliases), {"type": kind, "norm": norm, "actor_id": actor_id, "name": name})
        return actor_id

    # -- reading ---------------------------------------------------------------------------
    def article(self, article_id: str) -> Record | None:
        """The full record exactly as it was added, or None."""
        with self._read() as conn:
            row = conn.execute(select(articles.c.record_json).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        try:
            return Record.model_validate_json(row[0])
        except ValidationError as exc:  # the JSON text was damaged (SQLite keeps no checksums)
            raise StoreDamagedError(store_label(self.url), f"the stored record of article {article_id!r} "
                                    f"cannot be read: {one_line(str(exc.errors()[0]['msg']))}") from exc

    def articles(
        self,
        q: str | None = None,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[ArticleSummary]:
        """Articles, newest first; ``q`` is a full-text query over title and text."""
        conds: list[ColumnElement[bool]] = []
        if q:
            matching = fts.matching_articles(self.dialect, q) if fts.has_terms(q) else None
            conds.append(false() if matching is None else articles.c.id.in_(matching))
        if since:
            conds.append(articles.c.published >= since)
        if until:
            conds.append(articles.c.published <= until)
        if source:
            conds.append(func.lower(articles.c.source).contains(source.lower(), autoescape=True))
        query = (
            select(
                articles.c.id,
                articles.c.title,
                articles.c.url,
                articles.c.source,
                articles.c.published,
                articles.c.n_entities,
                articles.c.n_quotes,
                articles.c.n_events,
                articles.c.n_claims,
                articles.c.ingested_at,
                func.substr(articles.c.text, 1, 240).label("snippet"),
            )
            .where(*conds)
            .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        return Page(
            total=total,
            limit=limit,
            offset=offset,
            items=[ArticleSummary.model_validate(r._asdict()) for r in rows],
        )

    def _page(
        self, conn: Connection, query: Select[Any], limit: int | None, offset: int
    ) -> tuple[int, Sequence[Row[Any]]]:
        total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
        if limit is not None:
            query = query.limit(limit)
        rows = conn.execute(query.offset(offset)).all()
        return int(total), rows

    def _actor_ids(self, name: str) -> Select[tuple[int]]:
        """Actors whose name or an alias contains ``name``; a three-letter upper-case
        code also matches actors of that country; a name without letters or digits, none."""
        folded = fold(name)
        by_name = select(actor_aliases.c.actor_id).where(
            actor_aliases.c.norm.contains(folded, autoescape=True) if folded else false()
        )
        if _COUNTRY_CODE.match(name.strip()):
            return by_name.union(select(actors.c.id).where(actors.c.country == name.strip()))  # type: ignore[return-value]
        return by_name

    def quotes(
        self,
        speaker: str | None = None,
        *,
        actor_id: int | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        q: str | None = None,
        article_id: str | None = None,
        kind: str | None = None,
        about: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[QuoteRow]:
        """Quotes, newest first. ``speaker`` matches an actor by name or alias (substring,
        case-insensitive); ``q`` searches the quoted words; ``kind`` is ``direct``,
        ``indirect`` or ``mixed`` (anything else is a ``ValueError``); ``about`` keeps
        quotes whose words mention an actor matched like ``speaker`` ("what did the
        Taliban say about the US": ``speaker="Taliban", about="USA"``), through the
        resolved mentions, so "he" and "the president" count."""
        if kind is not None and kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {kind!r}: use one of {', '.join(QUOTE_KINDS)}")
        conds: list[ColumnElement[bool]] = []
        if kind is not None:
            conds.append(quotes.c.kind == kind)
        if speaker and not _names_something(speaker):
            conds.append(false())
        elif speaker:
            conds.append(
                or_(
                    quotes.c.actor_id.in_(self._actor_ids(speaker)),
                    # Quotes whose speaker is no actor are matched by the name as written
                    # (only those: the actor_id index narrows the scan to them).
                    and_(
                        quotes.c.actor_id.is_(None),
                        func.lower(quotes.c.speaker_name).contains(speaker.lower(), autoescape=True),
                    ),
                )
            )
        if actor_id is not None:
            conds.append(quotes.c.actor_id == actor_id)
        if about:
            mentioned = (
                select(mentions.c.id)
                .where(
                    mentions.c.article_id == quotes.c.article_id,
                    mentions.c.start >= quotes.c.start,
                    mentions.c.end <= quotes.c.end,
                    mentions.c.actor_id.in_(self._actor_ids(about)),
                )
                .exists()
            )
            conds.append(mentioned)
        if since:
            conds.append(quotes.c.date >= since)
        if until:
            conds.append(quotes.c.date <= until)
        if q:
            conds.append(
                tuple_(quotes.c.article_id, quotes.c.id).in_(fts.matching_ids(self.dialect, q, "quote"))
                if fts.has_terms(q)
                else false()
            )
        if article_id:
            conds.append(quotes.c.article_id == article_id)
        query = (
            select(
                quotes,
                articles.c.title.label("article_title"),
                actors.c.name.label("actor_name"),
                actors.c.type.label("actor_type"),
                actors.c.country.label("actor_country"),
            )
            .join(articles, articles.c.id == quotes.c.article_id)
            .outerjoin(actors, actors.c.id == quotes.c.actor_id)
            .where(*conds)
            .order_by(quotes.c.date.desc().nulls_last(), quotes.c.article_id, quotes.c.start)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        return Page(total=total, limit=limit, offset=offset, items=[_quote_row(r) for r in rows])

    def entity_actors(self, article_id: str) -> dict[str, int]:
        """This article's entity ids mapped to their corpus actors, as stored at ingest.

        Entities without an actor (a name that normalises to nothing) are left out;
        an unknown article gives ``{}``.
        """
        query = select(entities.c.id, entities.c.actor_id).where(
            entities.c.article_id == article_id, entities.c.actor_id.is_not(None)
        )
        with self._read() as conn:
            return {str(r.id): int(r.actor_id) for r in conn.execute(query)}

    def events(
        self,
        actor: str | None = None,
        *,
        target: str | None = None,
        category: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor_id: int | None = None,
        article_id: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[EventRow]:
        """Events, newest first. ``actor``/``target`` is a name (substring) or a
        three-letter country code (``AFG``) matching the actor's country; ``category``
        may list several, comma-separated."""
        conds: list[ColumnElement[bool]] = []
        if actor:
            conds.append(
                self._has_participant("actor", event_participants.c.actor_id.in_(self._actor_ids(actor)))
            )
        if target:
            conds.append(
                self._has_participant("target", event_participants.c.actor_id.in_(self._actor_ids(target)))
            )
        if actor_id is not None:
            conds.append(self._has_participant("actor", event_participants.c.actor_id == actor_id))
        if category:
            wanted = [c.strip().upper() for c in category.split(",") if c.strip()]
            conds.append(events.c.category.in_(wanted))
        if since:
            conds.append(events.c.date >= since)
        if until:
            conds.append(events.c.date <= until)
        if article_id:
            conds.append(events.c.article_id == article_id)
        return self._events_page(conds, limit, offset)

    def _has_participant(self, role: str, cond: ColumnElement[bool]) -> ColumnElement[bool]:
        """Events with a participant in ``role`` matching ``cond``. An uncorrelated IN (not
        EXISTS): the participant index finds the few events first, instead of probing
        every event against a busy actor's many rows."""
        p = event_participants
        return tuple_(events.c.article_id, events.c.id).in_(
            select(p.c.article_id, p.c.event_id).where(p.c.role == role, cond)
        )

    def _events_page(
        self, conds: list[ColumnElement[bool]], limit: int | None, offset: int
    ) -> Page[EventRow]:
        query = (
            select(events, articles.c.title.label("article_title"))
            .join(articles, articles.c.id == events.c.article_id)
            .where(*conds)
            .order_by(events.c.date.desc().nulls_last(), events.c.article_id, events.c.start)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
            parts = self._participants(conn, [(r.article_id, r.id) for r in rows])
        items = []
        for r in rows:
            data = r._asdict()
            who = parts.get((r.article_id, r.id), {})
            data["actors"] = who.get("actor", [])
            data["targets"] = who.get("target", [])
            items.append(EventRow.model_validate(data))
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _participants(
        self, conn: Connection, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], dict[str, list[ActorRef]]]:
        out: dict[tuple[str, str], dict[str, list[ActorRef]]] = defaultdict(lambda: defaultdict(list))
        if not keys:
            return out
        p = event_participants
        query = (
            select(
                p.c.article_id,
                p.c.event_id,
                p.c.role,
                p.c.entity_id,
                p.c.actor_id,
                entities.c.name.label("entity_name"),
                entities.c.type.label("entity_type"),
                entities.c.country.label("entity_country"),
                actors.c.name.label("actor_name"),
                actors.c.type.label("actor_type"),
                actors.c.country.label("actor_country"),
            )
            .outerjoin(
                entities, and_(entities.c.article_id == p.c.article_id, entities.c.id == p.c.entity_id)
            )
            .outerjoin(actors, actors.c.id == p.c.actor_id)
            .where(tuple_(p.c.article_id, p.c.event_id).in_(keys))
            .order_by(p.c.article_id, p.c.event_id, p.c.role, p.c.position)
        )
        for r in conn.execute(query):
            out[(r.article_id, r.event_id)][r.role].append(
                ActorRef(
                    id=r.actor_id,
                    name=r.actor_name or r.entity_name or r.entity_id,
                    type=r.actor_type or r.entity_type,
                    country=r.actor_country or r.entity_country,
                    entity_id=r.entity_id,
                )
            )
        return out

    def _actor_stats(self) -> Select[Any]:
        """Actors some stored article mentions, with their kept-up-to-date counts."""
        return select(
            actors.c.id,
            actors.c.name,
            actors.c.type,
            actors.c.country,
            actors.c.sector,
            actors.c.n_articles,
            actors.c.n_mentions,
            actors.c.n_quotes,
            actors.c.n_events,
            actors.c.first_seen,
            actors.c.last_seen,
        ).where(actors.c.n_articles > 0)

    def _summaries(self, conn: Connection, rows: Iterable[Row[Any]]) -> list[ActorSummary]:
        rows = list(rows)
        aliases: dict[int, list[str]] = defaultdict(list)
        if rows:
            for a in conn.execute(
                select(actor_aliases.c.actor_id, actor_aliases.c.name)
                .where(actor_aliases.c.actor_id.in_([r.id for r in rows]))
                .order_by(actor_aliases.c.name)
            ):
                aliases[a.actor_id].append(a.name)
        return [ActorSummary(**r._asdict(), aliases=[a for a in aliases[r.id] if a != r.name]) for r in rows]

    def actors(
        self,
        top: int | None = None,
        *,
        q: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Page[ActorSummary]:
        """Actors by number of articles that mention them (most first); ``top`` = limit."""
        query = self._actor_stats()
        if q:
            query = query.where(actors.c.id.in_(self._actor_ids(q)))
        if type:
            query = query.where(actors.c.type == type.upper())
        query = query.order_by(
            actors.c.n_articles.desc(),
            actors.c.n_mentions.desc(),
            actors.c.name,
        )
        limit = top if top is not None else limit
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
            items = self._summaries(conn, rows)
        return Page(total=total, limit=limit, offset=offset, items=items)

    def find_actor(self, name: str) -> ActorSummary | None:
        """The best actor for a name or id: exact alias, then surname, then substring, then
        country code; among several, the one most articles mention."""
        name = name.strip()
        if not _names_something(name):
            return None
        base = self._actor_stats().order_by(actors.c.n_articles.desc(), actors.c.id)
        folded = fold(name)
        tries: list[ColumnElement[bool]] = []
        if name.isascii() and name.isdigit() and len(name) <= 19 and int(name) <= _MAX_ID:
            tries.append(actors.c.id == int(name))
        tries += [
            actors.c.id.in_(select(actor_aliases.c.actor_id).where(actor_aliases.c.norm == folded)),
            actors.c.id.in_(
                select(actor_aliases.c.actor_id).where(actor_aliases.c.norm == normalise(name, "PERSON"))
            ),
            actors.c.surname == folded,
            actors.c.id.in_(self._actor_ids(name)),
        ]
        with self._read() as conn:
            for cond in tries:
                row = conn.execute(base.where(cond).limit(1)).first()
                if row is not None:
                    return self._summaries(conn, [row])[0]
        return None

    def _actor_summary(self, actor: int | str) -> ActorSummary | None:
        if isinstance(actor, int):
            with self._read() as conn:
                row = conn.execute(self._actor_stats().where(actors.c.id == actor)).first()
                return None if row is None else self._summaries(conn, [row])[0]
        return self.find_actor(actor)

    def actor(self, actor_id: int | str) -> ActorDetail | None:
        """One actor with roles over time, quotes, events as actor and target, stances.

        ``actor_id`` may be the integer id or a name (resolved as in :meth:`find_actor`).
        """
        summary = self._actor_summary(actor_id)
        if summary is None:
            return None
        aid = summary.id
        with self._read() as conn:
            role_rows = conn.execute(
                select(roles.c.title, roles.c.org, roles.c.article_id, roles.c.published)
                .where(roles.c.actor_id == aid)
                .order_by(roles.c.published.nulls_last(), roles.c.article_id)
            ).all()
            article_rows = conn.execute(
                select(
                    articles.c.id,
                    articles.c.title,
                    articles.c.url,
                    articles.c.source,
                    articles.c.published,
                    articles.c.n_entities,
                    articles.c.n_quotes,
                    articles.c.n_events,
                    articles.c.n_claims,
                    articles.c.ingested_at,
                )
                .where(articles.c.id.in_(select(entities.c.article_id).where(entities.c.actor_id == aid)))
                .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
                .limit(200)
            ).all()
        return ActorDetail(
            **summary.model_dump(),
            roles=[RoleRow.model_validate(r._asdict()) for r in role_rows],
            quotes=self.quotes(actor_id=aid, limit=200).items,
            events_as_actor=self._events_page(
                [self._has_participant("actor", event_participants.c.actor_id == aid)], 200, 0
            ).items,
            events_as_target=self._events_page(
                [self._has_participant("target", event_participants.c.actor_id == aid)], 200, 0
            ).items,
            stances_held=self._stances_page([stances.c.holder_actor == aid], 200, 0).items,
            stances_received=self._stances_page([stances.c.target_actor == aid], 200, 0).items,
            articles=[ArticleSummary.model_validate(r._asdict()) for r in article_rows],
        )

    def timeline(
        self,
        actor: int | str | None = None,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        category: str | None = None,
    ) -> Timeline:
        """Dated events, quotes and roles of one actor, oldest first, and events per day and
        category (of that actor, or of the whole corpus when ``actor`` is None)."""
        summary: ActorSummary | None = None
        conds: list[ColumnElement[bool]] = [events.c.date.is_not(None)]
        if since:
            conds.append(events.c.date >= since)
        if until:
            conds.append(events.c.date <= until)
        if category:
            conds.append(events.c.category.in_([c.strip().upper() for c in category.split(",") if c.strip()]))
        items: list[TimelineItem] = []
        if actor is not None:
            summary = self._actor_summary(actor)
            if summary is None:
                return Timeline()
            aid = summary.id
            conds.append(
                or_(
                    self._has_participant("actor", event_participants.c.actor_id == aid),
                    self._has_participant("target", event_participants.c.actor_id == aid),
                )
            )
            for e in self._events_page(list(conds), None, 0).items:
                who = ", ".join(a.name for a in e.actors) or "?"
                whom = ", ".join(t.name for t in e.targets)
                items.append(
                    TimelineItem(
                        date=e.date,
                        kind="event",
                        article_id=e.article_id,
                        record_id=e.id,
                        category=e.category,
                        text=f"{who} {e.trigger} {whom}".strip() + f" — {e.evidence}",
                    )
                )
            if not category:
                for qrow in self.quotes(actor_id=aid, since=since, until=until, limit=None).items:
                    items.append(
                        TimelineItem(
                            date=qrow.date,
                            kind="quote",
                            article_id=qrow.article_id,
                            record_id=qrow.id,
                            text=qrow.text,
                        )
                    )
                detail_roles = self._roles_of(aid)
                items += [
                    TimelineItem(
                        date=r.published,
                        kind="role",
                        article_id=r.article_id,
                        text=r.title + (f", {r.org}" if r.org else ""),
                    )
                    for r in detail_roles
                    if (since is None or (r.published and r.published >= since))
                    and (until is None or (r.published and r.published <= until))
                ]
            items.sort(key=lambda i: (i.date or dt.date.max, i.article_id, i.kind))
        query = (
            select(events.c.date, events.c.category, func.count().label("count"))
            .where(*conds)
            .group_by(events.c.date, events.c.category)
            .order_by(events.c.date, events.c.category)
        )
        with self._read() as conn:
            days = [DayCount(date=r.date, category=r.category, count=r.count) for r in conn.execute(query)]
        return Timeline(actor=summary, items=items, days=days)

    def _roles_of(self, actor_id: int) -> list[RoleRow]:
        with self._read() as conn:
            rows = conn.execute(
                select(roles.c.title, roles.c.org, roles.c.article_id, roles.c.published).where(
                    roles.c.actor_id == actor_id
                )
            ).all()
        return [RoleRow.model_validate(r._asdict()) for r in rows]

    def search(self, text: str, *, limit: int = 20) -> SearchResults:
        """Full-text search (FTS5 / tsvector) over articles, quotes, events and claims; names over actors."""
        results = SearchResults(query=text, total=0)
        if not fts.has_terms(text):
            return results
        groups: dict[str, list[SearchHit]] = {}
        with self._read() as conn:
            for kind in ("article", "quote", "event", "claim"):
                base = (
                    select(
                        search_docs.c.article_id,
                        search_docs.c.record_id,
                        fts.snippet(self.dialect, text).label("snippet"),
                        articles.c.title,
                        articles.c.published,
                    )
                    .select_from(search_docs)
                    .join(articles, articles.c.id == search_docs.c.article_id)
                    .where(fts.match(self.dialect, text), search_docs.c.kind == kind)
                )
                total = conn.execute(
                    select(func.count()).select_from(
                        select(search_docs.c.article_id)
                        .where(fts.match(self.dialect, text), search_docs.c.kind == kind)
                        .subquery()
                    )
                ).scalar_one()
                rows = conn.execute(base.order_by(fts.rank(self.dialect, text)).limit(limit)).all()
                groups[kind] = [
                    SearchHit(
                        kind=kind,
                        article_id=r.article_id,
                        record_id=r.record_id,
                        title=r.title,
                        snippet=r.snippet,
                        published=r.published,
                    )
                    for r in rows
                ]
                results.total += int(total)
            actor_rows = conn.execute(
                self._actor_stats()
                .where(actors.c.id.in_(self._actor_ids(text)))
                .order_by(actors.c.n_articles.desc())
                .limit(limit)
            ).all()
        results.articles, results.quotes = groups["article"], groups["quote"]
        results.events, results.claims = groups["event"], groups["claim"]
        results.actors = [
            SearchHit(
                kind="actor", actor_id=r.id, title=r.name, snippet=f"{r.type}, in {r.n_articles} article(s)"
            )
            for r in actor_rows
        ]
        results.total += len(results.actors)
        return results

    def stances(
        self,
        holder: str | None = None,
        *,
        target: str | None = None,
        polarity: str | None = None,
        article_id: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[StanceRow]:
        """Stances, newest first; ``holder``/``target`` match actor names as in :meth:`events`."""
        conds: list[ColumnElement[bool]] = []
        if holder:
            conds.append(stances.c.holder_actor.in_(self._actor_ids(holder)))
        if target:
            conds.append(stances.c.target_actor.in_(self._actor_ids(target)))
        if polarity:
            conds.append(stances.c.polarity == polarity)
        if article_id:
            conds.append(stances.c.article_id == article_id)
        return self._stances_page(conds, limit, offset)

    def _stances_page(
        self, conds: list[ColumnElement[bool]], limit: int | None, offset: int
    ) -> Page[StanceRow]:
        holder_ent, target_ent = entities.alias("holder_ent"), entities.alias("target_ent")
        holder_act, target_act = actors.alias("holder_act"), actors.alias("target_act")
        query = (
            select(
                stances,
                articles.c.title.label("article_title"),
                holder_ent.c.name.label("h_ename"),
                holder_ent.c.type.label("h_etype"),
                holder_act.c.name.label("h_aname"),
                holder_act.c.country.label("h_country"),
                target_ent.c.name.label("t_ename"),
                target_ent.c.type.label("t_etype"),
                target_act.c.name.label("t_aname"),
                target_act.c.country.label("t_country"),
            )
            .join(articles, articles.c.id == stances.c.article_id)
            .outerjoin(
                holder_ent,
                and_(
                    holder_ent.c.article_id == stances.c.article_id,
                    holder_ent.c.id == stances.c.holder_entity,
                ),
            )
            .outerjoin(
                target_ent,
                and_(
                    target_ent.c.article_id == stances.c.article_id,
                    target_ent.c.id == stances.c.target_entity,
                ),
            )
            .outerjoin(holder_act, holder_act.c.id == stances.c.holder_actor)
            .outerjoin(target_act, target_act.c.id == stances.c.target_actor)
            .where(*conds)
            .order_by(stances.c.published.desc().nulls_last(), stances.c.article_id, stances.c.id)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        items = [
            StanceRow(
                id=r.id,
                article_id=r.article_id,
                article_title=r.article_title,
                published=r.published,
                holder=ActorRef(
                    id=r.holder_actor,
                    name=r.h_aname or r.h_ename or r.holder_entity,
                    type=r.h_etype,
                    country=r.h_country,
                    entity_id=r.holder_entity,
                ),
                target=ActorRef(
                    id=r.target_actor,
                    name=r.t_aname or r.t_ename or r.target_entity,
                    type=r.t_etype,
                    country=r.t_country,
                    entity_id=r.target_entity,
                ),
                polarity=r.polarity,
                evidence=json.loads(r.evidence_json),
            )
            for r in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def claims(
        self,
        claimant: str | None = None,
        *,
        q: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        article_id: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> Page[ClaimRow]:
        """Check-worthy claims, newest first; ``claimant`` matches an actor name, or
        ``"narrator"`` for claims the article itself makes."""
        conds: list[ColumnElement[bool]] = []
        if claimant:
            if claimant.lower() == "narrator":
                conds.append(claims.c.claimant_entity.is_(None))
            else:
                conds.append(claims.c.actor_id.in_(self._actor_ids(claimant)))
        if q:
            conds.append(
                tuple_(claims.c.article_id, claims.c.id).in_(fts.matching_ids(self.dialect, q, "claim"))
                if fts.has_terms(q)
                else false()
            )
        if since:
            conds.append(claims.c.published >= since)
        if until:
            conds.append(claims.c.published <= until)
        if article_id:
            conds.append(claims.c.article_id == article_id)
        query = (
            select(
                claims,
                articles.c.title.label("article_title"),
                entities.c.name.label("entity_name"),
                entities.c.type.label("entity_type"),
                actors.c.name.label("actor_name"),
                actors.c.country.label("actor_country"),
            )
            .join(articles, articles.c.id == claims.c.article_id)
            .outerjoin(
                entities,
                and_(entities.c.article_id == claims.c.article_id, entities.c.id == claims.c.claimant_entity),
            )
            .outerjoin(actors, actors.c.id == claims.c.actor_id)
            .where(*conds)
            .order_by(claims.c.published.desc().nulls_last(), claims.c.article_id, claims.c.start)
        )
        with self._read() as conn:
            total, rows = self._page(conn, query, limit, offset)
        items = [
            ClaimRow(
                id=r.id,
                article_id=r.article_id,
                article_title=r.article_title,
                published=r.published,
                text=r.text,
                start=r.start,
                end=r.end,
                quote=r.quote,
                quantities=json.loads(r.quantities_json),
                claimant=None
                if r.claimant_entity is None
                else ActorRef(
                    id=r.actor_id,
                    name=r.actor_name or r.entity_name or r.claimant_entity,
                    type=r.entity_type,
                    country=r.actor_country,
                    entity_id=r.claimant_entity,
                ),
            )
            for r in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def graph(
        self,
        *,
        actor: int | str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        min_count: int = 1,
        limit: int = 200,
    ) -> Graph:
        """The actor network: an edge per (source, target, relation) from events with an
        actor and a target, and from stances; polarity from the event's quad class
        (1-2 positive, 3-4 negative, unknown neutral) or the stance; evidence ids link to
        the articles."""
        focus: int | None = None
        if actor is not None:
            summary = self._actor_summary(actor)
            if summary is None:
                return Graph()
            focus = summary.id
        src, tgt = event_participants.alias("src"), event_participants.alias("tgt")
        polarity = case(
            (events.c.quad.is_(None), "neutral"), (events.c.quad <= 2, "positive"), else_="negative"
        )
        event_where: list[ColumnElement[bool]] = [
            src.c.role == "actor",
            src.c.actor_id.is_not(None),
            tgt.c.actor_id.is_not(None),
            src.c.actor_id != tgt.c.actor_id,
        ]
        stance_where: list[ColumnElement[bool]] = [
            stances.c.holder_actor.is_not(None),
            stances.c.target_actor.is_not(None),
            stances.c.holder_actor != stances.c.target_actor,
        ]
        if since:
            event_where.append(events.c.date >= since)
            stance_where.append(stances.c.published >= since)
        if until:
            event_where.append(events.c.date <= until)
            stance_where.append(stances.c.published <= until)
        if focus is not None:
            event_where.append(or_(src.c.actor_id == focus, tgt.c.actor_id == focus))
            stance_where.append(or_(stances.c.holder_actor == focus, stances.c.target_actor == focus))

        def event_rows(*columns: Any) -> Select[Any]:
            return (
                select(*columns)
                .select_from(src)
                .join(
                    tgt,
                    and_(
                        tgt.c.article_id == src.c.article_id,
                        tgt.c.event_id == src.c.event_id,
                        tgt.c.role == "target",
                    ),
                )
                .join(events, and_(events.c.article_id == src.c.article_id, events.c.id == src.c.event_id))
                .where(*event_where)
            )

        # Counting happens in the database; evidence is fetched for the kept edges only.
        event_edges = (
            event_rows(src.c.actor_id, tgt.c.actor_id, events.c.category, polarity, func.count())
            .group_by(src.c.actor_id, tgt.c.actor_id, events.c.category, polarity)
            .having(func.count() >= min_count)
            .order_by(func.count().desc())
            .limit(limit)
        )
        stance_edges = (
            select(stances.c.holder_actor, stances.c.target_actor, stances.c.polarity, func.count())
            .where(*stance_where)
            .group_by(stances.c.holder_actor, stances.c.target_actor, stances.c.polarity)
            .having(func.count() >= min_count)
            .order_by(func.count().desc())
            .limit(limit)
        )
        with self._read() as conn:
            edges = [
                GraphEdge(source=a, target=b, relation=rel, polarity=pol, count=n)
                for a, b, rel, pol, n in conn.execute(event_edges)
            ]
            edges += [
                GraphEdge(source=a, target=b, relation="STANCE", polarity=pol, count=n)
                for a, b, pol, n in conn.execute(stance_edges)
            ]
            kept = sorted(edges, key=lambda e: (-e.count, e.source, e.target, e.relation))[:limit]
            self._graph_evidence(conn, kept, event_rows, src, tgt, polarity, stance_where)
            weight: dict[int, int] = defaultdict(int)
            for e in kept:
                weight[e.source] += e.count
                weight[e.target] += e.count
            node_rows = (
                conn.execute(
                    select(actors.c.id, actors.c.name, actors.c.type, actors.c.country).where(
                        actors.c.id.in_(list(weight))
                    )
                ).all()
                if weight
                else []
            )
        nodes = sorted(
            (
                GraphNode(id=r.id, name=r.name, type=r.type, country=r.country, weight=weight[r.id])
                for r in node_rows
            ),
            key=lambda n: (-n.weight, n.name),
        )
        return Graph(nodes=nodes, edges=kept)

    def _graph_evidence(
        self,
        conn: Connection,
        edges: list[GraphEdge],
        event_rows: Any,
        src: Any,
        tgt: Any,
        polarity: Any,
        stance_where: list[ColumnElement[bool]],
        per_edge: int = 20,
    ) -> None:
        """Up to ``per_edge`` evidence ids per edge, newest first (a window function)."""
        by_key = {(e.source, e.target, e.relation, e.polarity): e for e in edges}
        event_keys = [(e.source, e.target, e.relation) for e in edges if e.relation != "STANCE"]
        if event_keys:
            rank = func.row_number().over(
                partition_by=(src.c.actor_id, tgt.c.actor_id, events.c.category, polarity),
                order_by=(events.c.date.desc(), events.c.article_id, events.c.id),
            )
            ranked = (
                event_rows(
                    src.c.actor_id.label("a"),
                    tgt.c.actor_id.label("b"),
                    events.c.category.label("rel"),
                    polarity.label("pol"),
                    events.c.article_id,
                    events.c.id,
                    events.c.trigger,
                    rank.label("rank"),
                )
                .where(tuple_(src.c.actor_id, tgt.c.actor_id, events.c.category).in_(event_keys))
                .subquery()
            )
            for r in conn.execute(select(ranked).where(ranked.c.rank <= per_edge)):
                edge = by_key.get((r.a, r.b, r.rel, r.pol))
                if edge is not None:
                    edge.evidence.append(
                        Evidence(article_id=r.article_id, record_id=r.id, kind="event", text=r.trigger)
                    )
        stance_keys = [(e.source, e.target) for e in edges if e.relation == "STANCE"]
        if stance_keys:
            rank = func.row_number().over(
                partition_by=(stances.c.holder_actor, stances.c.target_actor, stances.c.polarity),
                order_by=(stances.c.published.desc(), stances.c.article_id, stances.c.id),
            )
            ranked = (
                select(
                    stances.c.holder_actor.label("a"),
                    stances.c.target_actor.label("b"),
                    stances.c.polarity.label("pol"),
                    stances.c.article_id,
                    stances.c.id,
                    rank.label("rank"),
                )
                .where(*stance_where, tuple_(stances.c.holder_actor, stances.c.target_actor).in_(stance_keys))
                .subquery()
            )
            for r in conn.execute(select(ranked).where(ranked.c.rank <= per_edge)):
                edge = by_key.get((r.a, r.b, "STANCE", r.pol))
                if edge is not None:
                    edge.evidence.append(Evidence(article_id=r.article_id, record_id=r.id, kind="stance"))

    def counts(self) -> Counts:
        """How many rows of each kind the corpus holds (actors: those some article mentions)."""
        with self._read() as conn:

            def n(table: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

            return Counts(
                articles=n(articles),
                actors=n(actors),
                entities=n(entities),
                mentions=n(mentions),
                quotes=n(quotes),
                events=n(events),
                times=n(times),
                claims=n(claims),
                stances=n(stances),
                ingest_runs=n(ingest_runs),
                ingest_errors=n(ingest_errors),
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

    def iter_table(self, name: str, *, batch: int = 5000) -> Iterator[list[dict[str, Any]]]:
        """Every row of one table (``articles``, ``quotes``... as in :data:`TABLES`), in batches,
        for exports. ``articles`` leaves out the stored record JSON."""
        table = TABLES[name]
        columns = [c for c in table.c if c.name != "record_json"]
        order = list(table.primary_key.columns)
        with database_errors(self.url), self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(
                select(*columns).order_by(*order)
            )
            for part in result.partitions(batch):
                yield [r._asdict() for r in part]


# Statements run for every new name, built once (SQLAlchemy then reuses their compiled form).
_BY_SURNAME = (
    select(actors.c.id)
    .where(actors.c.type == bindparam("p_type"), actors.c.surname == bindparam("p_surname"))
    .limit(2)
)
_SURNAME_ONLY = (
    select(actors.c.id)
    .where(
        actors.c.type == bindparam("p_type"),
        actors.c.surname == bindparam("p_surname"),
        actors.c.norm == bindparam("p_surname"),
    )
    .limit(2)
)
_RENAME = (
    update(actors)
    .where(actors.c.id == bindparam("p_id"))
    .values(name=bindparam("p_name"), norm=bindparam("p_norm"))
)

TABLES = {
    t.name: t
    for t in (
        articles,
        actors,
        actor_aliases,
        entities,
        mentions,
        roles,
        quotes,
        events,
        event_participants,
        times,
        claims,
        stances,
        ingest_runs,
        ingest_errors,
    )
}


def _unique_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first row of each id: a stage that emits one id twice must not cost the whole article."""
    seen: set[Any] = set()
    out = []
    for row in rows:
        if row["id"] not in seen:
            seen.add(row["id"])
            out.append(row)
    return out


def _quote_row(r: Row[Any]) -> QuoteRow:
    speaker = None
    if r.actor_id is not None or r.speaker_name:
        speaker = ActorRef(
            id=r.actor_id,
            name=r.actor_name or r.speaker_name or "",
            type=r.actor_type,
            country=r.actor_country,
            entity_id=r.speaker_entity,
        )
    return QuoteRow(
        id=r.id,
        article_id=r.article_id,
        article_title=r.article_title,
        published=r.published,
        date=r.date,
        kind=r.kind,
        text=r.text,
        start=r.start,
        end=r.end,
        cue=r.cue,
        speaker=speaker,
        time=r.time,
    )
