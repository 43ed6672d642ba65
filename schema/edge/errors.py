"""The edge's error codes and how every error leaves the hub: expected ones kept, the rest masked.

Every error a client sees carries `extensions.code`. Expected errors (raised on purpose with a
public code, or produced by GraphQL itself: syntax, validation, variable values) keep their message;
anything else (a Python exception, a GraphQL error without a public code) is replaced by `INTERNAL`
with an `errorId`, and the original goes to the log under that id. A statement cancelled by the
database's timeout becomes `TIMEOUT` (its SQL is never shown).
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

import sqlalchemy.exc
from graphql import GraphQLError, GraphQLSyntaxError

logger = logging.getLogger("hub.graphql")

UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
BAD_USER_INPUT = "BAD_USER_INPUT"
NOT_FOUND = "NOT_FOUND"
COST_LIMIT_EXCEEDED = "COST_LIMIT_EXCEEDED"
RATE_LIMITED = "RATE_LIMITED"
TIMEOUT = "TIMEOUT"
INTERNAL = "INTERNAL"
DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE"
# Request errors of GraphQL itself (Apollo's names, so generic clients recognise them).
GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"

PUBLIC_CODES = frozenset(
    {
        UNAUTHENTICATED,
        FORBIDDEN,
        BAD_USER_INPUT,
        NOT_FOUND,
        COST_LIMIT_EXCEEDED,
        RATE_LIMITED,
        TIMEOUT,
        INTERNAL,
        DATABASE_UNAVAILABLE,
        GRAPHQL_PARSE_FAILED,
        GRAPHQL_VALIDATION_FAILED,
        PERSISTED_QUERY_NOT_FOUND,
    }
)

MESSAGE_INTERNAL = "Erreur interne du serveur. Communiquez l'errorId au support pour qu'il la retrouve."
MESSAGE_DATABASE_UNAVAILABLE = (
    "La base de données est momentanément indisponible ; réessayez dans quelques instants."
)
MESSAGE_TIMEOUT = "La requête a dépassé le temps autorisé ; réduisez les pages ou la profondeur demandées."

# graphql-core's hints ("Did you mean 'structures'?") describe the schema to whoever guesses names.
_SUGGESTION = re.compile(r"\s*Did you mean .*$", re.DOTALL)
# SQLSTATE of a statement cancelled by statement_timeout, and of the statements after it in the
# same (now aborted) transaction.
_QUERY_CANCELED = "57014"
_IN_FAILED_TRANSACTION = "25P02"
# SQLSTATEs of a lost or refused server: class 08 (connection exception), and the server shutting
# down or starting (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
_UNAVAILABLE_STATES = ("08", "57P01", "57P02", "57P03")


def edge_error(code: str, message: str, **extensions: Any) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code, **extensions})


def limit_exceeded(limite: str, maximum: int, valeur: int | None, message: str) -> GraphQLError:
    """A published limit refused the request; `limite` names it (docs/limites.md)."""
    extensions: dict[str, Any] = {"limite": limite, "maximum": maximum}
    if valeur is not None:
        extensions["valeur"] = valeur
    return edge_error(COST_LIMIT_EXCEEDED, message, **extensions)


def code_of(error: GraphQLError) -> str | None:
    code = (error.extensions or {}).get("code")
    return code if isinstance(code, str) else None


def needs_presenting(error: GraphQLError) -> bool:
    """False only for an error already fit to leave: a public code, no hidden cause, no suggestion."""
    cause = error.original_error
    if cause is not None and not isinstance(cause, GraphQLError):
        return True
    return code_of(error) not in PUBLIC_CODES or bool(_SUGGESTION.search(error.message))


def present(error: GraphQLError, request_id: str, timed_out: bool = False) -> GraphQLError:
    """The error as the client sees it (see the module docstring); logs what it masks."""
    cause = error.original_error
    if cause is not None and not isinstance(cause, GraphQLError):
        if is_database_unavailable(cause):
            logger.warning("requete=%s base de données indisponible (%s)", request_id, type(cause).__name__)
            return _copy(error, MESSAGE_DATABASE_UNAVAILABLE, {"code": DATABASE_UNAVAILABLE})
        state = _sqlstate(cause)
        if state == _QUERY_CANCELED or (state == _IN_FAILED_TRANSACTION and timed_out):
            logger.warning(
                "requete=%s instruction annulée par statement_timeout (%s)", request_id, error.path
            )
            return _copy(error, MESSAGE_TIMEOUT, {"code": TIMEOUT})
        return _mask(error, request_id)
    code = code_of(error)
    if code in PUBLIC_CODES:
        return _copy(error, _without_suggestion(error.message), error.extensions or {})
    if error.path is not None:
        # Raised during execution without a public code: not an error we meant to show.
        return _mask(error, request_id)
    default = GRAPHQL_PARSE_FAILED if isinstance(error, GraphQLSyntaxError) else BAD_USER_INPUT
    return _copy(error, _without_suggestion(error.message), {**(error.extensions or {}), "code": default})


def is_statement_timeout(error: GraphQLError) -> bool:
    return _sqlstate(error.original_error) == _QUERY_CANCELED


def database_unavailable() -> GraphQLError:
    return edge_error(DATABASE_UNAVAILABLE, MESSAGE_DATABASE_UNAVAILABLE)


def is_database_unavailable(failure: BaseException) -> bool:
    """Whether `failure` means the database cannot be reached (stopped, restarting, unreachable),
    as opposed to a statement that failed: a refused or lost connection, a pool or connect timeout."""
    seen: set[int] = set()
    cause: BaseException | None = failure
    while cause is not None and id(cause) not in seen and len(seen) < 8:
        seen.add(id(cause))
        # OSError covers a refused connection and asyncpg's connect timeout (TimeoutError).
        if isinstance(cause, (OSError, sqlalchemy.exc.TimeoutError)):
            return True
        if isinstance(cause, sqlalchemy.exc.DBAPIError) and cause.connection_invalidated:
            return True
        state = getattr(cause, "sqlstate", None)
        if isinstance(state, str) and state.startswith(_UNAVAILABLE_STATES):
            return True
        cause = getattr(cause, "orig", None) or cause.__cause__ or cause.__context__
    return False


def _mask(error: GraphQLError, request_id: str) -> GraphQLError:
    error_id = uuid.uuid4().hex[:16]
    cause = error.original_error or error
    logger.error(
        "requete=%s errorId=%s erreur interne masquée sur %s: %s",
        request_id,
        error_id,
        error.path,
        error.message,
        exc_info=(type(cause), cause, cause.__traceback__),
    )
    return _copy(error, MESSAGE_INTERNAL, {"code": INTERNAL, "errorId": error_id})


def _copy(error: GraphQLError, message: str, extensions: dict[str, Any]) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions=dict(extensions),
    )


def _without_suggestion(message: str) -> str:
    return _SUGGESTION.sub("", message)


def _sqlstate(cause: BaseException | None) -> str | None:
    """The SQLSTATE of a database error, through SQLAlchemy's and the driver's wrappers."""
    seen = 0
    while cause is not None and seen < 5:
        for attribute in ("sqlstate", "pgcode"):
            value = getattr(cause, attribute, None)
            if isinstance(value, str):
                return value
        cause = getattr(cause, "orig", None) or cause.__cause__
        seen += 1
    return None
