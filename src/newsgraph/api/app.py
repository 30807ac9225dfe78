"""The application factory: one FastAPI app serving the JSON API and the web UI.

``create_app(store_url)`` opens the store once and shares it between the JSON
endpoints (``/articles``, ``/quotes``, ... ; OpenAPI at ``/openapi.json``) and
the HTML pages under ``/ui/``, so both always show the same data. The API
lives at the root because its paths are what scripts type; the UI has its own
prefix so the two never compete for a URL.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import partial
from typing import Any, cast

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, RedirectResponse

from newsgraph import __version__
from newsgraph.api.auth import EXTRACT_ACCESS, ExtractAccess, GuessLimiter, Tokens, require_extract
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
from newsgraph.api.health import add_health_route, install_store_errors
from newsgraph.api.limits import BodySizeLimit, ExtractionLimits, read_body, refuse_nul_in_url
from newsgraph.api.security import DEFAULT_ALLOWED_HOSTS, RequestGuard, SecurityHeaders, docs_policy
from newsgraph.errors import NewsgraphError
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
    allowed_hosts: Sequence[str] | None = None,
    extract_access: ExtractAccess = "read",
    guesses: GuessLimiter | None = None,
    extraction: ExtractionLimits | None = None,
) -> FastAPI:
    """Build the app.

    ``store_url`` is an SQLAlchemy URL (``sqlite:///corpus.db``,
    ``postgresql+psycopg://...``); ``store`` may pass an already opened store
    instead (tests). Without either, only ``POST /extract`` and the paste box
    work and the read endpoints answer 503. ``token`` enables writes;
    ``read_token`` closes reads; ``extract_access="write"`` reserves ``POST
    /extract`` and the paste box for the write token. ``allowed_hosts`` are the
    host names requests may address (default: localhost, 127.0.0.1, ::1; ``*``
    allows any and gives up the DNS-rebinding protection). ``guesses`` replaces
    the wrong-token limiter (tests pass one with a fake clock). ``extraction``
    bounds ``POST /extract`` and the other extracting endpoints (workers, queue,
    time limit, body size).
    """
    if extract_access not in EXTRACT_ACCESS:
        raise NewsgraphError(
            f"extract_access must be one of {', '.join(EXTRACT_ACCESS)}, not {extract_access!r}")
    pool = ExtractionPool(extraction or ExtractionLimits(), model)
    app = FastAPI(
        lifespan=_lifespan,
        dependencies=[Depends(refuse_nul_in_url)],
        title="newsgraph",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,  # served by _add_docs_route, with a CSP that allows exactly its own inline script
        redoc_url=None,
    )
    app.state.tokens = Tokens(write=token or None, read=read_token or None)
    app.state.extract_access = extract_access
    app.state.guesses = guesses or GuessLimiter()
    app.state.model = model
    app.state.max_chars = max_chars
    app.state.extraction = pool
    if store is None and store_url:
        from newsgraph.store import open_store

        store = open_store(store_url)
    app.state.store = store
    install_error_handlers(app)
    install_store_errors(app)
    _install_middleware(app, max_body_bytes, allowed_hosts)
    add_health_route(app)
    _add_docs_route(app)
    _add_extract_route(app)

    from newsgraph.api.routes import router, writes

    app.include_router(router)
    app.include_router(writes)
    app.openapi = partial(_openapi, app)  # type: ignore[method-assign]
    if web:
        _mount_web(app)
    return app


@asynccontextmanager
async def _lifespan(started: FastAPI) -> AsyncIterator[None]:
    """Nothing to start; on shutdown, stop the extraction workers."""
    yield
    started.state.extraction.close()


def _install_middleware(app: FastAPI, max_body_bytes: int, allowed_hosts: Sequence[str] | None) -> None:
    # Added innermost first: SecurityHeaders wraps everything, so refusals carry the headers too.
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(RequestGuard, allowed_hosts=tuple(allowed_hosts or DEFAULT_ALLOWED_HOSTS))
    app.add_middleware(SecurityHeaders)


def _add_docs_route(app: FastAPI) -> None:
    """Swagger UI at ``/docs``, with a Content-Security-Policy allowing exactly its own inline script."""
    docs_page = get_swagger_ui_html(openapi_url="/openapi.json", title="newsgraph - Swagger UI")
    docs_headers = {"Content-Security-Policy": docs_policy(bytes(docs_page.body).decode("utf-8"))}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(bytes(docs_page.body), headers=docs_headers)


def _add_extract_route(app: FastAPI) -> None:
    app.post(
        "/extract",
        response_model=Record,
        response_model_by_alias=True,
        tags=["extraction"],
        summary="Analyse one article without storing it",
        openapi_extra=REQUEST_BODY_DOC,
        dependencies=[Depends(require_extract)],
        responses=error_responses(400, 415, 503),
    )(extract_endpoint)


async def extract_endpoint(request: Request, published: PublishedQuery = None) -> Record:
    """Text or HTML in, a ``newsgraph/1`` record out. Nothing is stored."""
    body = await read_body(request, pool_of(request).limits.max_body_bytes)
    parsed = parse_request(body, request.headers.get("content-type", ""), published)
    document = to_document(parsed, max_chars=request.app.state.max_chars)
    return await run_extract(request, document)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI schema, built once, with the error responses documented on every route."""
    if app.openapi_schema is None:
        app.openapi_schema = document_errors(get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes))
    return app.openapi_schema


def _mount_web(app: FastAPI) -> None:
    """The HTML UI under ``/ui/``, and ``/`` sending a browser there."""
    from newsgraph.web.routes import mount_web

    mount_web(app)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/ui/", status_code=307)


def app_from_env() -> FastAPI:
    """App for ``uvicorn --factory newsgraph.api.app:app_from_env``: settings from the environment."""
    hosts = re.split(r"[\s,]+", os.environ.get("NEWSGRAPH_ALLOWED_HOSTS", "").strip())
    access = cast(ExtractAccess, os.environ.get("NEWSGRAPH_EXTRACT_ACCESS", "read"))
    return create_app(
        os.environ.get("NEWSGRAPH_DB", "sqlite:///newsgraph.db"),
        os.environ.get("NEWSGRAPH_TOKEN"),
        read_token=os.environ.get("NEWSGRAPH_READ_TOKEN"),
        allowed_hosts=[*DEFAULT_ALLOWED_HOSTS, *filter(None, hosts)],
        extract_access=access,
    )
