"""Edge authentication: `Authorization: Bearer` or the session cookie becomes the request's Principal.

A pure ASGI middleware, so the principal is fixed before any route runs and resolvers never read
headers. It protects every path except the few public ones below: a route added later is
authenticated by default.

A Bearer token takes precedence; without one, the session cookie of a person signed in through the
pages (auth/sessions_personnes.py). A cookie-authenticated request is refused (403) when it comes
from another origin (`Origin` not the hub's, or `Sec-Fetch-Site: cross-site` other than a link
followed to a page), and an unsafe method (POST…) must carry the session's CSRF token in the
`X-Hub-CSRF` header, except under /auth/ and at /oauth/authorize, whose forms check it in their body.
"""

from __future__ import annotations

import hmac
import json
import logging

from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from auth.keys import HubKeys
from auth.principal import ANONYME, Principal
from auth.sessions_personnes import SessionsPersonnes
from auth.tokens import InvalidTokenError, JetonsVerifies
from hub.settings import Settings

logger = logging.getLogger("hub.auth")

# Paths that never read the principal (health, discovery, the token endpoint with its own client
# authentication, static GraphiQL files): an Authorization header there is not a bearer token.
PUBLIC_PATHS = frozenset({"/healthz", "/readyz", "/oauth/token", "/oauth/revoke", "/favicon.ico"})
PUBLIC_PREFIXES = ("/.well-known/", "/ide-assets/", "/static/")

METRICS_PATH = "/metrics"

WWW_AUTHENTICATE = 'Bearer error="invalid_token"'

EN_TETE_CSRF = "x-hub-csrf"
METHODES_SURES = frozenset({"GET", "HEAD", "OPTIONS"})
# Paths whose forms carry the CSRF token in their body and check it themselves.
PREFIXE_FORMULAIRES = ("/auth/", "/oauth/authorize", "/formulaires/")
GRAPHQL_PATH = "/graphql"


class SessionIndisponibleError(RuntimeError):
    """The session store (the database) cannot be read: 503, never a 500."""


def nom_du_cookie(settings: Settings) -> str:
    """`__Host-hub_session` over https (Secure, Path=/, no Domain); `hub_session` on a plain-http
    loopback address in development, where browsers refuse the __Host- prefix."""
    return "__Host-hub_session" if settings.cookies_secure else "hub_session"


class BearerAuthentication:
    """Sets `scope["principal"]`: ANONYME without a header, the token's principal with a valid one."""

    def __init__(
        self, app: ASGIApp, *, settings: Settings, keys: HubKeys, sessions: SessionsPersonnes | None = None
    ) -> None:
        self.app = app
        self.settings = settings
        self.keys = keys
        self.jetons = JetonsVerifies(settings, keys)
        self.sessions = sessions
        self.cookie = nom_du_cookie(settings)
        self.origine = settings.public_url_effective

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
            if not authorization and self.sessions is not None:
                try:
                    refus = await self._par_cookie(scope, self.sessions)
                except SessionIndisponibleError:
                    message = "service momentanément indisponible : réessayez dans quelques instants"
                    await _refuse(scope, send, message, status=503, code="SERVICE_UNAVAILABLE")
                    return
                if refus is not None:
                    await _refuse(scope, send, refus, status=403, code="FORBIDDEN")
                    return
        await self.app(scope, receive, send)

    async def _par_cookie(self, scope: Scope, sessions: SessionsPersonnes) -> str | None:
        """Read the session cookie into the scope; the reason to refuse the request, if any."""
        jeton = HTTPConnection(scope).cookies.get(self.cookie)
        if not jeton:
            return None
        try:
            session = await sessions.lire(jeton)
        except (SQLAlchemyError, OSError):
            logger.exception("session lookup failed")
            raise SessionIndisponibleError from None
        if session is None:
            return None  # an ended or unknown session: anonymous (the pages offer to sign in)
        headers = Headers(scope=scope)
        origine = headers.get("origin")
        if origine is not None and origine.rstrip("/") != self.origine:
            return "requête d'une autre origine refusée pour une session du hub"
        methode = scope.get("method", "GET")
        navigation = methode == "GET" and headers.get("sec-fetch-mode") == "navigate"
        if headers.get("sec-fetch-site") == "cross-site" and (
            not navigation or scope["path"] == GRAPHQL_PATH
        ):
            return "requête d'un autre site refusée pour une session du hub"
        if methode not in METHODES_SURES and not scope["path"].startswith(PREFIXE_FORMULAIRES):
            jeton_csrf = headers.get(EN_TETE_CSRF, "")
            if not hmac.compare_digest(jeton_csrf.encode(), session.csrf.encode()):
                return "jeton anti-CSRF manquant ou invalide (en-tête X-Hub-CSRF)"
        scope["session_personne"] = session
        if session.principal is not None:
            scope["principal"] = session.principal
        return None

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


async def _refuse(
    scope: Scope, send: Send, message: str, *, status: int = 401, code: str = "UNAUTHENTICATED"
) -> None:
    if scope["type"] == "websocket":
        # Before the handshake is accepted, a close is answered with HTTP 403 by the server.
        await send({"type": "websocket.close", "code": 1008, "reason": "invalid_token"})
        return
    body = json.dumps(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, ensure_ascii=False
    ).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode("ascii")),
        (b"cache-control", b"no-store"),
    ]
    if status == 401:
        headers.append((b"www-authenticate", WWW_AUTHENTICATE.encode("ascii")))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
