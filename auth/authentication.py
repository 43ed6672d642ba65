"""Edge authentication: `Authorization: Bearer` becomes the request's Principal, or an HTTP 401.

A pure ASGI middleware, so the principal is fixed before any route runs and resolvers never read
headers. It protects every path except the few public ones below: a route added later is
authenticated by default.
"""

from __future__ import annotations

import hmac
import json
import logging

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from auth.keys import HubKeys
from auth.principal import ANONYME, Principal
from auth.tokens import InvalidTokenError, JetonsVerifies
from hub.settings import Settings

logger = logging.getLogger("hub.auth")

# Paths that never read the principal (health, discovery, the token endpoint with its own client
# authentication, static GraphiQL files): an Authorization header there is not a bearer token.
PUBLIC_PATHS = frozenset({"/healthz", "/readyz", "/oauth/token"})
PUBLIC_PREFIXES = ("/.well-known/", "/ide-assets/")

METRICS_PATH = "/metrics"

WWW_AUTHENTICATE = 'Bearer error="invalid_token"'


class BearerAuthentication:
    """Sets `scope["principal"]`: ANONYME without a header, the token's principal with a valid one."""

    def __init__(self, app: ASGIApp, *, settings: Settings, keys: HubKeys) -> None:
        self.app = app
        self.settings = settings
        self.keys = keys
        self.jetons = JetonsVerifies(settings, keys)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        scope["principal"] = ANONYME
        authorization = Headers(scope=scope).getlist("authorization")
        if scope["path"] == METRICS_PATH and self._is_metrics_token(authorization):
            # Prometheus' scrape token (HUB_METRICS_TOKEN) is not a JWT: it opens /metrics only.
            scope["metrics_scraper"] = True
        elif not _is_public(scope["path"]):
            try:
                scope["principal"] = self.authenticate(Headers(scope=scope).getlist("authorization"))
            except InvalidTokenError as error:
                logger.info("bearer token refused on %s: %s", scope["path"], error.message)
                await _refuse(scope, send, error.message)
                return
        await self.app(scope, receive, send)

    def _is_metrics_token(self, values: list[str]) -> bool:
        expected = self.settings.metrics_token
        if not expected or len(values) != 1:
            return False
        scheme, _, token = values[0].strip().partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected.encode())

    def authenticate(self, values: list[str]) -> Principal:
        """The principal of the Authorization header values (none: anonymous)."""
        if not values:
            return ANONYME
        if len(values) > 1:
            raise InvalidTokenError("plusieurs en-têtes Authorization")
        scheme, _, token = values[0].strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise InvalidTokenError("en-tête Authorization mal formé (Bearer <jeton> attendu)")
        try:
            return self.jetons.principal(token.strip())
        except InvalidTokenError:
            raise
        except Exception:
            # A token is attacker-controlled input: whatever a parser raised, the answer is a 401,
            # never a 500. The traceback goes to the log so a real bug is still seen.
            logger.exception("unexpected error while verifying a bearer token")
            raise InvalidTokenError("jeton d'accès mal formé") from None


def _is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


async def _refuse(scope: Scope, send: Send, message: str) -> None:
    if scope["type"] == "websocket":
        # Before the handshake is accepted, a close is answered with HTTP 403 by the server.
        await send({"type": "websocket.close", "code": 1008, "reason": "invalid_token"})
        return
    body = json.dumps(
        {"errors": [{"message": message, "extensions": {"code": "UNAUTHENTICATED"}}]}, ensure_ascii=False
    ).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": 401,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"www-authenticate", WWW_AUTHENTICATE.encode("ascii")),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
