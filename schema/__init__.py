"""The GraphQL schema of the hub: types, loaders, queries and mutations, one package per domain."""

from __future__ import annotations

import strawberry

from schema.edge import EdgeSchema, edge_config, edge_extensions
from schema.execution import ExecutionRapide
from schema.mutation import Mutation
from schema.query import Query
from schema.transaction import RequestTransaction


def build_schema() -> strawberry.Schema:
    return EdgeSchema(
        query=Query,
        mutation=Mutation,
        config=edge_config(),
        # Fields already in memory skip graphql-core's per-field machinery (schema/execution.py).
        execution_context_class=ExecutionRapide,
        # Limits, cost, masking (schema/edge: its parse and validation caches replace strawberry's).
        extensions=[*edge_extensions(), RequestTransaction],
    )
