"""Cost metering: refuse an operation over HUB_GRAPHQL_MAX_COST, charge the client's bucket, refund.

Runs after validation, before any resolver: the requested cost (schema.edge.cost) is computed from the
document and the variables. Over the maximum: COST_LIMIT_EXCEEDED. Not enough points left in the
client's bucket: RATE_LIMITED with `retryAfter` (the view turns it into HTTP 429 and Retry-After).
After execution the unused points go back to the bucket. Every response says
`extensions.cost = {requested, actual, throttleStatus}` (Shopify's shape).
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from hub.settings import Settings
from schema.edge.budget import Budget
from schema.edge.cost import Estimate, actual_cost, requested_cost
from schema.edge.errors import RATE_LIMITED, edge_error, limit_exceeded
from schema.edge.par_document import cle_des_variables, par_document


class EdgeMetering(SchemaExtension):
    budget: Budget | None = None

    async def on_execute(self) -> AsyncIterator[None]:
        context = self.execution_context
        settings: Settings | None = getattr(context.context, "settings", None)
        budget: Budget = getattr(context.context, "budget", None) or Budget.disabled()
        self.budget = budget
        if hasattr(context.context, "operation_name"):
            context.context.operation_name = context.operation_name  # named for logs and metrics
        document = context.graphql_document
        if document is None:  # never the case after validation: nothing to meter
            yield
            return
        max_page_size = settings.max_page_size if settings else 100
        schema = context.schema._schema
        variables = cle_des_variables(context.variables)

        def estimer() -> Estimate:
            return requested_cost(schema, document, context.operation_name, context.variables, max_page_size)

        estimate = (
            estimer()
            if variables is None
            else par_document(document, ("cout", context.operation_name, variables, max_page_size), estimer)
        )
        requested = estimate.total
        budget.requested = requested
        refusal = None
        if settings is not None and requested > settings.graphql_max_cost:
            message = (
                f"La requête coûterait {requested} points, {settings.graphql_max_cost} au plus : "
                "demandez des pages plus petites (`first` ou `last`) ou moins de niveaux."
            )
            refusal = limit_exceeded("cout", settings.graphql_max_cost, requested, message)
        elif not await budget.charge(requested):
            refusal = _rate_limited(budget)
        if refusal is not None:
            budget.actual = 0
            context.result = GraphQLExecutionResult(data=None, errors=[refusal])
            yield
            return
        yield
        result = context.result
        data = result.data if isinstance(result, GraphQLExecutionResult) else None
        await budget.settle(actual_cost(data, estimate))

    def get_results(self) -> dict[str, Any]:
        # Also when the operation never ran (parse or validation error): costs are null then.
        budget = self.budget or getattr(self.execution_context.context, "budget", None)
        if budget is None:
            return {}
        return {
            "cost": {
                "requested": budget.requested,
                "actual": budget.actual,
                "throttleStatus": budget.throttle_status(),
            }
        }


def _rate_limited(budget: Budget) -> GraphQLError:
    wait = budget.retry_after or 1
    available = math.floor(budget.refused.available) if budget.refused else 0
    message = (
        f"Trop de requêtes : il reste {available} points sur {budget.requested} demandés ; "
        f"réessayez dans {wait} s."
    )
    return edge_error(RATE_LIMITED, message, retryAfter=wait)
