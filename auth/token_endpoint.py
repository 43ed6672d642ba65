"""POST /oauth/token: the Starlette adapter around the hub's authlib authorization server."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from urllib.parse import parse_qsl

from authlib.oauth2.rfc6749 import InsecureTransportError, OAuth2Payload, OAuth2Request
from authlib.oauth2.rfc6749.util import extract_basic_authorization
from joserfc.errors import JoseError
from joserfc.jws import extract_compact
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from auth.clients import burn_secret_check, find_client, is_usable
from auth.keys import HubKeys
from auth.oauth_server import HubAuthorizationServer, HubClient, token_endpoint_url
from auth.rejeux import ReplayCache
from auth.rls import contexte_authentification
from hub.db import Database
from hub.models.base import utcnow
from hub.settings import Settings

logger = logging.getLogger("hub.auth.oauth")

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MAX_BODY_BYTES = 16 * 1024
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class _FormPayload(OAuth2Payload):  # type: ignore[misc]  # authlib is untyped
    def __init__(self, form: dict[str, str]) -> None:
        self._form = form

    @property
    def data(self) -> dict[str, str]:
        return self._form

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return defaultdict(list, {key: [value] for key, value in self._form.items()})


class _TokenRequest(OAuth2Request):  # type: ignore[misc]
    def __init__(self, uri: str, headers: dict[str, str], form: dict[str, str]) -> None:
        super().__init__("POST", uri, headers=headers)
        self.payload = _FormPayload(form)
        self._form = form

    @property
    def form(self) -> dict[str, str]:
        return self._form

    @property
    def args(self) -> dict[str, str]:
        return {}


class TokenEndpoint:
    """The token endpoint of one app: settings, signing keys and the assertion replay cache (shared
    through the database by every worker and instance)."""

    def __init__(self, settings: Settings, keys: HubKeys) -> None:
        self.settings = settings
        self.keys = keys
        self.replay = ReplayCache()

    async def handle(self, request: Request) -> Response:
        form = await _read_form(request)
        if isinstance(form, Response):
            return form
        headers = {"Authorization": request.headers.get("authorization", "")}
        if headers["Authorization"] and "client_assertion" in form:
            return _error("invalid_request", "Use one client authentication method, not two.")
        client_id, secret = _claimed_client(headers, form)
        clients: dict[str, HubClient] = {}
        if client_id is not None:
            database: Database = request.app.state.database
            async with database.transaction() as session:
                # No principal exists yet: on PostgreSQL this context may read partner clients only.
                await contexte_authentification(session)
                row = await find_client(session, client_id)
            if row is not None and is_usable(row, utcnow()):
                clients[client_id] = HubClient.of(row)
            elif secret is not None:
                # Unknown or unusable client: spend the time of a secret check all the same.
                await run_in_threadpool(burn_secret_check, secret)
        try:
            oauth_request = _TokenRequest(token_endpoint_url(self.settings), headers, form)
        except InsecureTransportError:
            return _error("insecure_transport", "The issuer (HUB_ISSUER) must be an https URL.")
        server = HubAuthorizationServer(self.settings, self.keys, clients)
        # scrypt and signatures take milliseconds: keep them off the event loop.
        response: Response = await run_in_threadpool(server.create_token_response, oauth_request)
        used = server.assertion
        if response.status_code == 200 and used is not None:
            # authlib accepted a private_key_jwt assertion: it counts only if it is its first use in
            # any worker or instance; otherwise the token just made is dropped, never sent.
            shared: Database = request.app.state.database
            if not await self.replay.premiere_utilisation(shared, used.cle, used.expire_le):
                response = server.refuser_le_rejeu(oauth_request)
        logger.info(
            "token request client_id=%s status=%s", client_id if clients else None, response.status_code
        )
        return response


async def _read_form(request: Request) -> dict[str, str] | Response:
    """The urlencoded body (RFC 6749 §3.2): bounded, UTF-8, each parameter at most once."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != FORM_MEDIA_TYPE:
        return _error("invalid_request", f"The body must be {FORM_MEDIA_TYPE}.")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            return _error("invalid_request", "The request body is too large.", status=413)
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
    except (UnicodeDecodeError, ValueError):
        return _error("invalid_request", "The body is not valid form data.")
    form: dict[str, str] = {}
    for name, value in pairs:
        if name in form:
            return _error("invalid_request", f"Parameter '{name}' is repeated.")
        form[name] = value
    return form


def _claimed_client(headers: dict[str, str], form: dict[str, str]) -> tuple[str | None, str | None]:
    """The client id the request *claims* (not yet authenticated), and the Basic secret if any."""
    client_id, secret = extract_basic_authorization(headers)
    if client_id:
        return str(client_id), secret
    assertion = form.get("client_assertion")
    if assertion:
        try:
            claims = json.loads(extract_compact(assertion.encode("ascii")).payload)
        except (JoseError, ValueError, TypeError, UnicodeError):
            return None, None
        subject = claims.get("sub") if isinstance(claims, dict) else None
        return (subject, None) if isinstance(subject, str) else (None, None)
    return form.get("client_id") or None, None


def _error(code: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"error": code, "error_description": description}, status_code=status, headers=_NO_STORE
    )
