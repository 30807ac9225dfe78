"""Bearer-token checks: writes need the write token; reads need the read token if one is set.

Tokens are compared with ``hmac.compare_digest`` so response timing does not
leak how much of a guess was right. A server started without a write token
refuses every write (403) rather than accepting anonymous ones. ``POST
/extract`` and the paste box follow the read rule, or with
``extract_access="write"`` need the write token (they run the parser, the most
CPU-heavy thing the server does).

Guessing is slowed per client address (:class:`GuessLimiter`): after
``max_failures`` wrong tokens every request that presents a token gets 429
for a lockout that doubles with each further wrong token. The limiter counts
and answers; it never sleeps, so the event loop and other clients never wait.
"""

from __future__ import annotations

import hmac
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from fastapi import Request

from newsgraph.api.errors import ApiError

#: Who may run the extraction endpoints: "read" = whoever may read, "write" = write-token holders.
ExtractAccess = Literal["read", "write"]
EXTRACT_ACCESS: tuple[str, ...] = ("read", "write")


@dataclass(frozen=True, slots=True)
class Tokens:
    write: str | None = None
    read: str | None = None


#: Cookie the UI's sign-in form sets, so a browser can read a server that has a read token.
COOKIE = "newsgraph_token"


def _bearer(request: Request, cookie: bool = False) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return request.cookies.get(COOKIE) if cookie else None
    return value.strip()


def _matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


@dataclass(slots=True)
class _Failures:
    count: int = 0
    last: float = 0.0
    locked_until: float = 0.0


class GuessLimiter:
    """Wrong-token counts per client; after ``max_failures`` a lockout of ``first_lockout``
    seconds, doubling with each further failure up to ``max_lockout``.

    A client's count is forgotten ``forget_after`` seconds after its last failure
    or at its first success. At most ``max_clients`` addresses are tracked (the
    oldest is dropped), so a flood of addresses cannot exhaust memory. ``clock``
    is injectable so tests need no waiting.
    """

    def __init__(
        self,
        max_failures: int = 5,
        first_lockout: float = 1.0,
        max_lockout: float = 900.0,
        forget_after: float = 3600.0,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.first_lockout = first_lockout
        self.max_lockout = max_lockout
        self.forget_after = forget_after
        self.max_clients = max_clients
        self.clock = clock
        self._clients: OrderedDict[str, _Failures] = OrderedDict()
        self._lock = threading.Lock()  # sync dependencies run in the thread pool

    def retry_after(self, client: str) -> int | None:
        """Whole seconds until ``client`` may try a token again, or None if it may now."""
        now = self.clock()
        with self._lock:
            entry = self._clients.get(client)
            if entry is None:
                return None
            if now - entry.last > self.forget_after:
                del self._clients[client]
                return None
            return math.ceil(entry.locked_until - now) if entry.locked_until > now else None

    def failed(self, client: str) -> None:
        """Count a wrong token from ``client``."""
        now = self.clock()
        with self._lock:
            entry = self._clients.pop(client, None) or _Failures()
            if now - entry.last > self.forget_after:
                entry = _Failures()
            entry.count += 1
            entry.last = now
            if entry.count >= self.max_failures:
                lockout = self.first_lockout * 2 ** min(entry.count - self.max_failures, 32)
                entry.locked_until = now + min(lockout, self.max_lockout)
            self._clients[client] = entry
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)

    def succeeded(self, client: str) -> None:
        """A right token: ``client`` starts again from zero."""
        with self._lock:
            self._clients.pop(client, None)


def client_key(request: Request) -> str:
    """The address guesses are counted by (behind a proxy: the proxy's, so all clients share it)."""
    return request.client.host if request.client else "unknown"


def check_not_locked_out(request: Request) -> None:
    """429 while this client is locked out for wrong tokens."""
    wait = request.app.state.guesses.retry_after(client_key(request))
    if wait is not None:
        raise ApiError(429, "too many attempts",
                       f"too many wrong tokens from this address; try again in {wait} s",
                       headers={"Retry-After": str(wait)})


def _verify(request: Request, given: str, *expected: str | None) -> bool:
    """Whether ``given`` is one of the ``expected`` tokens; counts the answer for this client."""
    check_not_locked_out(request)
    ok = any(token is not None and _matches(given, token) for token in expected)
    limiter: GuessLimiter = request.app.state.guesses
    if ok:
        limiter.succeeded(client_key(request))
    else:
        limiter.failed(client_key(request))
    return ok


def _challenge() -> dict[str, str]:
    return {"WWW-Authenticate": 'Bearer realm="newsgraph"'}


def require_write(request: Request) -> None:
    """FastAPI dependency for endpoints that change the store."""
    _require_write_token(request, "write", "writes disabled")


def _require_write_token(request: Request, action: str, disabled: str) -> None:
    tokens: Tokens = request.app.state.tokens
    if tokens.write is None:
        raise ApiError(403, disabled,
                       f"this server was started without a write token (--token or NEWSGRAPH_TOKEN), "
                       f"which is what it needs to {action}")
    given = _bearer(request)
    if given is None:
        raise ApiError(401, "unauthorized", f"send 'Authorization: Bearer <write token>' to {action}",
                       headers=_challenge())
    if not _verify(request, given, tokens.write):
        raise ApiError(403, "forbidden", f"the bearer token is not valid to {action}")


def require_extract(request: Request) -> None:
    """FastAPI dependency for ``POST /extract`` and the paste box: the read rule, or the write token."""
    if request.app.state.extract_access == "write":
        _require_write_token(request, "extract", "extraction disabled")
    else:
        require_read(request)


def sign_in_needed(request: Request) -> bool:
    """Whether this server has a read token, i.e. whether the sign-in form has any use."""
    tokens: Tokens = request.app.state.tokens
    return tokens.read is not None


def valid_read_token(request: Request, token: str) -> bool:
    """Whether ``token`` is the configured read (or write) token; counts wrong guesses.

    False when no read token is configured: reads are open then, and a cookie
    holding whatever was typed must not be set.
    """
    tokens: Tokens = request.app.state.tokens
    if tokens.read is None:
        return False
    return _verify(request, token, tokens.read, tokens.write)


def require_read(request: Request) -> None:
    """FastAPI dependency for read endpoints; open unless a read token was configured.

    The write token is accepted for reads too: whoever may write may read. The
    token may also come from the UI's sign-in cookie (reads only: a cookie never
    authorises a write, so a forged cross-site form cannot change the store).
    """
    tokens: Tokens = request.app.state.tokens
    if tokens.read is None:
        return
    given = _bearer(request, cookie=True)
    if given is None:
        raise ApiError(401, "unauthorized",
                       "send 'Authorization: Bearer <token>' to read (in a browser: sign in at /ui/login)",
                       headers=_challenge())
    if not _verify(request, given, tokens.read, tokens.write):
        raise ApiError(403, "forbidden", "the bearer token is not valid for reading")
