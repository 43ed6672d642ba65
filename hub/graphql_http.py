"""GraphQL over HTTP at the hub's edge: status codes, media types and the JSON body of refusals.

- `application/graphql-response+json` when the client accepts it, else `application/json`.
- A request error (nothing executed: parse, validation, variables, a limit) has no `data` entry.
  Its status is 400 under graphql-response+json (403 for FORBIDDEN), 200 under application/json,
  as the GraphQL-over-HTTP specification asks; whatever the media type, RATE_LIMITED is 429 (with
  Retry-After), a request past its total time is 504 and an unexpected failure before execution 500,
  so generic HTTP clients and proxies see them.
- A response with `data` (even null after a field error) is 200.
- Transport refusals (unreadable body, batch, mutation over GET) become GraphQL-shaped errors with a
  French message and a code instead of strawberry's plain English text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response

from schema.edge.errors import (
    BAD_USER_INPUT,
    COST_LIMIT_EXCEEDED,
    DATABASE_UNAVAILABLE,
    FORBIDDEN,
    INTERNAL,
    RATE_LIMITED,
    TIMEOUT,
    UNAUTHENTICATED,
    code_of,
    edge_error,
)

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
APPLICATION_JSON = "application/json"

# strawberry's transport refusals, in French, with the status the hub answers.
_REASONS: Mapping[str, tuple[int, str]] = {
    "Unable to parse request body as JSON": (400, "Le corps de la requête n'est pas du JSON valide."),
    "Unsupported content type": (
        415,
        "Type de contenu non pris en charge : envoyez la requête en application/json (ou en GET).",
    ),
    "No GraphQL query found in the request": (
        400,
        "La demande ne contient pas de requête GraphQL (`query`).",
    ),
    "Batching is not enabled": (
        400,
        "Les lots de requêtes (un tableau JSON) ne sont pas acceptés : une opération par requête HTTP.",
    ),
    "Too many operations": (400, "Trop d'opérations dans le lot."),
    "The GraphQL operation's `query` must be a string or null, if provided.": (
        400,
        "`query` doit être une chaîne de caractères (le texte de la requête GraphQL) ou null.",
    ),
    "The GraphQL operation's `variables` must be an object or null, if provided.": (
        400,
        "`variables` doit être un objet JSON ou null.",
    ),
    "The GraphQL operation's `extensions` must be an object or null, if provided.": (
        400,
        "`extensions` doit être un objet JSON ou null.",
    ),
    "mutations are not allowed when using GET": (
        405,
        "Les mutations ne sont pas acceptées en GET : envoyez-les en POST.",
    ),
    "GraphQL only supports GET and POST requests.": (405, "Seules les méthodes GET et POST sont acceptées."),
    "Not Found": (404, "Rien ici pour un navigateur : envoyez vos requêtes GraphQL en POST."),
}


def wants_graphql_response_json(request: Request) -> bool:
    return GRAPHQL_RESPONSE_JSON in request.headers.get("accept", "")


def media_type(request: Request) -> str:
    kind = GRAPHQL_RESPONSE_JSON if wants_graphql_response_json(request) else APPLICATION_JSON
    return f"{kind}; charset=utf-8"


def is_request_error(data: Any, errors: Iterable[GraphQLError]) -> bool:
    """Nothing was executed: no data and no error located in the result."""
    errors = list(errors)
    return data is None and bool(errors) and all(error.path is None for error in errors)


def status_for(errors: Iterable[GraphQLError], request_error: bool, graphql_response_json: bool) -> int:
    codes = {code_of(error) for error in errors}
    if DATABASE_UNAVAILABLE in codes:
        return 503  # whatever part of the data came back, the client should retry the whole request
    if not request_error:
        return 200
    for code, status in ((RATE_LIMITED, 429), (TIMEOUT, 504), (INTERNAL, 500)):
        if code in codes:
            return status
    if not graphql_response_json:
        return 200
    if UNAUTHENTICATED in codes:
        return 401
    return 403 if FORBIDDEN in codes else 400


def transport_error(reason: str, status: int) -> tuple[int, GraphQLError]:
    """The status and error for a strawberry HTTPException (an unknown reason keeps its text)."""
    if reason in _REASONS:
        status, message = _REASONS[reason]
    elif reason.startswith("Unknown operation named") or reason == "Can't get GraphQL operation type":
        message = "`operationName` ne désigne aucune opération du document."
    else:
        message = f"Requête HTTP refusée : {reason}"
    return status, edge_error(BAD_USER_INPUT, message)


def too_large(maximum: int) -> GraphQLError:
    return edge_error(
        COST_LIMIT_EXCEEDED,
        f"Le corps de la requête dépasse {maximum} octets.",
        limite="taille",
        maximum=maximum,
    )


def error_response(
    request: Request,
    status: int,
    errors: list[GraphQLError],
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response:
    body: dict[str, Any] = {"errors": [error.formatted for error in errors]}
    if extensions:
        body["extensions"] = dict(extensions)
    response = Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        status_code=status,
        media_type=media_type(request),
        headers=dict(headers or {}),
    )
    if status == 405:
        response.headers["allow"] = "POST" if request.method == "GET" else "GET, POST"
    return response
