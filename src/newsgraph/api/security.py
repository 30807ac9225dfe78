"""Browser-facing protections, as plain ASGI middleware: response headers, Host and Origin checks.

* **Headers on every response** (:class:`SecurityHeaders`): a Content-Security-
  Policy that lets pages load scripts and styles from this server only (the UI
  has no inline script or style; chart data travels as JSON in
  ``<script type="application/json">``, which is data, not script), no framing
  (``frame-ancestors 'none'`` and ``X-Frame-Options: DENY`` for old browsers),
  ``X-Content-Type-Options: nosniff`` (a JSON answer is never run as script) and
  ``Referrer-Policy: same-origin`` (page URLs, which hold search words, are not
  sent to the article sites the pages link to).
* **Host allow-list** (:class:`RequestGuard`): a page on an attacker's site can
  make its own host name resolve to 127.0.0.1 (DNS rebinding) and then read an
  open-read server as if it were the same origin. The browser still sends the
  attacker's name in ``Host``, so accepting only the names the server is known
  by stops it. Starlette's ``TrustedHostMiddleware`` does the same check but
  answers in plain text; this one answers with the API's JSON error body.
* **No cross-site writes** (:class:`RequestGuard`): a form or a ``text/plain``
  ``fetch`` from another site is a "simple" request that skips the CORS
  preflight, so a browser would deliver it. Any unsafe method whose
  ``Sec-Fetch-Site`` or ``Origin`` says it comes from another origin is refused.
  Scripts and ``curl`` send neither header and are unaffected.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.errors import error_body

#: Host names accepted when none are configured: this machine's loopback names only.
DEFAULT_ALLOWED_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")

#: Paths exempt from the Host check: what a load balancer probes by IP address, and
#: nothing a rebinding page could learn from (status and version, no corpus data).
HOST_CHECK_EXEMPT: frozenset[str] = frozenset({"/health"})

#: The one style cytoscape injects into ``<head>`` (its container must be position: relative);
#: allowed by hash so the graph page runs without a CSP violation and without 'unsafe-inline'.
CYTOSCAPE_INLINE_STYLE = ".__________cytoscape_container { position: relative; }"

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
#: Sec-Fetch-Site values of a request the page's own origin (or the user, typing a URL) made.
SAME_ORIGIN_FETCH = frozenset({"same-origin", "none"})


def csp_hash(source: str) -> str:
    """The CSP source expression (``'sha256-...'``) allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(directives: dict[str, Iterable[str]]) -> str:
    """A Content-Security-Policy header value from ``{directive: sources}``."""
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


#: The policy of every page but the API docs: everything from this server, nothing inline.
CONTENT_SECURITY_POLICY = policy({
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", csp_hash(CYTOSCAPE_INLINE_STYLE)],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
})

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def docs_policy(page: str, cdn: str = "https://cdn.jsdelivr.net") -> str:
    """The policy of the Swagger UI page ``/docs``: its scripts and styles come from ``cdn``
    and one inline script starts it (allowed by its hash, computed from ``page``).

    Its styles may be inline (Swagger UI sets style attributes); the page shows
    only this API's own description, no stored text.
    """
    scripts = [csp_hash(body) for body in _INLINE_SCRIPT.findall(page)]
    return policy({
        "default-src": ["'none'"],
        "script-src": [cdn, *scripts],
        "style-src": [cdn, "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "https://fastapi.tiangolo.com"],
        "connect-src": ["'self'"],
        "form-action": ["'none'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    })


SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every HTTP response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers.extend((name, value) for name, value in SECURITY_HEADERS if name not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def host_name(host_header: str) -> str:
    """The name part of a Host header, lower case: ``[::1]:8000`` -> ``::1``, ``Ex.org.`` -> ``ex.org``."""
    value = host_header.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def host_allowed(name: str, allowed: Sequence[str]) -> bool:
    """Whether host ``name`` matches an entry of ``allowed`` (``*`` = any, ``*.example.org`` = subdomains)."""
    for pattern in allowed:
        if pattern == "*" or name == pattern:
            return True
        if pattern.startswith("*.") and name.endswith(pattern[1:]):
            return True
    return False


class RequestGuard:
    """Refuse requests for an unknown Host (400) and cross-origin unsafe requests (403)."""

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        self.app = app
        self.allowed_hosts = tuple(host_name(h) if h != "*" else h for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1")
                   for name, value in scope.get("headers") or []}
        host = headers.get("host", "")
        checked = scope.get("path") not in HOST_CHECK_EXEMPT
        if checked and not host_allowed(host_name(host), self.allowed_hosts):
            await _refuse(send, 400, "invalid host",
                          f"this server does not answer to the host name {host_name(host)!r} "
                          "(start it with --allow-host NAME to add one)")
            return
        if scope.get("method", "GET") not in SAFE_METHODS:
            problem = cross_origin(headers, host)
            if problem is not None:
                await _refuse(send, 403, "cross-origin request", problem)
                return
        await self.app(scope, receive, send)


def cross_origin(headers: dict[str, str], host: str) -> str | None:
    """Why an unsafe request with these (lower-cased) headers comes from another origin, or None."""
    site = headers.get("sec-fetch-site")
    if site is not None and site.lower() not in SAME_ORIGIN_FETCH:
        return (f"the browser says this request comes from a {site} page; "
                "only this server's own pages may send it")
    origin = headers.get("origin")
    if origin is None:
        return None
    if urlsplit(origin).netloc.lower() != host.strip().lower():
        return f"a page on {origin} may not send this request to this server"
    return None


async def _refuse(send: Send, status: int, error: str, detail: str) -> None:
    payload = json.dumps(error_body(status, error, detail)).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
    })
    await send({"type": "http.response.body", "body": payload})
