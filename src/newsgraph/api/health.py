"""``/health`` and the answer to a failing store: 503 with the usual JSON error body.

A store failure is not the client's fault and not a bug of the route, so every
route answers it the same way: ``503 {"error": "store damaged" | "store
unavailable", "detail": ...}`` (an HTML error page under ``/ui/``), never a
plain-text 500. The detail names the problem, not the file: the server's paths
are not the client's business (the server log and ``newsgraph check`` name it).

``/health`` runs :func:`newsgraph.store.integrity.probe` (schema version and one
row per table: constant cost, so probes may be frequent) and also reports
damage that a route met since the server started. Damage does not heal, so it
is remembered until restart; a store that was merely unavailable (locked,
server restarting) is probed afresh on the next call.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy.exc import DatabaseError

from newsgraph import __version__
from newsgraph.api.errors import error_body
from newsgraph.store.integrity import ADVICE, StoreDamagedError, StoreError, describe

log = logging.getLogger("newsgraph.api")


def _store_failure(request: Request, exc: Exception) -> JSONResponse | HTMLResponse:
    if isinstance(exc, StoreDamagedError):
        damaged, problem = True, exc.problem
    elif isinstance(exc, StoreError):
        damaged, problem = False, getattr(exc, "problem", str(exc))
    else:
        damaged, problem = describe(exc)
    log.error("%s %s: %s", request.method, request.url.path, exc)
    if damaged:
        request.app.state.store_damage = problem
        body = error_body(503, "store damaged",
                          f"the corpus store is damaged ({problem}); the operator should run "
                          f"`newsgraph check` and then {ADVICE}")
    else:
        body = error_body(503, "store unavailable", f"the corpus store cannot answer now: {problem}")
    html_page = getattr(request.app.state, "html_error", None)
    if html_page is not None and request.url.path.startswith("/ui/"):
        return HTMLResponse(html_page(503, body["error"], body["detail"]), status_code=503)
    return JSONResponse(body, status_code=503, headers={"Retry-After": "60"} if not damaged else None)


def install_store_errors(app: FastAPI) -> None:
    """Answer ``StoreError`` and any SQLAlchemy ``DatabaseError`` a route lets through with 503."""
    app.state.store_damage = None

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse | HTMLResponse:
        return _store_failure(request, exc)

    @app.exception_handler(DatabaseError)
    async def database_error(request: Request, exc: DatabaseError) -> JSONResponse | HTMLResponse:
        return _store_failure(request, exc)


def add_health_route(app: FastAPI) -> None:
    """``GET /health``: 200 ``{"status": "ok", ...}``, or 503 ``"degraded"`` naming the store's problem."""

    @app.get("/health", tags=["meta"], summary="Liveness, the store's state and what this server has",
             responses={503: {"description": "the store is damaged or unavailable (status 'degraded')"}})
    def health() -> JSONResponse:
        from newsgraph.store.integrity import probe

        store = app.state.store
        problem: str | None = None
        if store is not None:
            problem = app.state.store_damage or probe(store)
        body: dict[str, Any] = {
            "status": "degraded" if problem else "ok",
            "version": __version__,
            "store": store is not None,
            "store_problem": problem,
            "writes": app.state.tokens.write is not None,
        }
        return JSONResponse(body, status_code=503 if problem else 200)
