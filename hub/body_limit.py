"""Request body size limit (HUB_GRAPHQL_MAX_BODY_BYTES): HTTP 413 before the body is read in full.

A declared Content-Length over the limit is refused at once; a body sent without one (chunked) is
counted as it arrives and refused as soon as it passes the limit. The refusal is a GraphQL-shaped
error (COST_LIMIT_EXCEEDED, `limite: "taille"`), so clients handle it like the other limits.

One larger limit (HUB_IMPORT_UPLOAD_MAX_BYTES) applies to a multipart upload sent to /graphql by an
ANCT principal (the only role whose mutation takes a file): the middleware runs after authentication,
so no other caller, anonymous above all, can make the hub read a large body.
"""

from __future__ import annotations

import logging

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from auth.principal import ANONYME, Principal
from hub.graphql_http import error_response, too_large
from hub.models.enums import Role

logger = logging.getLogger("hub.graphql")


class _TooLargeError(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, *, max_bytes: int, max_upload_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_upload_bytes = max_upload_bytes or max_bytes

    def limite(self, scope: Scope) -> int:
        """The body limit of this request: the upload limit for ANCT's multipart requests to /graphql."""
        principal: Principal = scope.get("principal", ANONYME)
        type_contenu = Headers(scope=scope).get("content-type", "").split(";")[0].strip().lower()
        if (
            scope["path"] == "/graphql"
            and type_contenu == "multipart/form-data"
            and principal.role is Role.ANCT
        ):
            return self.max_upload_bytes
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limite = self.limite(scope)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limite:
            await self._refuse(scope, receive, send, limite)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limite:
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
            await self._refuse(scope, receive, send, limite)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limite: int) -> None:
        logger.info("corps de requête refusé (plus de %d octets) sur %s", limite, scope["path"])
        request = Request(scope, receive)
        response = error_response(request, 413, [too_large(limite)], headers={"connection": "close"})
        await response(scope, receive, send)
