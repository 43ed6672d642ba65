"""The /graphql endpoint: strawberry's ASGI view with GraphQL-over-HTTP media types and offline GraphiQL."""

from __future__ import annotations

import uuid

import strawberry
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError

from auth.principal import ANONYME, Principal
from hub.db import Database
from hub.settings import Settings
from schema.context import Context, RequestDatabase, SessionHook

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
IDE_ASSETS_PATH = "/ide-assets/"


class _SubResponse(Response):
    """Strawberry's per-request response stub, with what content negotiation needs to remember."""

    wants_graphql_response_json = False
    request_error = False


class HubGraphQL(GraphQL[Context, None]):
    def __init__(
        self,
        schema: strawberry.Schema,
        *,
        settings: Settings,
        database: Database,
        on_begin: SessionHook | None = None,
    ) -> None:
        super().__init__(schema, graphql_ide="graphiql" if settings.graphiql else None)
        self.settings = settings
        self.database = database
        self.on_begin = on_begin

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        principal: Principal = request.scope.get("principal", ANONYME)
        return Context(
            principal=principal,
            db=RequestDatabase(self.database, principal, self.on_begin),
            settings=self.settings,
            request_id=request.scope.get("request_id") or uuid.uuid4().hex,
        )

    async def render_graphql_ide(self, request: Request) -> Response:
        # Strawberry's page loads React and GraphiQL from a CDN; the hub serves the same files itself.
        return HTMLResponse(self.graphql_ide_html.replace("https://unpkg.com/", IDE_ASSETS_PATH))

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub = _SubResponse()
        sub.status_code = None  # type: ignore[assignment]  # strawberry's "not set" marker
        del sub.headers["content-length"]
        sub.wants_graphql_response_json = GRAPHQL_RESPONSE_JSON in request.headers.get("accept", "")
        request.state.sub_response = sub
        return sub

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        data = await super().process_result(request, result)
        sub = getattr(request.state, "sub_response", None)
        if (
            isinstance(sub, _SubResponse)
            and sub.wants_graphql_response_json
            and isinstance(result, PreExecutionError)
        ):
            # GraphQL over HTTP: a request error (parse, validation) has no `data` entry and is a 400.
            sub.request_error = True
            data.pop("data", None)
        return data

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        if isinstance(sub_response, _SubResponse) and sub_response.wants_graphql_response_json:
            response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
            if sub_response.request_error and not sub_response.status_code:
                response.status_code = 400
        return response
