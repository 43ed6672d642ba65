"""Closes each operation's database transaction: commit after a clean mutation, else roll back."""

from __future__ import annotations

from collections.abc import AsyncIterator

from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from schema.context import Context


class RequestTransaction(SchemaExtension):
    async def on_operation(self) -> AsyncIterator[None]:
        try:
            yield
        except BaseException:
            context: Context = self.execution_context.context
            await context.db.close(commit=False)
            raise
        context = self.execution_context.context
        result = self.execution_context.result
        clean = result is not None and not result.errors
        is_mutation = self.execution_context.operation_type is OperationType.MUTATION
        await context.db.close(commit=is_mutation and clean)
