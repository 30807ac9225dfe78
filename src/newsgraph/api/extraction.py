"""Turning an HTTP request body into a ``Document`` and running the extractor on it.

Bodies may be JSON (``{"text": ...}`` or ``{"html": ...}`` plus optional
metadata), ``text/plain`` or ``text/html``. Validation reuses the ingest
readers, so the API refuses exactly what the CLI refuses (empty, binary, not
English, too long) with the same words. Extraction is CPU-bound spaCy work: it
runs in a worker thread behind a lock so the event loop keeps serving reads
and two requests never share the pipeline at once.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any

from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from newsgraph.api.errors import ApiError
from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import (
    MAX_CHARS,
    InputFailure,
    document_from_html,
    document_from_text,
)
from newsgraph.pipeline import extract
from newsgraph.records import Record

_PIPELINE_LOCK = threading.Lock()


class ExtractRequest(BaseModel):
    """An article to analyse: ``text`` or ``html`` (one of them), plus what is known about it."""

    text: str | None = Field(default=None, description="Plain article text")
    html: str | None = Field(default=None, description="A web page; its main text is extracted")
    id: str | None = Field(default=None, description="Article id (default: a hash of the text)")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet, e.g. 'Reuters'")
    author: str | None = None
    published: dt.date | None = Field(
        default=None, description="Publication date; anchors relative times like 'on Thursday'"
    )


#: OpenAPI description of the request body the extraction endpoints accept.
REQUEST_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def parse_request(body: bytes, content_type: str, query_published: str | None = None) -> ExtractRequest:
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
    published = _date(query_published) if query_published else None
    if is_json:
        try:
            data = json.loads(text) if text.strip() else None
        except json.JSONDecodeError as exc:
            detail = f"the body is not JSON: {exc.msg} at line {exc.lineno}"
            raise ApiError(400, "invalid JSON", detail) from exc
        if not isinstance(data, dict):
            raise ApiError(422, "invalid request", "send a JSON object with a 'text' or 'html' field")
        try:
            request = ExtractRequest.model_validate(data)
        except ValidationError as exc:
            problems = [{"where": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]}
                        for e in exc.errors()]
            raise ApiError(422, "invalid request", problems) from exc
    elif media == "text/plain":
        request = ExtractRequest(text=text)
    else:
        request = ExtractRequest(html=text)
    if published and request.published is None:
        request.published = published
    if (request.text is None) == (request.html is None):
        raise ApiError(422, "invalid request", "give exactly one of 'text' and 'html'")
    return request


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


def _extract_locked(document: Document, model: str | None) -> Record:
    with _PIPELINE_LOCK:
        return extract(document, model=model)


async def run_extract(document: Document, model: str | None = None) -> Record:
    """``newsgraph.extract`` in a worker thread, one extraction at a time."""
    return await run_in_threadpool(_extract_locked, document, model)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        detail = f"published must be a date like 2024-11-07, not {value!r}"
        raise ApiError(422, "invalid request", detail) from exc
