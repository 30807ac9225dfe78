"""Bearer-token checks: writes need the write token; reads need the read token if one is set.

Tokens are compared with ``hmac.compare_digest`` so response timing does not
leak how much of a guess was right. A server started without a write token
refuses every write (403) rather than accepting anonymous ones.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Request

from newsgraph.api.errors import ApiError


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


def _challenge() -> dict[str, str]:
    return {"WWW-Authenticate": 'Bearer realm="newsgraph"'}


def require_write(request: Request) -> None:
    """FastAPI dependency for endpoints that change the store."""
    tokens: Tokens = request.app.state.tokens
    if tokens.write is None:
        raise ApiError(403, "writes disabled",
                       "this server was started without a write token (--token or NEWSGRAPH_TOKEN)")
    given = _bearer(request)
    if given is None:
        raise ApiError(401, "unauthorized", "send 'Authorization: Bearer <token>' to write",
                       headers=_challenge())
    if not _matches(given, tokens.write):
        raise ApiError(403, "forbidden", "the bearer token is not valid for writing")


def valid_read_token(request: Request, token: str) -> bool:
    """Whether ``token`` would be accepted for reads (the sign-in form checks before setting the cookie)."""
    tokens: Tokens = request.app.state.tokens
    return tokens.read is None or _matches(token, tokens.read) or (
        tokens.write is not None and _matches(token, tokens.write))


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
    if not (_matches(given, tokens.read) or (tokens.write is not None and _matches(given, tokens.write))):
        raise ApiError(403, "forbidden", "the bearer token is not valid for reading")
