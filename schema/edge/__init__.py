"""The hardened GraphQL edge: limits, cost and rate limit, error masking, trusted documents.

`build_schema` (schema/__init__.py) takes `EdgeSchema`, `edge_config()` and `edge_extensions()`
from here; the HTTP side (body size, status codes, headers, persisted queries) is hub/graphql_view.py.
Every limit is a HUB_* setting; docs/limites.md lists them with their errors.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from hub.db import Database
from hub.settings import Settings
from schema.edge.buckets import MemoryBuckets, TokenBuckets
from schema.edge.buckets_postgresql import PostgresBuckets
from schema.edge.document import EdgeDocument
from schema.edge.masking import EdgeMaskErrors
from schema.edge.metering import EdgeMetering


class EdgeSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Strawberry would log every error with its traceback; the edge logs once, masked errors
        with their errorId (schema.edge.errors) and every request's codes (hub.graphql_view)."""


def edge_config() -> StrawberryConfig:
    # No batching (an array body is refused), no "Did you mean" hints.
    return StrawberryConfig(disable_field_suggestions=True, batching_config=None)


def edge_extensions() -> list[type[SchemaExtension] | Any]:
    """Outermost first: masking sees every error, then parsing/validation, then cost metering."""
    return [EdgeMaskErrors, EdgeDocument, EdgeMetering]


def token_buckets(settings: Settings, database: Database) -> TokenBuckets | None:
    """The rate-limit store the settings ask for, or None when HUB_RATE_LIMIT_POINTS is 0."""
    if settings.rate_limit_points == 0:
        return None
    if settings.rate_limit_backend == "postgresql":
        return PostgresBuckets(database, settings.rate_limit_points, settings.rate_limit_window_seconds)
    return MemoryBuckets(settings.rate_limit_points, settings.rate_limit_window_seconds)
