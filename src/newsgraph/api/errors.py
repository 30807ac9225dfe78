"""Every error the API returns has one JSON shape: ``{"error": ..., "detail": ...}``.

``error`` is a short, stable phrase a client can branch on ("not found",
"invalid request", "payload too large", ...); ``detail`` says what exactly was
wrong, in words a user can act on, or lists the validation problems.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

_log = logging.getLogger("newsgraph.api")

#: What each error status means in this API, for the OpenAPI ``responses`` of the routes.
ERROR_MEANINGS: dict[int, str] = {
    400: "the body cannot be read: not UTF-8 ('bad encoding'), not JSON or nested too deeply "
         "('invalid JSON'), or holding a lone surrogate, a NUL or an integer past 64 bits ('invalid value')",
    401: "a token is needed and none was sent",
    403: "the token is not valid here, or the server takes no writes",
    404: "no such article or actor",
    409: "another stored article already has this text",
    413: "request body too large",
    415: "unsupported media type",
    422: "invalid request",
    500: "the server failed on this request (the error is logged)",
    503: "no store, or extraction busy (see Retry-After), timed out or unavailable",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: each status with the ``ErrorBody`` model and its meaning."""
    return {status: {"model": ErrorBody, "description": ERROR_MEANINGS[status]} for status in statuses}


class ApiError(HTTPException):
    """An HTTP error with an explicit short ``error`` phrase and a ``detail``."""

    def __init__(self, status: int, error: str, detail: Any = None, headers: dict[str, str] | None = None):
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.error = error


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: str = Field(description="short, stable phrase, e.g. 'not found', 'invalid request'")
    detail: Any = Field(description="what exactly was wrong; for 422 a list of {where, problem}")


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace FastAPI's default 422 schema in ``schema`` (OpenAPI) with ``ErrorBody``,
    and document the errors every endpoint can give (422, 500; and 401, 403, 413 past
    ``/health``), so clients see the real shape. Errors only some routes give are
    declared on the route (``error_responses``)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["ErrorBody"] = ErrorBody.model_json_schema()
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for path, operations in schema.get("paths", {}).items():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses["422"] = {"description": ERROR_MEANINGS[422], "content": ref}
            responses.setdefault("500", {"description": ERROR_MEANINGS[500], "content": ref})
            if path not in ("/health",):
                for status in (401, 403, 413):
                    responses.setdefault(str(status), {"description": ERROR_MEANINGS[status], "content": ref})
    return schema


def error_body(status: int, error: str | None, detail: Any) -> dict[str, Any]:
    """The JSON body of an error response."""
    if not error:
        try:
            error = HTTPStatus(status).phrase.lower()
        except ValueError:
            error = "error"
    return {"error": error, "detail": detail}


def install_error_handlers(app: FastAPI) -> None:
    """Make FastAPI's own errors (404 routes, 405, 422 validation) use the same shape."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse | HTMLResponse:
        error = getattr(exc, "error", None)
        detail: Any = exc.detail
        if error is None and isinstance(detail, str) and detail == HTTPStatus(exc.status_code).phrase:
            detail = f"{request.method} {request.url.path}: {detail.lower()}"
        body = error_body(exc.status_code, error, detail)
        html_page = getattr(request.app.state, "html_error", None)
        if html_page is not None and request.url.path.startswith("/ui/"):
            # People browsing the UI get a page with the navigation, not JSON.
            return HTMLResponse(html_page(exc.status_code, body["error"], body["detail"]),
                                status_code=exc.status_code)
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"where": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg", "")}
            for err in exc.errors()
        ]
        return JSONResponse(error_body(422, "invalid request", problems), status_code=422)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        # A bug must still answer in the documented shape; the traceback goes to the log only.
        _log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        detail = "the server failed on this request; the error has been logged"
        return JSONResponse(error_body(500, "internal error", detail), status_code=500)
