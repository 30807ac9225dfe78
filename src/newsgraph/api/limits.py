"""Request-size limit as plain ASGI middleware.

A client announcing a body larger than the limit gets 413 before anything is
read; a client that streams more than it announced (or uses chunked encoding)
is cut off as soon as the running total passes the limit. Either way the
server never buffers more than ``max_bytes`` of one request.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.errors import error_body


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
