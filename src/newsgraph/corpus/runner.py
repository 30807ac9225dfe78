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

from newsgraph.ingest.document import Document, InputFailure, document_problem, printable
from newsgraph.ingest.readers import read_sources
from newsgraph.records import Record
from newsgraph.store import IngestRun, Store
from newsgraph.store.integrity import StoreError

#: Documents per task sent to a worker process: small, so a kill loses little work.
CHUNK_SIZE = 8

Extractor = Callable[[Iterable[Document]], Iterator[Record]]
Listener = Callable[[str, "IngestSummary"], None]
Source = str | Document | InputFailure


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

    ``sources`` are paths/URLs (strings) or already-read items. ``published`` is the
    date of inputs that have none of their own (any format: the readers' one rule).
    ``on_progress`` is called after each document with the outcome (``"added"``,
    ``"unchanged"``, ``"replaced"``, ``"failed"``) and the running summary.
    ``extractor`` replaces ``newsgraph.extract_many`` (for tests).
    """
    started = time.perf_counter()
    interrupted = store.mark_interrupted_runs()
    run_id = store.start_run()
    summary = IngestSummary(run_id=run_id, interrupted_runs=interrupted)
    run = _Run(store, summary, workers, model, on_progress, max_pending)
    try:
        run.extract_and_store(_items(sources, published), extractor)
    except BaseException:
        # Ctrl-C or a broken store/extractor: the run says it stopped early. (A SIGKILL
        # cannot be caught; the next ingest marks that run.)
        with contextlib.suppress(Exception):
            store.finish_run(run_id, status="interrupted")
        raise
    summary.seconds = time.perf_counter() - started
    return summary


class _Run:
    """The state of one ingest run: the store, the counts, and the documents in flight.

    Several workers mean a pool whose feeder thread pulls documents (and so reports
    skips and failures) while this thread stores records: ``lock`` guards the
    summary, and ``slots`` bounds how many documents are read ahead of extraction.
    """

    def __init__(
        self,
        store: Store,
        summary: IngestSummary,
        workers: int,
        model: str | None,
        on_progress: Listener | None,
        max_pending: int,
    ) -> None:
        self.store = store
        self.summary = summary
        self.workers = workers
        self.model = model
        self.notify: Listener = on_progress or (lambda _outcome, _summary: None)
        self.lock = threading.Lock()
        # The window must hold a whole chunk, or the feeder would wait for records that
        # only come back once the chunk it is filling is complete.
        self.slots = threading.BoundedSemaphore(max(max_pending, 2 * CHUNK_SIZE)) if workers > 1 else None
        self.skipped = 0  # unchanged before extraction (add_record counts the others in the run row)
        self.pending: deque[Document] = deque()
        #: An error of the store while the inputs were read: not any one input's fault.
        self.reading_failed: list[BaseException] = []

    def extract_and_store(
        self, items: Iterator[Document | InputFailure], extractor: Extractor | None
    ) -> None:
        """Extract and store every item that needs it; documents in flight when the
        extraction fails are retried one by one, so only the culprit is lost."""
        stream: Iterator[Document] = self._guard_reading(items)
        first = next(stream, None)
        # When everything is stored already, the pipeline is never even loaded.
        if first is not None:
            stream = itertools.chain([first], stream)
            extract = extractor or _default_extractor(self.workers, self.model)
            while True:
                try:
                    for record in extract(stream):
                        document = self.pending.popleft()
                        self._release(1)
                        self.store_record(record, document)
                    break
                except StoreError:
                    raise  # the store itself fails (damaged, gone): no document can be stored, stop
                except Exception:
                    if not self.pending or self.reading_failed:
                        # Nothing was in flight (the extractor itself is broken: no model...),
                        # or the store failed while the inputs were read: stop rather than go
                        # on with a stream that has ended.
                        raise
                    in_flight = list(self.pending)
                    self.pending.clear()
                    self._release(len(in_flight))
                    self._retry_one_by_one(in_flight)
                    stream = _rest(stream)
        self.store.finish_run(self.summary.run_id, skipped=self.skipped)

    def fail(self, source: str, reason: str) -> None:
        """Record one input's failure in the store and the summary; the run goes on."""
        source, reason = printable(source), printable(reason)
        self.store.record_failure(self.summary.run_id, source, reason)
        with self.lock:
            self.summary.failed += 1
            self.summary.errors.append((source, reason))
            self.notify("failed", self.summary)

    def store_record(self, record: Record, document: Document) -> None:
        """Store one record in its own transaction; a record the store refuses is a
        failure of its article, a store that fails every write stops the run."""
        try:
            outcome = self.store.add_record(record, run_id=self.summary.run_id)
        except StoreError:
            raise  # not this article's fault: a damaged or unreachable store fails every write
        except Exception as exc:
            reason = f"cannot store the record ({type(exc).__name__}: {exc})"[:500]
            self.fail(document.url or document.id, reason)
            return
        with self.lock:
            setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
            self.notify(outcome, self.summary)

    def _guard_reading(self, items: Iterator[Document | InputFailure]) -> Iterator[Document]:
        try:
            yield from self._to_extract(items)
        except Exception as exc:
            self.reading_failed.append(exc)
            raise

    def _to_extract(self, items: Iterator[Document | InputFailure]) -> Iterator[Document]:
        """The documents that still need extraction, in order; the rest are counted here."""
        for item in items:
            if isinstance(item, InputFailure):
                self.fail(item.source, item.reason)
                continue
            problem = document_problem(item)
            if problem:
                self.fail(str(item.url or item.id), problem)
                continue
            if self.store.has_document(text=item.text):
                with self.lock:
                    self.summary.unchanged += 1
                    self.skipped += 1
                    self.notify("unchanged", self.summary)
                continue
            if self.slots is not None:
                self.slots.acquire()
            self.pending.append(item)
            yield item

    def _release(self, count: int) -> None:
        if self.slots is not None:
            for _ in range(count):
                self.slots.release()

    def _retry_one_by_one(self, documents: list[Document]) -> None:
        from newsgraph.pipeline import extract

        for document in documents:
            try:
                record = extract(document, model=self.model)
            except Exception as exc:
                reason = f"extraction failed ({type(exc).__name__}: {exc})"[:500]
                self.fail(document.url or document.id, reason)
                continue
            self.store_record(record, document)


def _rest(stream: Iterator[Document]) -> Iterator[Document]:
    """The unread remainder of a generator whose consumer died (a fresh wrapper, so it
    can be handed to a new extraction)."""
    yield from stream


def _items(sources: Iterable[Source], published: dt.date | None) -> Iterator[Document | InputFailure]:
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


def _default_extractor(workers: int, model: str | None) -> Extractor:
    from newsgraph.pipeline import extract_many

    def run(documents: Iterable[Document]) -> Iterator[Record]:
        return extract_many(documents, model=model, n_process=workers, chunk_size=CHUNK_SIZE)

    return run
