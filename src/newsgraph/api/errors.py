"""Every error the API returns has one JSON shape: ``{"error": ..., "detail": ...}``.

``error`` is a short, stable phrase a client can branch on ("not found",
"invalid request", "payload too large", ...); ``detail`` says what exactly was
wrong, in words a user can act on, or lists the validation problems.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException


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
    and document the 4xx answers every endpoint can give, so clients see the real shape."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["ErrorBody"] = ErrorBody.model_json_schema()
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for path, operations in schema.get("paths", {}).items():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses["422"] = {"description": "invalid request", "content": ref}
            if path not in ("/health",):
                responses.setdefault("401", {"description": "a read token is set and none was sent",
                                             "content": ref})
                responses.setdefault("413", {"description": "request body too large", "content": ref})
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
