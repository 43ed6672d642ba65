"""The /graphql endpoint: strawberry's ASGI view hardened for the internet (see docs/limites.md).

Per request, in order: the client's rate-limit bucket admits it (1 point, else 429 before the body is
read); a persisted-query hash is replaced by its trusted document; roles restricted to trusted
documents are refused anything else; the operation runs under the total time limit; errors get their
final form, the status and media type follow GraphQL over HTTP (hub.graphql_http), the RateLimit
headers and `X-Request-Id` are added, and one log line records the request.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import re
import time
import uuid
from typing import Any

import orjson
import strawberry
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from graphql import GraphQLError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult

from auth.authentication import EN_TETE_CSRF
from auth.principal import ANONYME, Principal
from auth.sessions_personnes import SessionLue
from hub import corps_json
from hub.db import Database
from hub.graphql_http import (
    error_response,
    is_request_error,
    media_type,
    status_for,
    transport_error,
    wants_graphql_response_json,
)
from hub.observability.request_record import RequestRecord, client_id, record
from hub.observability.sql import RequestSql, start_request
from hub.settings import Settings
from schema.context import Context, RequestDatabase, SessionHook
from schema.edge.buckets import TokenBuckets
from schema.edge.budget import Budget, client_key
from schema.edge.documents import TrustedDocuments, sha256_hex
from schema.edge.errors import (
    BAD_USER_INPUT,
    FORBIDDEN,
    PERSISTED_QUERY_NOT_FOUND,
    RATE_LIMITED,
    TIMEOUT,
    code_of,
    database_unavailable,
    edge_error,
    is_database_unavailable,
    needs_presenting,
    present,
)
from schema.edge.multipart import MultipartInvalideError, operation_avec_fichiers

IDE_ASSETS_PATH = "/ide-assets/"
# The request's body and its decoded value (per task: each request runs in its own).
_CORPS_DECODE: contextvars.ContextVar[tuple[bytes, object] | None] = contextvars.ContextVar(
    "corps_decode", default=None
)
logger = logging.getLogger("hub.graphql")


class EdgeRefusalError(Exception):
    """A request refused before execution, answered with `errors` and the usual status rules
    (or `status`, when the refusal has one whatever the media type)."""

    def __init__(self, error: GraphQLError, status: int | None = None) -> None:
        self.error = error
        self.status = status


def _corps_illisible(message: str) -> EdgeRefusalError:
    return EdgeRefusalError(edge_error(BAD_USER_INPUT, message), 400)


class _SubResponse(Response):
    """Strawberry's per-request response stub, carrying the request's budget to `create_response`."""

    budget: Budget | None = None
    content_type = "application/json"


class HubGraphQL(GraphQL[Context, None]):
    def __init__(
        self,
        schema: strawberry.Schema,
        *,
        settings: Settings,
        database: Database,
        on_begin: SessionHook | None = None,
        buckets: TokenBuckets | None = None,
        documents: TrustedDocuments | None = None,
    ) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql else None,
            # Subscriptions (WebSocket, SSE, multipart) only when configured; the schema has none today.
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,) if settings.graphql_subscriptions else (),
            # GraphQL multipart requests carry ANCT's uploads (`importerProgramme`); hub.body_limit
            # bounds them, and `parse_multipart` checks their parts.
            multipart_uploads_enabled=True,
        )
        self.settings = settings
        self.database = database
        self.on_begin = on_begin
        self.buckets = buckets
        self.documents = documents or TrustedDocuments({})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)
        started = time.perf_counter()
        request.state.request_id = incoming_request_id(request.headers.get("x-request-id"))
        request.state.sql = start_request()
        fermeture: asyncio.Future[None] | None = None
        try:
            try:
                response = await self.run(request)
            except HTTPException as exception:
                status, error = transport_error(exception.reason, exception.status_code)
                response = self._refusal(request, error, status)
            except EdgeRefusalError as refusal:
                response = self._refusal(request, refusal.error, refusal.status)
            except Exception as failure:
                if not is_database_unavailable(failure):
                    raise
                # The database failed outside execution (the rate-limit store, the final commit).
                response = self._refusal(request, database_unavailable(), 503)
            response.headers["x-request-id"] = request.state.request_id
            # The rollback of a query's reads starts as soon as the response is written out (or waits
            # for a slow client's socket), so that neither waits for the other.
            fermeture = asyncio.ensure_future(self._fermer(request))
            try:
                await response(scope, receive, send)
                self._log(request, response.status_code, started)
            finally:
                await fermeture
        finally:
            if fermeture is None:  # an error before the response: close what it left open
                await self._fermer(request)
            await request.close()  # the files of a multipart request (spooled to disk), if any

    async def run(self, request: Request | WebSocket, context: Any = None, root_value: Any = None) -> Any:
        if isinstance(request, Request):
            principal: Principal = request.scope.get("principal", ANONYME)
            address = request.client.host if request.client else None
            budget = (
                Budget(self.buckets, client_key(principal, address)) if self.buckets else Budget.disabled()
            )
            request.state.budget = budget
            if not await budget.admit():
                # Read (never parse) the body, at most the body limit: a connection whose request
                # body is left unread cannot be kept alive, and the client would find it closed.
                await request.body()
                raise EdgeRefusalError(_rate_limited(budget))
        return await super().run(request)

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        principal: Principal = request.scope.get("principal", ANONYME)
        state = request.state
        context = Context(
            principal=principal,
            db=RequestDatabase(self.database, principal, self.on_begin),
            settings=self.settings,
            request_id=getattr(state, "request_id", None) or uuid.uuid4().hex,
            budget=getattr(state, "budget", None),
            fermeture_apres_reponse=isinstance(request, Request),
        )
        session = request.scope.get("session_personne")
        if isinstance(session, SessionLue):
            context.identite = session.identite
        if isinstance(request, Request):
            state.contexte = context  # closed by `__call__` once the response is sent
        return context

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A GET with only a persisted-query hash is an operation, not a browser visit.
        return super().should_render_graphql_ide(request) and "extensions" not in request.query_params

    async def render_graphql_ide(self, request: Request) -> Response:
        # Strawberry's page loads React and GraphiQL from a CDN; the hub serves the same files itself.
        html = self.graphql_ide_html.replace("https://unpkg.com/", IDE_ASSETS_PATH)
        session = request.scope.get("session_personne")
        if not isinstance(session, SessionLue):
            return HTMLResponse(html)
        # Signed in through the pages: GraphiQL's requests carry the session's CSRF token (the cookie
        # alone is refused for a POST), and the page holding it is never cached.
        entetes = f"const defaultHeaders = {{{json.dumps(EN_TETE_CSRF)}: {json.dumps(session.csrf)}}};"
        return HTMLResponse(
            html.replace("const defaultHeaders = {};", entetes), headers={"Cache-Control": "no-store"}
        )

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub = _SubResponse()
        sub.status_code = None  # type: ignore[assignment]  # strawberry's "not set" marker
        del sub.headers["content-length"]
        sub.budget = getattr(request.state, "budget", None)
        if isinstance(request, Request):
            sub.content_type = media_type(request)
        request.state.sub_response = sub
        return sub

    def decode_json(self, data: str | bytes) -> object:
        """Strawberry's hook for every JSON the client sends (the POST body, GET `variables` and
        `extensions`): UTF-8, bounded nesting, no lone surrogate (hub.corps_json)."""
        deja = _CORPS_DECODE.get()
        if deja is not None and deja[0] is data:
            return deja[1]
        try:
            return corps_json.decoder(data)
        except corps_json.CorpsIllisibleError as refus:
            raise _corps_illisible(str(refus)) from None

    async def parse_multipart(self, request: AsyncHTTPRequestAdapter) -> dict[str, Any]:
        try:
            formulaire = await request.get_form_data()
        except (ValueError, StarletteHTTPException):
            raise _corps_illisible("Corps multipart/form-data illisible.") from None
        parties = {nom: formulaire.form.get(nom) for nom in ("operations", "map")}
        if not all(isinstance(valeur, str) for valeur in parties.values()):
            raise _corps_illisible(
                "Requête multipart : les parties `operations` et `map` (JSON) sont obligatoires."
            )
        try:
            return operation_avec_fichiers(
                self.decode_json(str(parties["operations"])),
                self.decode_json(str(parties["map"])),
                formulaire.files,
            )
        except MultipartInvalideError as refus:
            raise _corps_illisible(str(refus)) from None

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> Any:
        if request.method == "POST" and "application/json" in (request.content_type or "").lower():
            # Strawberry reads the body's members without checking that it is an object: `null`
            # or `"x"` would fail inside it. The body is decoded here once (starlette keeps the
            # bytes; strawberry's own decoding then finds them in `_CORPS_DECODE`).
            corps = await request.get_body()
            valeur = self.decode_json(corps)
            if not isinstance(valeur, dict | list):
                raise _corps_illisible(
                    'Le corps de la requête doit être un objet JSON ({"query": …, "variables": …}).'
                )
            jeton = _CORPS_DECODE.set((corps, valeur))
            try:
                data = await super().parse_http_body(request)
            finally:
                _CORPS_DECODE.reset(jeton)
        else:
            data = await super().parse_http_body(request)
        if isinstance(data, GraphQLRequestData):
            if not isinstance(data.operation_name, str | None):
                raise _corps_illisible("`operationName` doit être une chaîne de caractères ou null.")
            self._resolve_persisted_query(data)
        return data

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        request.state.operation_name = request_data.operation_name
        context.operation_demandee = request_data.operation_name
        request.state.document_sha256 = sha256_hex(request_data.query) if request_data.query else None
        role = context.principal.role.value
        if role in self.settings.trusted_documents_roles and not self.documents.contains(
            request_data.query or ""
        ):
            message = (
                f"Le rôle {role} ne peut envoyer que les opérations enregistrées (documents de confiance)."
            )
            return ExecutionResult(data=None, errors=[edge_error(FORBIDDEN, message)])
        limite_s = self.settings.graphql_request_timeout_ms / 1000
        if "multipart/form-data" in (request.headers.get("content-type") or "").lower():
            limite_s = self.settings.import_upload_timeout_seconds  # an uploaded import's own limit
        try:
            async with asyncio.timeout(limite_s):
                return await super().execute_single(
                    request, request_adapter, sub_response, context, root_value, request_data
                )
        except TimeoutError:
            await context.db.close(commit=False)
            message = "La requête a dépassé le temps total autorisé ; demandez moins (pages, profondeur)."
            return ExecutionResult(data=None, errors=[edge_error(TIMEOUT, message)])
        finally:
            request.state.operation_name = context.operation_name or request_data.operation_name

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        request_id = request.state.request_id
        # Safety net: errors that reached here without the masking extension (an exception path).
        errors = [present(e, request_id) if needs_presenting(e) else e for e in result.errors or ()]
        result.errors = errors or None
        data = await super().process_result(request, result)
        request_error = is_request_error(result.data, errors)
        if request_error:
            data.pop("data", None)
        extensions = dict(data.get("extensions") or {})
        budget: Budget | None = getattr(request.state, "budget", None)
        if "cost" not in extensions and budget is not None:
            extensions["cost"] = _cost(budget)
        data["extensions"] = extensions
        request.state.errors = errors
        sub = getattr(request.state, "sub_response", None)
        status = status_for(errors, request_error, wants_graphql_response_json(request))
        if isinstance(sub, _SubResponse) and status != 200:
            sub.status_code = status
        return data

    def encode_json(self, data: object) -> str:
        """The response body. orjson, not `json.dumps`: a page of 100 conseillers with their relations
        is ~35 kB of JSON, which the standard library encodes in ~0.5 ms, a twentieth of the request
        (bench/RESULTS.md); orjson in ~0.05 ms. Same JSON, except that non-ASCII characters are
        written as UTF-8 rather than \\u escapes (both are valid JSON; the body is UTF-8). A `str`,
        so that WebSocket messages stay text frames."""
        return orjson.dumps(data).decode()

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        if isinstance(sub_response, _SubResponse):
            response.headers["content-type"] = sub_response.content_type
            if sub_response.budget is not None:
                response.headers.update(sub_response.budget.headers())
        return response

    def _resolve_persisted_query(self, data: GraphQLRequestData) -> None:
        """Apollo's APQ shape, for trusted documents only: a hash is never registered."""
        persisted = (data.extensions or {}).get("persistedQuery")
        if persisted is None:
            return
        digest = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if not isinstance(digest, str) or persisted.get("version", 1) != 1:
            raise EdgeRefusalError(
                edge_error(BAD_USER_INPUT, "`extensions.persistedQuery` mal formé (version 1, sha256Hash).")
            )
        if data.query is None:
            body = self.documents.body(digest)
            if body is None:
                message = "Aucune opération enregistrée n'a ce sha256Hash : envoyez le texte de la requête."
                raise EdgeRefusalError(edge_error(PERSISTED_QUERY_NOT_FOUND, message))
            data.query = body
        elif sha256_hex(data.query) != digest.lower():
            raise EdgeRefusalError(
                edge_error(BAD_USER_INPUT, "Le sha256Hash ne correspond pas au texte de la requête.")
            )

    def _refusal(self, request: Request, error: GraphQLError, status: int | None = None) -> Response:
        budget: Budget | None = getattr(request.state, "budget", None)
        request.state.errors = [error]
        if status is None:
            status = status_for([error], True, wants_graphql_response_json(request))
        extensions = {"cost": _cost(budget)} if budget is not None else None
        headers = budget.headers() if budget is not None else {}
        return error_response(request, status, [error], headers=headers, extensions=extensions)

    async def _fermer(self, request: Request) -> None:
        """Roll back the request's read transaction, if one is still open (schema.transaction).
        The response is already sent (or the request failed): a failure here is logged, and the
        pool discards a broken connection."""
        context: Context | None = getattr(request.state, "contexte", None)
        if context is None:
            return
        try:
            await context.fermer()
        except Exception:
            logger.exception("rollback of a request's read transaction failed (after its answer or failure)")

    def _log(self, request: Request, status: int, started: float) -> None:
        principal: Principal = request.scope.get("principal", ANONYME)
        budget: Budget | None = getattr(request.state, "budget", None)
        errors: list[GraphQLError] = getattr(request.state, "errors", None) or []
        sql: RequestSql = request.state.sql
        record(
            RequestRecord(
                requete=request.state.request_id,
                statut=status,
                role=principal.role.value,
                client=client_id(principal.client_id, budget.key if budget is not None else None),
                operation=getattr(request.state, "operation_name", None),
                document_sha256=getattr(request.state, "document_sha256", None),
                cout_demande=budget.requested if budget is not None else None,
                cout_reel=budget.actual if budget is not None else None,
                duree_ms=(time.perf_counter() - started) * 1000,
                sql_instructions=sql.statements,
                sql_ms=sql.seconds * 1000,
                codes=sorted({code_of(e) or "?" for e in errors}),
                error_ids=[str(x["errorId"]) for e in errors if "errorId" in (x := e.extensions or {})],
            )
        )


def incoming_request_id(value: str | None) -> str:
    """The caller's `X-Request-ID` when it is a plain identifier (a proxy's), else a new one."""
    if value and _REQUEST_ID.match(value):
        return value
    return uuid.uuid4().hex


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def _rate_limited(budget: Budget) -> GraphQLError:
    wait = budget.retry_after or 1
    return edge_error(RATE_LIMITED, f"Trop de requêtes : réessayez dans {wait} s.", retryAfter=wait)


def _cost(budget: Budget) -> dict[str, Any]:
    return {
        "requested": budget.requested,
        "actual": budget.actual,
        "throttleStatus": budget.throttle_status(),
    }


__all__ = ["HubGraphQL"]
