"""The application factory: one FastAPI app serving the JSON API and the web UI.

``create_app(store_url)`` opens the store once and shares it between the JSON
endpoints (``/articles``, ``/quotes``, ... ; OpenAPI at ``/openapi.json``) and
the HTML pages under ``/ui/``, so both always show the same data. The API
lives at the root because its paths are what scripts type; the UI has its own
prefix so the two never compete for a URL.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import RedirectResponse

from newsgraph import __version__
from newsgraph.api.auth import Tokens, require_read
from newsgraph.api.errors import document_errors, error_responses, install_error_handlers
from newsgraph.api.extraction import (
    REQUEST_BODY_DOC,
    ExtractionPool,
    PublishedQuery,
    parse_request,
    pool_of,
    run_extract,
    to_document,
)
from newsgraph.api.limits import BodySizeLimit, ExtractionLimits, read_body, refuse_nul_in_url
from newsgraph.ingest.readers import MAX_CHARS
from newsgraph.records import Record

#: Default request body limit. A long news article is ~50 kB of text and its
#: web page rarely over 2 MB; anything bigger is refused with 413.
DEFAULT_MAX_BODY = 5 * 1024 * 1024

DESCRIPTION = """\
Evidence-linked records read from news articles: who said what, who did what to
whom, when and where. Every list endpoint takes `limit` and `offset` and
returns `{"total": N, "items": [...]}`. Writes need `Authorization: Bearer
<token>`; errors are `{"error": ..., "detail": ...}`.
"""


def create_app(
    store_url: str | None = None,
    token: str | None = None,
    *,
    read_token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    max_chars: int = MAX_CHARS,
    model: str | None = None,
    store: Any = None,
    web: bool = True,
    extraction: ExtractionLimits | None = None,
) -> FastAPI:
    """Build the app.

    ``store_url`` is an SQLAlchemy URL (``sqlite:///corpus.db``,
    ``postgresql+psycopg://...``); ``store`` may pass an already opened store
    instead (tests). Without either, only ``POST /extract`` and the paste box
    work and the read endpoints answer 503. ``token`` enables writes;
    ``read_token`` closes reads. ``extraction`` bounds ``POST /extract`` and the
    other extracting endpoints (workers, queue, time limit, body size).
    """
    pool = ExtractionPool(extraction or ExtractionLimits(), model)

    @asynccontextmanager
    async def lifespan(started: FastAPI) -> AsyncIterator[None]:
        yield
        started.state.extraction.close()

    app = FastAPI(
        lifespan=lifespan,
        dependencies=[Depends(refuse_nul_in_url)],
        title="newsgraph",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.tokens = Tokens(write=token or None, read=read_token or None)
    app.state.model = model
    app.state.max_chars = max_chars
    app.state.extraction = pool
    if store is None and store_url:
        from newsgraph.store import open_store

        store = open_store(store_url)
    app.state.store = store
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)

    @app.get("/health", tags=["meta"], summary="Liveness and what this server has")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "store": app.state.store is not None,
                "writes": app.state.tokens.write is not None}

    @app.post(
        "/extract",
        response_model=Record,
        response_model_by_alias=True,
        tags=["extraction"],
        summary="Analyse one article without storing it",
        openapi_extra=REQUEST_BODY_DOC,
        dependencies=[Depends(require_read)],
        responses=error_responses(400, 415, 503),
    )
    async def extract_endpoint(request: Request, published: PublishedQuery = None) -> Record:
        """Text or HTML in, a ``newsgraph/1`` record out. Nothing is stored."""
        body = await read_body(request, pool_of(request).limits.max_body_bytes)
        parsed = parse_request(body, request.headers.get("content-type", ""), published)
        document = to_document(parsed, max_chars=app.state.max_chars)
        return await run_extract(request, document)

    from newsgraph.api.routes import router, writes

    app.include_router(router)
    app.include_router(writes)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_errors(get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    if web:
        from newsgraph.web.routes import mount_web

        mount_web(app)

        @app.get("/", include_in_schema=False)
        def root() -> RedirectResponse:
            return RedirectResponse("/ui/", status_code=307)

    return app


def app_from_env() -> FastAPI:
    """App for ``uvicorn --factory newsgraph.api.app:app_from_env``: settings from the environment."""
    return create_app(
        os.environ.get("NEWSGRAPH_DB", "sqlite:///newsgraph.db"),
        os.environ.get("NEWSGRAPH_TOKEN"),
        read_token=os.environ.get("NEWSGRAPH_READ_TOKEN"),
    )
