"""The GraphQL schema of the hub: types, loaders, queries and mutations, one package per domain."""

from __future__ import annotations

import strawberry
from strawberry.extensions import ParserCache, ValidationCache

from schema.query import Query
from schema.transaction import RequestTransaction


def build_schema() -> strawberry.Schema:
    return strawberry.Schema(
        query=Query,
        extensions=[
            RequestTransaction,
            lambda: ParserCache(maxsize=1024),
            lambda: ValidationCache(maxsize=1024),
        ],
    )
