"""The ingest runner: sources in, records in the store, a summary out.

Design:

* **Resumable.** Before extraction, each document's normalised text hash is looked
  up; a stored one counts as *unchanged* and is never parsed again, so a rerun
  after a crash (or on a grown folder) costs only the new articles.
* **Atomic per article.** Each record is written in one transaction
  (``Store.add_record``), so a killed ingest leaves whole articles only.
* **One bad input never stops the batch.** Unreadable inputs (``InputFailure``)
  and extraction errors are stored in ``ingest_errors`` with their source and the
  run goes on. The readers turn each input into a ``Document`` or an
  ``InputFailure`` themselves (a generator that raised is finished, so nothing
  can be caught *around* the stream without losing the inputs after the bad
  one); a reader that raises anyway is recorded as a failure of its source,
  never as a silent end of the corpus.
* **Runs are accounted for.** A run is ``running`` until it finishes; an ingest
  stopped by Ctrl-C or an error marks itself ``interrupted``, and one killed
  outright is marked ``interrupted`` by the next ingest.
* **Bounded memory.** Documents stream from the readers through
  ``extract_many``; with several workers at most ``max_pending`` documents are in
  flight (multiprocessing's feeder would otherwise read the whole corpus ahead).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.ingest.document import Document, document_problem
from newsgraph.ingest.readers import (
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    InputFailure,
    printable,
    read_documents,
)
from newsgraph.records import Record
from newsgraph.store import IngestRun, Store
from newsgraph.store.integrity import StoreError

#: Documents per task sent to a worker process: small, so a kill loses little work.
CHUNK_SIZE = 8

Extractor = Callable[[Iterable[Document]], Iterator[Record]]
Listener = Callable[[str, "IngestSummary"], None]


@dataclass
class IngestSummary:
    """What one ingest did. ``errors`` holds ``(source, reason)`` of every failure."""

    run_id: int
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    #: Earlier runs found dead (killed without finishing) and marked interrupted by this one.
    interrupted_runs: list[IngestRun] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.unchanged + self.replaced + self.failed

    @property
    def extracted(self) -> int:
        return self.added + self.replaced


def read_sources(
    sources: Iterable[str], *, published: dt.date | None = None
) -> Iterator[Document | InputFailure]:
    """Documents from every source: folders, files, JSONL, feeds (file or URL), WARC files."""
    from newsgraph.ingest.feeds import is_url, read_feed

    for source in sources:
        if is_url(source):
            yield from read_feed(source)
        else:
            yield from read_documents(source, published=published)


def estimate_total(sources: Iterable[str]) -> int | None:
    """How many documents the sources hold, when that is cheap to know (folders, files,
    JSONL lines); None when any source is a feed or WARC file, whose size is known
    only by reading it."""
    total = 0
    singles = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for child in path.rglob("*"):
                suffix = child.suffix.lower()
                if suffix in singles and child.is_file():
                    total += 1
                elif suffix in JSONL_SUFFIXES and child.is_file():
                    total += _count_lines(child)
        elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
            total += _count_lines(path)
        elif path.is_file() and path.suffix.lower() in singles:
            total += 1
        else:
            return None
    return total


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def ingest(
    sources: Iterable[str] | Iterable[Document | InputFailure],
    store: Store,
    *,
    workers: int = 1,
    published: dt.date | None = None,
    model: str | None = None,
    on_progress: Listener | None = None,
    extractor: Extractor | None = None,
    max_pending: int = 512,
) -> IngestSummary:
    """Read, extract and store everything in ``sources``; return the counts.

    ``sources`` are paths/URLs (strings) or already-read items. ``on_progress`` is
    called after each document with the outcome (``"added"``, ``"unchanged"``,
    ``"replaced"``, ``"failed"``) and the running summary. ``extractor`` replaces
    ``newsgraph.extract_many`` (for tests).
    """
    started = time.perf_counter()
    interrupted = store.mark_interrupted_runs()
    run_id = store.start_run()
    summary = IngestSummary(run_id=run_id, interrupted_runs=interrupted)
    try:
        _run(sources, store, summary, workers, published, model, on_progress, extractor, max_pending)
    except BaseException:
        # Ctrl-C or a broken store/extractor: the run says it stopped early. (A SIGKILL
        # cannot be caught; the next ingest marks that run.)
        with contextlib.suppress(Exception):
            store.finish_run(run_id, status="interrupted")
        raise
    summary.seconds = time.perf_counter() - started
    return summary


def _run(
    sources: Iterable[str] | Iterable[Document | InputFailure],
    store: Store,
    summary: IngestSummary,
    workers: int,
    published: dt.date | None,
    model: str | None,
    on_progress: Listener | None,
    extractor: Extractor | None,
    max_pending: int,
) -> None:
    run_id = summary.run_id
    notify = on_progress or (lambda _outcome, _summary: None)
    lock = threading.Lock()  # the pool's feeder thread reports skips and failures too
    # The window must hold a whole chunk, or the feeder would wait for records that only
    # come back once the chunk it is filling is complete.
    slots = threading.BoundedSemaphore(max(max_pending, 2 * CHUNK_SIZE)) if workers > 1 else None
    skipped = [0]  # unchanged before extraction (add_record counts the others in the run row)

    def fail(source: str, reason: str) -> None:
        source, reason = printable(source), printable(reason)
        store.record_failure(run_id, source, reason)
        with lock:
            summary.failed += 1
            summary.errors.append((source, reason))
            notify("failed", summary)

    reading_failed: list[BaseException] = []  # an error of the store while reading, not of an input

    def to_extract() -> Iterator[Document]:
        """The documents that still need extraction, in order; the rest are counted here."""
        try:
            yield from documents_to_extract()
        except Exception as exc:
            reading_failed.append(exc)
            raise

    def documents_to_extract() -> Iterator[Document]:
        items: Iterable[Document | InputFailure | str] = sources
        for item in _items(items, published):
            if isinstance(item, InputFailure):
                fail(item.source, item.reason)
                continue
            problem = document_problem(item)
            if problem:
                fail(str(item.url or item.id), problem)
                continue
            if store.has_document(text=item.text):
                with lock:
                    summary.unchanged += 1
                    skipped[0] += 1
                    notify("unchanged", summary)
                continue
            if slots is not None:
                slots.acquire()
            pending.append(item)
            yield item

    pending: deque[Document] = deque()
    stream: Iterator[Document] = to_extract()
    first = next(stream, None)
    # When everything is stored already, the pipeline is never even loaded.
    if first is not None:
        stream = itertools.chain([first], stream)
        extract = extractor or _default_extractor(workers, model)
        while True:
            try:
                for record in extract(stream):
                    document = pending.popleft()
                    if slots is not None:
                        slots.release()
                    _store(store, record, document, run_id, summary, lock, notify, fail)
                break
            except StoreError:
                raise  # the store itself fails (damaged, gone): no document can be stored, stop
            except Exception:
                if not pending or reading_failed:
                    # Nothing was in flight (the extractor itself is broken: no model...), or
                    # the store failed while the inputs were read: stop rather than go on
                    # with a stream that has ended.
                    raise
                # The documents in flight are retried one by one; the one that fails is recorded.
                in_flight = list(pending)
                pending.clear()
                if slots is not None:
                    for _ in in_flight:
                        slots.release()
                _retry_one_by_one(in_flight, store, run_id, summary, lock, notify, fail, model)
                stream = _rest(stream)
    store.finish_run(run_id, skipped=skipped[0])


def _rest(stream: Iterator[Document]) -> Iterator[Document]:
    """The unread remainder of a generator whose consumer died (a fresh wrapper, so it
    can be handed to a new extraction)."""
    yield from stream


def _items(
    sources: Iterable[Document | InputFailure | str], published: dt.date | None
) -> Iterator[Document | InputFailure]:
    for item in sources:
        if isinstance(item, str):
            yield from _read_source(item, published)
        else:
            yield item


def _read_source(source: str, published: dt.date | None) -> Iterator[Document | InputFailure]:
    """The items of one source; should its reader raise after all (a reader bug), that
    becomes a failure of this source and the next source is still read."""
    try:
        yield from read_sources([source], published=published)
    except Exception as exc:
        reason = f"reading stopped at an unexpected error ({type(exc).__name__}: {exc})"[:400]
        yield InputFailure(source, f"{reason}; inputs after it in this source were not read")


def _store(
    store: Store,
    record: Record,
    document: Document,
    run_id: int,
    summary: IngestSummary,
    lock: threading.Lock,
    notify: Listener,
    fail: Callable[[str, str], None],
) -> None:
    try:
        outcome = store.add_record(record, run_id=run_id)
    except StoreError:
        raise  # not this article's fault: a damaged or unreachable store fails every write
    except Exception as exc:
        fail(document.url or document.id, f"cannot store the record ({type(exc).__name__}: {exc})"[:500])
        return
    with lock:
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        notify(outcome, summary)


def _retry_one_by_one(
    documents: list[Document],
    store: Store,
    run_id: int,
    summary: IngestSummary,
    lock: threading.Lock,
    notify: Listener,
    fail: Callable[[str, str], None],
    model: str | None,
) -> None:
    from newsgraph.pipeline import extract

    for document in documents:
        try:
            record = extract(document, model=model)
        except Exception as exc:
            fail(document.url or document.id, f"extraction failed ({type(exc).__name__}: {exc})"[:500])
            continue
        _store(store, record, document, run_id, summary, lock, notify, fail)


def _default_extractor(workers: int, model: str | None) -> Extractor:
    from newsgraph.pipeline import extract_many

    def run(documents: Iterable[Document]) -> Iterator[Record]:
        return extract_many(documents, model=model, n_process=workers, chunk_size=CHUNK_SIZE)

    return run
