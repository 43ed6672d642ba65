"""Request body size limit (HUB_GRAPHQL_MAX_BODY_BYTES): HTTP 413 before the body is read in full.

A declared Content-Length over the limit is refused at once; a body sent without one (chunked) is
counted as it arrives and refused as soon as it passes the limit. The refusal is a GraphQL-shaped
error (COST_LIMIT_EXCEEDED, `limite: "taille"`), so clients handle it like the other limits.
"""

from __future__ import annotations

import logging

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.graphql_http import error_response, too_large

logger = logging.getLogger("hub.graphql")


class _TooLargeError(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLargeError:
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        logger.info("corps de requête refusé (plus de %d octets) sur %s", self.max_bytes, scope["path"])
        request = Request(scope, receive)
        response = error_response(request, 413, [too_large(self.max_bytes)], headers={"connection": "close"})
        await response(scope, receive, send)
