"""GraphQL errors the API raises on purpose, each with its `extensions.code` (DESIGN.md §4)."""

from __future__ import annotations

from graphql import GraphQLError


def bad_user_input(message: str, champ: str) -> GraphQLError:
    """The caller sent a value the API refuses; `champ` names the argument or input field."""
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT", "champ": champ})
