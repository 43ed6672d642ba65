"""Parsing and validation at the edge: size limits first, then the cached GraphQL validation.

Replaces strawberry's ParserCache and ValidationCache (both caches are kept, keyed by document):
- parsing is bounded by HUB_GRAPHQL_MAX_TOKENS (tokens and comments) and the body size limit;
- the operation to run must be chosen (several operations need an operationName that names one);
- depth (HUB_GRAPHQL_MAX_DEPTH), aliases (HUB_GRAPHQL_MAX_ALIASES) and fields once fragments are
  expanded (HUB_GRAPHQL_MAX_FIELDS) are measured in one linear pass (each fragment measured once) and
  checked before the costly validation, each refusal one COST_LIMIT_EXCEEDED error naming its `limite`;
- validation stops after HUB_GRAPHQL_MAX_VALIDATION_ERRORS errors (graphql-core's `max_errors`), never
  suggests names, and tags its errors GRAPHQL_VALIDATION_FAILED; introspection depth is bounded;
- anonymous callers cannot introspect when HUB_GRAPHQL_INTROSPECTION is false.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import anyio.to_thread
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
from graphql.validation import ASTValidationRule, MaxIntrospectionDepthRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from hub.settings import Settings
from schema.edge.entrees import erreur_des_variables, erreur_du_document
from schema.edge.errors import (
    BAD_USER_INPUT,
    FORBIDDEN,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    edge_error,
    limit_exceeded,
)
from schema.edge.par_document import deja_calcule, par_document

CACHE_SIZE = 1024
_VALIDATION = "validation"
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

    async def on_validate(self) -> AsyncIterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if context.pre_execution_errors is None and document is not None:
            if deja_calcule(document, self._cle_validation()):
                context.pre_execution_errors = self._check(document)
            else:
                # A document seen for the first time: graphql-core's validation is CPU-bound (its
                # overlapping-fields rule is quadratic in repeated fields, ~1 s under the token limit),
                # so it runs in a worker thread and the event loop keeps answering other requests.
                context.pre_execution_errors = await anyio.to_thread.run_sync(self._check, document)
            if not context.pre_execution_errors and (erreur := self._entrees(document)):
                context.pre_execution_errors = [erreur]
        yield

    def _entrees(self, document: DocumentNode) -> GraphQLError | None:
        """The first string of the document or the variables that PostgreSQL or the limit refuses."""
        maximum = _settings(self.execution_context.context).graphql_max_string_length
        dans_le_document = par_document(
            document, ("chaines", maximum), lambda: erreur_du_document(document, maximum)
        )
        return dans_le_document or erreur_des_variables(self.execution_context.variables, maximum)

    def _cle_validation(self) -> tuple[str, int, tuple[type[ASTValidationRule], ...], int]:
        """The key of this document's validation: the schema, the rules and the error cap."""
        context = self.execution_context
        rules = (*context.validation_rules, MaybeNullValidationRule, OneOfInputValidationRule)
        rules = (*rules, MaxIntrospectionDepthRule)
        maximum = _settings(context.context).graphql_max_validation_errors
        return (_VALIDATION, id(context.schema._schema), rules, maximum)

    def _check(self, document: DocumentNode) -> list[GraphQLError]:
        context = self.execution_context
        settings = _settings(context.context)
        mesure = par_document(document, "mesure", lambda: mesurer(document))
        demandee = getattr(context.context, "operation_demandee", None)
        if operation_error := _operation_choisie(document, demandee):
            return [operation_error]
        if mesure.profondeur > settings.graphql_max_depth:
            depth, maximum_depth = mesure.profondeur, settings.graphql_max_depth
            message = f"La requête est trop profonde : {depth} niveaux, {maximum_depth} au plus."
            return [limit_exceeded("profondeur", maximum_depth, depth, message)]
        if mesure.alias > settings.graphql_max_aliases:
            aliases = mesure.alias
            message = f"La requête utilise {aliases} alias, {settings.graphql_max_aliases} au plus."
            return [limit_exceeded("alias", settings.graphql_max_aliases, aliases, message)]
        if mesure.champs > settings.graphql_max_fields:
            champs, maximum_champs = mesure.champs, settings.graphql_max_fields
            message = (
                f"La requête sélectionne {champs} champs une fois ses fragments développés, "
                f"{maximum_champs} au plus."
            )
            return [limit_exceeded("champs", maximum_champs, champs, message)]
        cle = self._cle_validation()
        _, _, rules, maximum = cle
        schema = context.schema._schema
        errors = par_document(
            document,
            cle,
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


@dataclass(frozen=True)
class Mesure:
    """What the limits read off a document, its fragments expanded: each number saturates at `PLAFOND`."""

    profondeur: int
    alias: int
    champs: int


# Counts multiply through fragments (a fragment spread twice, spreading another twice, ...): every
# number stops growing here, far above any limit, so a hostile document never builds huge integers.
PLAFOND = 1_000_000


def mesurer(document: DocumentNode) -> Mesure:
    """Depth, aliases and field selections of every operation, fragments followed, in linear time.

    Each fragment is measured once and its measure reused wherever it is spread: a walk that expands
    every spread is exponential in a document whose fragment F<i> spreads F<i-1> twice (issue 17: a
    2 KB document held the event loop for a minute). A fragment spread inside its own expansion (a
    cycle, refused later by validation) counts as empty."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    mesures: dict[str, Mesure] = {}
    en_cours: set[str] = set()

    def fragment(name: str) -> Mesure:
        if name in mesures:
            return mesures[name]
        definition = fragments.get(name)
        if definition is None or name in en_cours:
            return _VIDE
        en_cours.add(name)
        mesure = selection(definition.selection_set)
        en_cours.discard(name)
        mesures[name] = mesure
        return mesure

    def selection(selection_set: SelectionSetNode | None) -> Mesure:
        profondeur = alias = champs = 0
        for node in selection_set.selections if selection_set else ():
            if isinstance(node, FieldNode):
                inner = selection(node.selection_set)
                niveau = 1 + inner.profondeur if node.selection_set is not None else 0
                profondeur = max(profondeur, niveau)
                alias += (1 if node.alias else 0) + inner.alias
                champs += 1 + inner.champs
            else:
                if isinstance(node, InlineFragmentNode):
                    inner = selection(node.selection_set)
                elif isinstance(node, FragmentSpreadNode):
                    inner = fragment(node.name.value)
                else:  # pragma: no cover - graphql-core knows no other selection
                    continue
                profondeur = max(profondeur, inner.profondeur)
                alias += inner.alias
                champs += inner.champs
        return Mesure(min(profondeur, PLAFOND), min(alias, PLAFOND), min(champs, PLAFOND))

    operations = [
        selection(d.selection_set) for d in document.definitions if isinstance(d, OperationDefinitionNode)
    ]
    return Mesure(
        max((o.profondeur for o in operations), default=0),
        min(sum(o.alias for o in operations), PLAFOND),
        min(sum(o.champs for o in operations), PLAFOND),
    )


_VIDE = Mesure(0, 0, 0)


def _operation_choisie(document: DocumentNode, operation_name: str | None) -> GraphQLError | None:
    """The request error of the GraphQL specification when the operation to run cannot be chosen:
    several operations and no operationName, or an operationName the document does not define."""
    names = [
        d.name.value if d.name else None
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    ]
    if operation_name is None:
        if len(names) > 1:
            message = (
                f"Le document contient {len(names)} opérations : nommez celle à exécuter (operationName)."
            )
            return edge_error(BAD_USER_INPUT, message)
        return None
    if operation_name not in names:
        return edge_error(
            BAD_USER_INPUT, f"Le document ne contient pas d'opération nommée « {operation_name} »."
        )
    return None


def max_depth(document: DocumentNode) -> int:
    """The deepest nesting of fields with a selection, over every operation (fragments followed)."""
    return mesurer(document).profondeur


def alias_count(document: DocumentNode) -> int:
    """Aliased fields in the whole document (a fragment counts each time it is spread)."""
    return mesurer(document).alias


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
