"""What a request may contain: body sizes, integer ranges, date forms, extraction limits.

``BodySizeLimit`` is plain ASGI middleware for the whole app: a client
announcing a body larger than the limit gets 413 before anything is read; a
client that streams more than it announced (or uses chunked encoding) is cut
off as soon as the running total passes the limit. Either way the server never
buffers more than ``max_bytes`` of one request. ``read_body`` applies a
smaller limit to one endpoint (``POST /extract``, which anyone may call).

The integer and date types here are used in the query-parameter declarations,
so a value the database cannot hold (an id of 2**63) or a date that is not
``YYYY-MM-DD`` is a 422 with the parameter's name, and the OpenAPI schema says
so, instead of an overflow deep in the driver.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.errors import ApiError, error_body

#: The largest integer SQLite and PostgreSQL (BIGINT) store; ids and offsets stay within it.
MAX_INT64 = 2**63 - 1

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Accept only ``YYYY-MM-DD`` (or a date): pydantic alone would also read ``0`` as 1970-01-01."""
    if isinstance(value, dt.date) or value is None:
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value  # pydantic checks that the day exists
    raise ValueError("must be a date written YYYY-MM-DD, e.g. 2025-03-14")


#: A calendar date written ``YYYY-MM-DD``; anything else is a 422.
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def parse_iso_date(value: str) -> dt.date:
    """``value`` as a date if it is written ``YYYY-MM-DD`` (``date.fromisoformat`` alone also
    takes ``20250314`` and week dates); ``ValueError`` otherwise."""
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(value)
    return dt.date.fromisoformat(value)


def actor_key(value: str) -> int | str:
    """An actor reference from a URL: an id when it is ASCII digits a database id can be,
    else the name to look up. (``str.isdigit`` alone also accepts "²", which ``int`` refuses,
    and an id past 2**63 - 1 would overflow the driver; such a string is looked up as a name
    and matches nothing.)"""
    if value.isascii() and value.isdigit() and len(value) <= 19 and int(value) <= MAX_INT64:
        return int(value)
    return value


def refuse_nul_in_url(request: Request) -> None:
    """App-wide dependency: 400 for a NUL (``%00``) in the path or a query parameter.

    PostgreSQL refuses NUL in any text value, so such a filter would otherwise fail
    inside the driver (500) on PostgreSQL and quietly match nothing on SQLite.
    """
    if "\x00" in request.url.path or any(
        "\x00" in key or "\x00" in value for key, value in request.query_params.multi_items()
    ):
        raise ApiError(400, "invalid value", "the URL contains a NUL character (%00)")


@dataclass(frozen=True, slots=True)
class ExtractionLimits:
    """How much extraction one server does at once, and for how long.

    ``workers`` processes each hold a spaCy pipeline (≈ 150 MB); one extraction
    runs in each at a time. Up to ``queue`` more requests wait for a free worker;
    past that a request gets 503 with ``Retry-After`` at once instead of queueing
    without end. An extraction still running after ``timeout_seconds`` is
    stopped (its worker process is killed and replaced) and the request gets 503.
    ``max_body_bytes`` caps the body of ``POST /extract`` (413 past it): the
    endpoint is open to anyone who may read, so it gets a tighter cap than the
    server-wide one.
    """

    workers: int = 1
    queue: int = 4
    timeout_seconds: float = 30.0
    max_body_bytes: int = 2 * 1024 * 1024

    def __post_init__(self) -> None:
        if self.workers < 1 or self.queue < 0 or self.timeout_seconds <= 0 or self.max_body_bytes < 1:
            raise ValueError(f"unusable extraction limits: {self}")


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The request body, or 413 as soon as it is known to be over ``max_bytes``."""
    announced = request.headers.get("content-length", "")
    if announced.isdigit() and (len(announced) > 19 or int(announced) > max_bytes):
        raise ApiError(413, "payload too large", _too_large(max_bytes, announced))
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > max_bytes:
            raise ApiError(413, "payload too large", _too_large(max_bytes, None))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int, announced: str | None) -> str:
    size = f" ({announced} bytes)" if announced and len(announced) <= 19 else ""
    return f"this endpoint takes request bodies of at most {max_bytes} bytes; this one is larger{size}"


class BodyTooLarge(Exception):
    """Raised inside ``receive`` when the streamed body passes the limit."""


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with 413 and the usual JSON error body."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                announced = int(length)
            except ValueError:
                announced = -1
            if announced > self.max_bytes:
                await self._refuse(send, announced)
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send, received)

    async def _refuse(self, send: Send, size: int) -> None:
        detail = f"the request body is larger than the limit of {self.max_bytes} bytes"
        if size > 0:
            detail += f" (at least {size} bytes)"
        body: dict[str, Any] = error_body(413, "payload too large", detail)
        payload = json.dumps(body).encode()
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"),
                        (b"content-length", str(len(payload)).encode())],
        })
        await send({"type": "http.response.body", "body": payload})
