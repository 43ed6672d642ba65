"""Error masking: strawberry's MaskErrors with the edge's predicate and presentation.

`needs_presenting` picks the errors that cannot leave as they are (no public code, a hidden Python
cause, a name suggestion); `present` gives each its final form: INTERNAL with an errorId (the
original is logged under it), TIMEOUT for a cancelled statement, or the same error cleaned.
"""

from __future__ import annotations

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from schema.edge.errors import MESSAGE_INTERNAL, is_statement_timeout, needs_presenting, present


class EdgeMaskErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=needs_presenting, error_message=MESSAGE_INTERNAL)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context
        request_id = str(getattr(context.context, "request_id", "-"))
        errors = getattr(context.result, "errors", None) or ()
        return present(error, request_id, timed_out=any(is_statement_timeout(e) for e in errors))
