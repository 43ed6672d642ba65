"""POST /oauth/token: the Starlette adapter around the hub's authlib authorization server.

Client credentials (partner tools), and for ANCT's own tools the authorization code (with PKCE) and
refresh token grants: the code or refresh token presented and the person's habilitation are read
before authlib runs; what it consumed and issued is written after, and a token authlib made is
dropped, never sent, when the code or refresh token turns out to have been used meanwhile.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qsl

from authlib.oauth2.rfc6749 import InsecureTransportError, OAuth2Request
from authlib.oauth2.rfc6749.util import extract_basic_authorization
from joserfc.errors import JoseError
from joserfc.jws import extract_compact
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from auth.autorisations_oauth import AutorisationsOAuth, CodeAutorisation, JetonRafraichissement
from auth.clients import burn_secret_check, find_client, is_usable
from auth.keys import HubKeys
from auth.oauth_server import (
    CODE,
    REFRESH,
    ChargeUtile,
    HubAuthorizationServer,
    HubClient,
    Issue,
    Prechargement,
    revocation_endpoint_url,
    token_endpoint_url,
)
from auth.principal import Principal
from auth.rejeux import ReplayCache
from auth.rls import contexte_authentification
from auth.sessions_personnes import Identite, principal_de_l_identite
from hub.db import Database
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.settings import Settings

logger = logging.getLogger("hub.auth.oauth")

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MAX_BODY_BYTES = 16 * 1024
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class _TokenRequest(OAuth2Request):  # type: ignore[misc]
    def __init__(self, uri: str, headers: dict[str, str], form: dict[str, str]) -> None:
        super().__init__("POST", uri, headers=headers)
        self.payload = ChargeUtile(form)
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

    def __init__(self, settings: Settings, keys: HubKeys, autorisations: AutorisationsOAuth) -> None:
        self.settings = settings
        self.keys = keys
        self.replay = ReplayCache()
        self.autorisations = autorisations

    async def handle(self, request: Request) -> Response:
        form = await _read_form(request)
        if isinstance(form, Response):
            return form
        headers = {"Authorization": request.headers.get("authorization", "")}
        if headers["Authorization"] and "client_assertion" in form:
            return _error("invalid_request", "Use one client authentication method, not two.")
        client_id, secret = _claimed_client(headers, form)
        clients = await self._clients(client_id, secret)
        try:
            oauth_request = _TokenRequest(token_endpoint_url(self.settings), headers, form)
        except InsecureTransportError:
            return _error("insecure_transport", "The issuer (HUB_ISSUER) must be an https URL.")
        prechargement = await self._precharger(form, clients)
        server = HubAuthorizationServer(self.settings, self.keys, clients, prechargement)
        # scrypt and signatures take milliseconds: keep them off the event loop.
        response: Response = await run_in_threadpool(server.create_token_response, oauth_request)
        response = await self._conclure(server.issue, response, server, oauth_request)
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

    async def revoke(self, request: Request) -> Response:
        """POST /oauth/revoke (RFC 7009): the same client authentication as the token endpoint."""
        form = await _read_form(request)
        if isinstance(form, Response):
            return form
        headers = {"Authorization": request.headers.get("authorization", "")}
        client_id, secret = _claimed_client(headers, form)
        clients = await self._clients(client_id, secret)
        prechargement = Prechargement()
        if clients:
            prechargement.jeton = await self.autorisations.jeton(form.get("token", ""))
        try:
            oauth_request = _TokenRequest(revocation_endpoint_url(self.settings), headers, form)
        except InsecureTransportError:
            return _error("insecure_transport", "The issuer (HUB_ISSUER) must be an https URL.")
        server = HubAuthorizationServer(self.settings, self.keys, clients, prechargement)
        response: Response = await run_in_threadpool(
            server.create_endpoint_response, "revocation", oauth_request
        )
        if response.status_code == 200 and server.issue.famille_revoquee is not None:
            await self.autorisations.revoquer_famille(server.issue.famille_revoquee)
            logger.info("refresh token family revoked by its client %s", client_id)
        return response

    async def _clients(self, client_id: str | None, secret: str | None) -> dict[str, HubClient]:
        clients: dict[str, HubClient] = {}
        if client_id is None:
            return clients
        async with self.database.transaction() as session:
            # No principal exists yet: on PostgreSQL this context may read partner clients only.
            await contexte_authentification(session)
            row = await find_client(session, client_id)
        if row is not None and is_usable(row, utcnow()):
            clients[client_id] = HubClient.of(row)
        elif secret is not None:
            # Unknown or unusable client: spend the time of a secret check all the same.
            await run_in_threadpool(burn_secret_check, secret)
        return clients

    async def _precharger(self, form: dict[str, str], clients: dict[str, HubClient]) -> Prechargement:
        """The code or refresh token presented, and its person's principal read again now."""
        prechargement = Prechargement()
        if not clients:
            return prechargement  # no known client: authlib refuses before asking for anything
        grant_type = form.get("grant_type")
        lien: CodeAutorisation | JetonRafraichissement | None
        if grant_type == CODE:
            prechargement.code = await self.autorisations.code(form.get("code", ""))
            lien = prechargement.code
        elif grant_type == REFRESH:
            prechargement.jeton = await self.autorisations.jeton(form.get("refresh_token", ""))
            lien = prechargement.jeton
        else:
            return prechargement
        if lien is not None and not lien.utilise:
            prechargement.personne = await _personne(self.database, lien.identite, lien.role)
        return prechargement

    async def _conclure(
        self, issue: Issue, response: Response, server: HubAuthorizationServer, request: OAuth2Request
    ) -> Response:
        """Write what authlib consumed and issued; a lost race drops the token it made."""
        if issue.code_rejoue is not None:
            await self.autorisations.revoquer_la_famille_du_code(issue.code_rejoue)
            logger.warning("authorization code presented twice: its tokens are revoked")
        if issue.jeton_rejoue is not None:
            await self.autorisations.revoquer_famille(issue.jeton_rejoue.famille)
            logger.warning(
                "refresh token reused: its family is revoked (client %s)", issue.jeton_rejoue.client_id
            )
        if response.status_code != 200:
            return response
        gagne = True
        if issue.code_consomme is not None:
            gagne = await self.autorisations.echanger_code(issue.code_consomme, issue.rafraichissement_emis)
        elif issue.jeton_consomme is not None and issue.rafraichissement_emis is not None:
            gagne = await self.autorisations.tourner(issue.jeton_consomme, issue.rafraichissement_emis)
        if gagne:
            return response
        logger.warning("authorization code or refresh token used concurrently: refused, family revoked")
        return server.refuser_l_octroi(request)

    @property
    def database(self) -> Database:
        return self.autorisations.database


async def _personne(database: Database, identite: Identite, role: Role) -> Principal | None:
    trouve = await principal_de_l_identite(database, identite, role)
    return trouve if isinstance(trouve, Principal) else None


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
