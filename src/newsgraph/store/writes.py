"""Step 2 of the store: the write path — one record in, in one transaction.

:meth:`Writer.add_record` is the one way a record enters the store (datasette's
``execute_write_fn`` is the model: every write goes through one place that holds
the write lock). It decides *added*, *unchanged* or *replaced* by URL, id and
text hash; a replaced article's old rows go first (:meth:`Writer.delete_article`'s
code), then the new rows are built by :mod:`newsgraph.store.rows`, their actors
found or created by :mod:`newsgraph.store.aliasing`, and the run's counts bumped
(:mod:`newsgraph.store.runs`). A process killed mid-way leaves the whole article
or none of it.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from newsgraph.ingest.document import text_digest
from newsgraph.records import Record
from newsgraph.store.aliasing import bump_actors, recount_actors, resolve_actors
from newsgraph.store.connection import utc_now
from newsgraph.store.integrity import StoreError
from newsgraph.store.models import AddOutcome
from newsgraph.store.rows import article_row, table_rows, unique_ids
from newsgraph.store.runs import RunBook
from newsgraph.store.schema import (
    ARTICLE_TABLES,
    actor_aliases,
    actors,
    articles,
    entities,
    event_participants,
    ingest_runs,
    quotes,
    search_docs,
)


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



def text_hash(text: str) -> str:
    """SHA-1 of the whitespace-normalised text: the same article re-read is recognised
    even when line breaks or spacing changed. It is ``ingest.document.text_digest``, the
    one content digest (a document's default id is its prefix); stored rows hold it."""
    return text_digest(text)


class Writer(RunBook):
    """Adding, replacing and deleting articles (with their actors' bookkeeping)."""

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
                            .values({column: column + 1, ingest_runs.c.last_active_at: utc_now()})
                        )
                return outcome
            except IntegrityError:
                # Two writers created the same actor alias at once (PostgreSQL): redo with theirs.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

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
            recount_actors(conn, sorted(actor_ids))
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
        conn.execute(insert(articles).values(**article_row(record, digest, run_id, utc_now())))
        actor_of = resolve_actors(conn, record.entities)
        rows = dict(table_rows(record, actor_of))
        bump_actors(conn, rows[entities], rows[quotes], rows[event_participants], record.article.published)
        for table, new_rows in rows.items():
            if new_rows:
                conn.execute(insert(table), unique_ids(new_rows) if "id" in new_rows[0] else new_rows)
