"""Parsing and validation at the edge: size limits first, then the cached GraphQL validation.

Replaces strawberry's ParserCache and ValidationCache (both caches are kept, keyed by document):
- parsing is bounded by HUB_GRAPHQL_MAX_TOKENS (tokens and comments) and the body size limit;
- depth (HUB_GRAPHQL_MAX_DEPTH) and aliases (HUB_GRAPHQL_MAX_ALIASES) are checked before the costly
  validation, each refusal one COST_LIMIT_EXCEEDED error naming its `limite`;
- validation stops after HUB_GRAPHQL_MAX_VALIDATION_ERRORS errors (graphql-core's `max_errors`), never
  suggests names, and tags its errors GRAPHQL_VALIDATION_FAILED; introspection depth is bounded;
- anonymous callers cannot introspect when HUB_GRAPHQL_INTROSPECTION is false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import suppress
from functools import lru_cache
from typing import Any, cast

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    parse,
    validate,
)
from graphql.validation import MaxIntrospectionDepthRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from hub.settings import Settings
from schema.edge.errors import (
    FORBIDDEN,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    edge_error,
    limit_exceeded,
)
from schema.edge.par_document import par_document

CACHE_SIZE = 1024
_TOO_LONG = re.compile(r"Source contains more than (\d+) code points")
_TOO_MANY = re.compile(r"Document contains more than (\d+) (tokens|comments)")


def _parse_limits(max_tokens: int, max_length: int) -> dict[str, int]:
    return {"max_lexical_tokens": max_tokens, "max_comments": max_tokens, "max_source_length": max_length}


@lru_cache(maxsize=CACHE_SIZE)
def _parse(query: str, max_tokens: int, max_length: int) -> DocumentNode:
    return parse(query, **_parse_limits(max_tokens, max_length))  # type: ignore[arg-type]


class EdgeDocument(SchemaExtension):
    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        settings = _settings(context.context)
        limits = _parse_limits(settings.graphql_max_tokens, settings.graphql_max_body_bytes)
        # On a syntax error strawberry parses again with the same limits and reports it (tagged below).
        cast("dict[str, Any]", context.parse_options).update(limits)
        with suppress(GraphQLError):
            context.graphql_document = _parse(
                context.query or "", settings.graphql_max_tokens, settings.graphql_max_body_bytes
            )
        yield
        for error in context.pre_execution_errors or ():
            _tag_parse_error(error)

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.pre_execution_errors is None and context.graphql_document is not None:
            context.pre_execution_errors = self._check(context.graphql_document)
        yield

    def _check(self, document: DocumentNode) -> list[GraphQLError]:
        context = self.execution_context
        settings = _settings(context.context)
        depth = par_document(document, "profondeur", lambda: max_depth(document))
        if depth > settings.graphql_max_depth:
            message = f"La requête est trop profonde : {depth} niveaux, {settings.graphql_max_depth} au plus."
            return [limit_exceeded("profondeur", settings.graphql_max_depth, depth, message)]
        aliases = par_document(document, "alias", lambda: alias_count(document))
        if aliases > settings.graphql_max_aliases:
            message = f"La requête utilise {aliases} alias, {settings.graphql_max_aliases} au plus."
            return [limit_exceeded("alias", settings.graphql_max_aliases, aliases, message)]
        rules = (*context.validation_rules, MaybeNullValidationRule, OneOfInputValidationRule)
        rules = (*rules, MaxIntrospectionDepthRule)
        schema, maximum = context.schema._schema, settings.graphql_max_validation_errors
        errors = par_document(
            document,
            ("validation", id(schema), rules, maximum),
            lambda: validate(schema, document, rules, max_errors=maximum, hide_suggestions=True),
        )
        if errors:
            return [_validation_error(error, settings) for error in errors]
        anonymous_refused = not settings.graphql_introspection and _is_anonymous(context.context)
        if anonymous_refused and validate(
            context.schema._schema, document, [NoSchemaIntrospectionCustomRule]
        ):
            message = "L'introspection du schéma est réservée aux appels authentifiés."
            return [edge_error(FORBIDDEN, message)]
        return []


def max_depth(document: DocumentNode) -> int:
    """The deepest nesting of fields with a selection, over every operation (fragments followed)."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    def depth(selection_set: SelectionSetNode | None, visited: frozenset[str]) -> int:
        deepest = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode) and selection.selection_set is not None:
                deepest = max(deepest, 1 + depth(selection.selection_set, visited))
            elif isinstance(selection, InlineFragmentNode):
                deepest = max(deepest, depth(selection.selection_set, visited))
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = fragments.get(name)
                if fragment is not None and name not in visited:
                    deepest = max(deepest, depth(fragment.selection_set, visited | {name}))
        return deepest

    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return max((depth(o.selection_set, frozenset()) for o in operations), default=0)


def alias_count(document: DocumentNode) -> int:
    """Aliased fields in the whole document (a fragment counts each time it is spread)."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    def count(selection_set: SelectionSetNode | None, visited: frozenset[str]) -> int:
        total = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                total += (1 if selection.alias else 0) + count(selection.selection_set, visited)
            elif isinstance(selection, InlineFragmentNode):
                total += count(selection.selection_set, visited)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = fragments.get(name)
                if fragment is not None and name not in visited:
                    total += count(fragment.selection_set, visited | {name})
        return total

    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return sum(count(o.selection_set, frozenset()) for o in operations)


def _tag_parse_error(error: GraphQLError) -> None:
    """Give a parse error its code (in place: strawberry already holds it in its result)."""
    if (error.extensions or {}).get("code"):
        return
    if match := _TOO_LONG.search(error.message):
        error.message = f"La requête dépasse {match.group(1)} caractères."
        error.extensions = {"code": "COST_LIMIT_EXCEEDED", "limite": "taille", "maximum": int(match.group(1))}
    elif match := _TOO_MANY.search(error.message):
        unite = "jetons" if match.group(2) == "tokens" else "commentaires"
        error.message = f"La requête contient plus de {match.group(1)} {unite}."
        error.extensions = {"code": "COST_LIMIT_EXCEEDED", "limite": unite, "maximum": int(match.group(1))}
    else:
        error.extensions = {"code": GRAPHQL_PARSE_FAILED}


def _validation_error(error: GraphQLError, settings: Settings) -> GraphQLError:
    extensions: dict[str, Any] = {"code": GRAPHQL_VALIDATION_FAILED}
    if error.message.startswith("Too many validation errors"):
        extensions["limite"] = "erreurs"
        extensions["maximum"] = settings.graphql_max_validation_errors
    # A copy: the cached list is shared by every request that sends the same document.
    return GraphQLError(
        error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        extensions=extensions,
    )


def _settings(context: Any) -> Settings:
    settings = getattr(context, "settings", None)
    return settings if isinstance(settings, Settings) else _DEFAULT_SETTINGS


def _is_anonymous(context: Any) -> bool:
    principal = getattr(context, "principal", None)
    return principal is None or bool(getattr(principal, "is_anonymous", True))


_DEFAULT_SETTINGS = Settings()
