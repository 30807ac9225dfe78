"""HTML pages under ``/ui/``: server-rendered, every view has a URL, every number links to its records.

The pages read the same store object as the JSON API (``app.state.store``),
so the UI can never disagree with ``/articles`` or ``/quotes``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from newsgraph.api.auth import COOKIE, check_not_locked_out, require_extract, sign_in_needed, valid_read_token
from newsgraph.api.errors import ApiError
from newsgraph.api.extraction import ExtractRequest, run_extract, to_document
from newsgraph.web.pages import STATIC, article_context, render

router = APIRouter(prefix="/ui", include_in_schema=False)


def html(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(template, **context), status_code=status)


@router.get("/paste", response_class=HTMLResponse, dependencies=[Depends(require_extract)])
def paste_form() -> HTMLResponse:
    return html("paste.html", text="", published="", record=None, error=None)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return html("login.html", error=None, needed=sign_in_needed(request))


@router.post("/login", response_class=HTMLResponse, response_model=None)
async def login_submit(request: Request) -> HTMLResponse | RedirectResponse:
    """Check a read token and keep it in an HttpOnly, same-site cookie for the UI's pages.

    A server without a read token has nothing to sign in to: the form says so
    and no cookie is set, whatever was typed.
    """
    if not sign_in_needed(request):
        return html("login.html", status=400, error=None, needed=False)
    try:
        check_not_locked_out(request)
    except ApiError as exc:
        return html("login.html", status=429, error=f"Too many wrong tokens: {exc.detail}.", needed=True)
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    token = form.get("token", [""])[0].strip()
    if not token or not valid_read_token(request, token):
        return html("login.html", status=403, error="That token is not valid for reading.", needed=True)
    response = RedirectResponse("/ui/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


@router.post("/paste", response_class=HTMLResponse, dependencies=[Depends(require_extract)])
async def paste_submit(request: Request) -> HTMLResponse:
    """Analyse pasted text and show it like an article page; nothing is stored.

    The form is parsed by hand (``application/x-www-form-urlencoded``) so the UI
    needs no multipart library.
    """
    raw = (await request.body()).decode("utf-8", "replace")
    form = parse_qs(raw, keep_blank_values=True)
    text = form.get("text", [""])[0]
    published_raw = form.get("published", [""])[0].strip()
    context: dict[str, Any] = {"text": text, "published": published_raw, "record": None, "error": None}
    try:
        published = dt.date.fromisoformat(published_raw) if published_raw else None
    except ValueError:
        context["error"] = f"The publication date must look like 2024-11-07, not {published_raw!r}."
        return html("paste.html", status=422, **context)
    try:
        # A pasted web page goes through the HTML reader (main text only), like POST /extract.
        is_html = text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
        pasted = ExtractRequest(html=text, published=published, id="pasted") if is_html else ExtractRequest(
            text=text, published=published, id="pasted")
        document = to_document(pasted, max_chars=request.app.state.max_chars)
    except ApiError as exc:
        context["error"] = f"Cannot analyse this text: {exc.detail}"
        return html("paste.html", status=exc.status_code, **context)
    record = await run_extract(request, document)
    context.update(article_context(record))
    return html("paste.html", **context)


def mount_web(app: FastAPI) -> None:
    """Add the UI routes and ``/ui/static`` to ``app``."""
    from newsgraph.web import store_pages

    app.state.html_error = lambda status, error, detail: render(
        "error.html", status=status, error=error, detail=detail)
    app.mount("/ui/static", StaticFiles(directory=str(STATIC)), name="ui-static")
    app.include_router(router)
    app.include_router(store_pages.router)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)
