"""Closes each operation's database transaction: commit after a clean mutation, else roll back.

Mutation fields do not wait for this: each one runs its service in a transaction of its own
(`RequestDatabase.write`), committed when the service returns and rolled back when it fails, so every
mutation field is atomic and a `UserError` leaves nothing behind. What this extension closes is the
transaction of the remaining reads (queries, and the payloads mutations return).
"""

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
            _oublier_les_chargeurs(context)
            raise
        context = self.execution_context.context
        result = self.execution_context.result
        clean = result is not None and not result.errors
        # No document when parsing failed (schema.edge reports the syntax error): nothing ran.
        parsed = self.execution_context.graphql_document is not None
        is_mutation = parsed and self.execution_context.operation_type is OperationType.MUTATION
        try:
            await context.db.close(commit=is_mutation and clean)
        finally:
            _oublier_les_chargeurs(context)


def _oublier_les_chargeurs(context: Context) -> None:
    """Drop the request's loaders once the operation is done. Their batch functions hold the context
    that holds them: a cycle only the garbage collector would free, with every row the request read
    (≈ 1,600 objects for a list of 100 conseillers), and collections of that garbage cost more than a
    millisecond per request on average (bench/RESULTS.md). Without the cycle, reference counting
    frees them at once."""
    context.loaders.clear()
