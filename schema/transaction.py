"""Closes each operation's database transaction: commit after a clean mutation, else roll back.

Mutation fields do not wait for this: each one runs its service in a transaction of its own
(`RequestDatabase.write`), committed when the service returns and rolled back when it fails, so every
mutation field is atomic and a `UserError` leaves nothing behind. What this extension closes is the
transaction of the remaining reads (queries, and the payloads mutations return).

A query over HTTP leaves its read transaction to the view (`Context.fermeture_apres_reponse`), which
rolls it back once the response is sent: nothing a query read depends on the rollback, and the
client gets its answer one database round trip sooner.
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
            await context.fermer()
            raise
        context = self.execution_context.context
        result = self.execution_context.result
        clean = result is not None and not result.errors
        # No document when parsing failed (schema.edge reports the syntax error): nothing ran.
        parsed = self.execution_context.graphql_document is not None
        is_mutation = parsed and self.execution_context.operation_type is OperationType.MUTATION
        if not is_mutation and context.fermeture_apres_reponse:
            return
        try:
            if is_mutation and clean:
                await context.db.close(commit=True)
        finally:
            # Dropping the loaders matters: their batch functions hold the context that holds them, a
            # cycle only the garbage collector would free with every row the request read (≈ 1,600
            # objects for a list of 100 conseillers), and collecting that garbage cost more than a
            # millisecond per request on average (bench/RESULTS.md).
            await context.fermer()
