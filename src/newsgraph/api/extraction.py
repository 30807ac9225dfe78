"""Turning an HTTP request body into a ``Document``, and running the extractor away from the server.

Bodies may be JSON (``{"text": ...}`` or ``{"html": ...}`` plus optional
metadata), ``text/plain`` or ``text/html``. Validation reuses the ingest
readers, so the API refuses exactly what the CLI refuses (empty, binary, not
English, too long) with the same words; a body that cannot even be decoded
(nested past Python's recursion limit, a 5,000-digit number, ``NaN``, a lone
surrogate, a NUL) is a 400 here, before any of it reaches the pipeline or the store.

Extraction is CPU-bound spaCy work, and one hostile article can keep a parse
busy for a minute, partly in C code that holds the GIL, so a worker *thread*
would still stall the event loop and could never be stopped. ``ExtractionPool``
therefore runs it in a few worker *processes*, each with its own pipeline: a
request borrows an idle worker, and a worker still busy when the time limit
passes is killed and replaced. Requests beyond the workers wait in a short,
bounded queue; past it they get 503 with ``Retry-After`` at once. The server
process itself only decodes, validates and waits.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Query
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator
from starlette.requests import Request

from newsgraph.api.errors import ApiError
from newsgraph.api.limits import MAX_INT64, ExtractionLimits, IsoDate, parse_iso_date
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import (
    MAX_CHARS,
    InputFailure,
    document_from_html,
    document_from_text,
)
from newsgraph.records import Record

_log = logging.getLogger("newsgraph.api")

#: Seconds a client is asked to wait (``Retry-After``) when every worker and queue place is taken.
RETRY_AFTER_SECONDS = 5

#: How long a new worker may take to import spaCy and load its pipeline before it counts as broken.
WORKER_START_SECONDS = 120.0


class ExtractRequest(BaseModel):
    """An article to analyse: ``text`` or ``html`` (exactly one of them), plus what is known about it.

    The "exactly one" rule is in the model (and so in the OpenAPI schema, as a
    ``oneOf``), not only in the handler, so what the schema accepts is what the
    server accepts.
    """

    model_config = {
        "json_schema_extra": {
            "oneOf": [
                {"required": ["text"], "properties": {"text": {"type": "string"}}},
                {"required": ["html"], "properties": {"html": {"type": "string"}}},
            ]
        }
    }

    text: str | None = Field(default=None, description="Plain article text")
    html: str | None = Field(default=None, description="A web page; its main text is extracted")
    id: str | None = Field(default=None, description="Article id (default: a hash of the text)")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet, e.g. 'Reuters'")
    author: str | None = None
    published: IsoDate | None = Field(
        default=None, description="Publication date (YYYY-MM-DD); anchors relative times like 'on Thursday'"
    )

    @field_validator("text", "html", "id", "title", "url", "source", "author")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        problem = None if value is None else unusable_character(value)
        if problem:
            raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _exactly_one_body(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


#: The ``published`` query parameter of the extracting endpoints (for text/plain and HTML bodies).
PublishedQuery = Annotated[IsoDate | None, Query(
    description="Publication date (YYYY-MM-DD) when the body does not give one")]

#: A short article for the OpenAPI examples (the /docs page's "Try it out", and contract tests).
EXAMPLE_TEXT = (
    "Harbour workers ended their strike on Tuesday after the port authority agreed to raise wages. "
    '"We have what we asked for," union leader Mara Voss told reporters outside the gates.'
)

#: OpenAPI description of the request body the extraction endpoints accept.
REQUEST_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": ExtractRequest.model_json_schema(),
                "example": {"text": EXAMPLE_TEXT, "published": "2025-05-02", "source": "Example Wire"},
            },
            "text/plain": {"schema": {"type": "string"}, "example": EXAMPLE_TEXT},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def unusable_character(text: str) -> str | None:
    """Why ``text`` cannot be stored or encoded, or None: a lone surrogate (JSON's
    ``"\\ud800"`` decodes to one, and UTF-8 cannot encode it) or a NUL (PostgreSQL
    refuses it in text)."""
    if "\x00" in text:
        return "contains a NUL character (U+0000)"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains a lone surrogate (U+{ord(text[exc.start]):04X}), which is not a character"
    return None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_json(text: str) -> Any:
    """``json.loads`` for untrusted bodies: 400 ``invalid JSON`` instead of a 500 for bodies
    nested past the recursion limit, numbers of more than 4,300 digits, and NaN/Infinity
    (which no JSON response could echo); 400 ``invalid value`` for a string holding a
    lone surrogate or NUL anywhere (keys too) or an integer no database column holds."""
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ApiError(400, "invalid JSON", f"the body is not JSON: {exc.msg} at line {exc.lineno}") from exc
    except RecursionError as exc:
        raise ApiError(400, "invalid JSON", "the body is nested too deeply to read") from exc
    except ValueError as exc:  # int() digit limit, or NaN/Infinity
        raise ApiError(400, "invalid JSON", f"the body is not usable JSON: {exc}") from exc
    where, problem = _first_unusable_value(data)
    if problem:
        raise ApiError(400, "invalid value", f"{where or 'the body'} {problem}")
    return data


def _first_unusable_value(data: Any) -> tuple[str, str | None]:
    """The JSON path and problem of the first value in ``data`` that cannot be stored
    (iterative: the decoder bounded the depth, but recursion here would add to it)."""
    pending: list[tuple[str, Any]] = [("", data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            problem = unusable_character(value)
            if problem:
                return path, problem
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT64:
            return path, "is a number outside the 64-bit integer range"
        elif isinstance(value, dict):
            for key, item in value.items():
                problem = unusable_character(key)
                if problem:
                    return path or "a key", problem
                pending.append((f"{path}.{key}" if path else key, item))
        elif isinstance(value, list):
            pending.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
    return "", None


def parse_request(
    body: bytes, content_type: str, query_published: dt.date | str | None = None
) -> ExtractRequest:
    """The request model from a raw body; 4xx ``ApiError`` when it cannot be one."""
    media = content_type.split(";", 1)[0].strip().lower()
    is_json = media in ("", "application/json") or media.endswith("+json")
    if not (is_json or media in ("text/plain", "text/html", "application/xhtml+xml")):
        raise ApiError(415, "unsupported media type",
                       f"send application/json, text/plain or text/html, not {media!r}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "bad encoding", "the request body must be UTF-8") from exc
    published = _date(query_published) if isinstance(query_published, str) else query_published
    data: Any
    if is_json:
        data = load_json(text) if text.strip() else None
        if not isinstance(data, dict):
            raise ApiError(422, "invalid request", "send a JSON object with a 'text' or 'html' field")
    elif media == "text/plain":
        data = {"text": text}
    else:
        data = {"html": text}
    if published and data.get("published") is None:
        data = {**data, "published": published}
    try:
        return ExtractRequest.model_validate(data)
    except ValidationError as exc:
        problems = [{"where": ".".join(str(p) for p in e["loc"]) or "body", "problem": e["msg"]}
                    for e in exc.errors()]
        raise ApiError(422, "invalid request", problems) from exc


def to_document(request: ExtractRequest, max_chars: int = MAX_CHARS) -> Document:
    """Validate the article like the CLI readers do; 422 with their reason when unreadable."""
    result: Document | InputFailure
    if request.html is not None:
        result = document_from_html(request.html, "html", url=request.url, doc_id=request.id,
                                    published=request.published, max_chars=max_chars)
        if isinstance(result, Document):
            result.title = request.title or result.title
            result.source = request.source or result.source
            result.author = request.author or result.author
    else:
        result = document_from_text(request.text or "", "text", doc_id=request.id, title=request.title,
                                    url=request.url, outlet=request.source, published=request.published,
                                    author=request.author, max_chars=max_chars)
    if isinstance(result, InputFailure):
        raise ApiError(422, "unreadable article", result.reason)
    return result


def extract_document(document: Document, model: str | None) -> Record:
    """The work a pool worker does for one request (a module-level function, so it pickles)."""
    from newsgraph.pipeline import extract

    return extract(document, model=model)


def load_model(model: str | None) -> None:
    """What a new worker does before it takes requests: import spaCy and load the pipeline,
    so that cost never counts against a request's time limit."""
    from newsgraph.pipeline import load_pipeline

    load_pipeline(model)


Work = Callable[[Document, str | None], Record]
Warm = Callable[[str | None], None]


def _worker_main(connection: Connection, work: Work, warm: Warm, model: str | None) -> None:
    """A worker process: warm up, then answer one document at a time until the server hangs up."""
    # Ctrl-C in the terminal reaches the whole process group; the server decides when workers end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        warm(model)
    except Exception as exc:  # e.g. no spaCy model installed: the server says so in a 503
        connection.send(("unavailable", f"{type(exc).__name__}: {exc}"))
        return
    connection.send(("ready", None))
    while True:
        try:
            document = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", work(document, model))
        except NewsgraphError as exc:
            reply = ("refused", str(exc))
        except Exception as exc:
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        connection.send(reply)


@dataclass(slots=True, eq=False)  # compared and hashed by identity: one per process
class _Worker:
    process: BaseProcess
    connection: Connection


class ExtractionPool:
    """A few worker processes that run extractions with a time limit (see the module docstring).

    Blocking waits happen in threads (``anyio.to_thread``), never on the event
    loop; only ``workers + queue`` such threads exist at once, because admission
    is decided before a thread is used. Workers are started on first use, so an
    app that never extracts never starts one. ``work`` and ``warm`` are what a
    worker runs; tests swap them for stand-ins that hang or fail.
    """

    def __init__(self, limits: ExtractionLimits, model: str | None = None, *,
                 work: Work = extract_document, warm: Warm = load_model) -> None:
        self.limits = limits
        self.model = model
        self._work = work
        self._warm = warm
        # spawn, not fork: the server process has threads (anyio, SQLAlchemy), and a forked
        # copy of a lock some thread held would hang the worker.
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._workers: set[_Worker] = set()
        self._starting = 0
        self._admitted = 0

    @property
    def busy(self) -> int:
        """Requests running or waiting right now."""
        return self._admitted

    async def run(self, document: Document) -> Record:
        """The record for ``document``, or an ``ApiError`` (422 refused, 503 busy/timed out)."""
        with self._lock:
            if self._admitted >= self.limits.workers + self.limits.queue:
                raise ApiError(
                    503, "busy",
                    f"all {self.limits.workers} extraction worker(s) and {self.limits.queue} waiting "
                    f"place(s) are taken; retry in {RETRY_AFTER_SECONDS} s",
                    headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
            self._admitted += 1
        try:
            return await anyio.to_thread.run_sync(self._run_blocking, document)
        finally:
            with self._lock:
                self._admitted -= 1

    def close(self) -> None:
        """Stop every worker (the app's lifespan ends). Requests still running get 503; a
        later request starts new workers, since an app's lifespan may run more than once
        (a test client opens one per ``with``)."""
        with self._lock:
            workers = list(self._workers)
            self._workers.clear()
            while not self._idle.empty():  # stopped workers must never be handed out
                self._idle.get_nowait()
        for worker in workers:
            _stop(worker)

    def _run_blocking(self, document: Document) -> Record:
        worker = self._checkout()
        timeout = self.limits.timeout_seconds
        try:
            worker.connection.send(document)
            if not worker.connection.poll(timeout):
                self._discard(worker)
                raise ApiError(
                    503, "extraction timed out",
                    f"the extraction took longer than the limit of {timeout:g} s and was stopped; "
                    "a shorter article, or a server with a higher --extract-timeout, may get through")
            status, payload = worker.connection.recv()
        except (EOFError, OSError) as exc:
            self._discard(worker)
            raise ApiError(503, "extraction failed",
                           "the extraction worker stopped unexpectedly; it has been replaced") from exc
        self._idle.put(worker)
        if status == "ok":
            record: Record = payload
            return record
        if status == "refused":
            raise ApiError(422, "unreadable article", payload)
        _log.error("extraction failed: %s", payload)
        raise ApiError(500, "extraction failed", payload)

    def _checkout(self) -> _Worker:
        """An idle worker: a free one, a newly started one while fewer than ``workers`` exist,
        or the next to come free. Admission bounds who waits here, so the wait is bounded too:
        every request ahead runs at most one time limit, and a killed worker's replacement
        needs at most one start-up."""
        with self._lock:
            start = len(self._workers) + self._starting < self.limits.workers and self._idle.empty()
            if start:
                self._starting += 1
        if start:
            return self._start()
        try:
            return self._idle.get(timeout=self._longest_wait())
        except queue.Empty:
            raise ApiError(503, "busy", "no extraction worker came free in time; retry later",
                           headers={"Retry-After": str(RETRY_AFTER_SECONDS)}) from None

    def _longest_wait(self) -> float:
        ahead = self.limits.queue // self.limits.workers + 1
        return ahead * self.limits.timeout_seconds + WORKER_START_SECONDS

    def _start(self) -> _Worker:
        """Start one worker and wait until its pipeline is loaded (caller counted it in ``_starting``)."""
        try:
            ours, theirs = self._context.Pipe()
            process = self._context.Process(
                target=_worker_main, args=(theirs, self._work, self._warm, self.model),
                name="newsgraph-extract", daemon=True)
            process.start()
            theirs.close()
            worker = _Worker(process, ours)
            try:
                ready = ours.poll(WORKER_START_SECONDS)
                status, detail = ours.recv() if ready else ("unavailable", "the worker did not start in time")
            except (EOFError, OSError):
                status, detail = "unavailable", f"the worker exited while starting (code {process.exitcode})"
            if status != "ready":
                _stop(worker)
                raise ApiError(503, "extraction unavailable", f"cannot start an extraction worker: {detail}")
            with self._lock:
                self._workers.add(worker)
            return worker
        finally:
            with self._lock:
                self._starting -= 1

    def _discard(self, worker: _Worker) -> None:
        """Kill a stuck or broken worker and start its replacement in the background."""
        with self._lock:
            self._workers.discard(worker)
            self._starting += 1
        _stop(worker)
        threading.Thread(target=self._replace, name="newsgraph-extract-restart", daemon=True).start()

    def _replace(self) -> None:
        try:
            self._idle.put(self._start())
        except ApiError as exc:
            _log.error("could not replace an extraction worker: %s", exc.detail)


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=10)
    worker.connection.close()


def pool_of(request: Request) -> ExtractionPool:
    """The app's extraction pool (``create_app`` makes one)."""
    pool: ExtractionPool = request.app.state.extraction
    return pool


async def run_extract(request: Request, document: Document) -> Record:
    """Extract ``document`` in the app's worker pool, within its time limit."""
    return await pool_of(request).run(document)


def _date(value: str) -> dt.date:
    try:
        return parse_iso_date(value)
    except ValueError as exc:
        detail = f"published must be a date like 2024-11-07, not {value!r}"
        raise ApiError(422, "invalid request", detail) from exc
