"""The cost model: how many objects an operation may load (requested) and did return (actual).

GitHub's node count, extended to plain lists: every connection contributes the product of the
`first` values on its path (its own included), every list of objects the product of the sizes on
its path, so `structures(first: 10) { edges { node { postes(first: 5) { nodes { id } } } } }` costs
10 + 10 × 5 = 60. `edges` and `nodes` inside a connection are the connection's own items (no extra
factor). Introspection fields (`__schema`, `__type`) cost nothing: the schema is small and the
introspection depth is bounded by validation. A mutation's root field costs 10 more. The minimum is 1.

Some fields cost more than the objects they return: each block of `statistiques` runs aggregates
over every row of its territory, so it weighs `FIELD_WEIGHTS` points (times the multiplier of its
path). That part of the cost is never given back; the rest is refunded down to the objects returned.

`first` counts as given, capped at the page size (a larger value is refused by the connection itself
with BAD_USER_INPUT); a `first` in a variable is read from the variables. `last` counts exactly like
`first` (a connection given both is refused; it counts as the larger), and a connection given neither
counts as the page size. A plain list counts as its known maximum (`LIST_SIZES`) or
`DEFAULT_LIST_SIZE` (the API's plain lists are short histories).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLNamedType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    NullValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_operation_ast,
    is_composite_type,
    is_list_type,
    is_non_null_type,
)

from hub.referentiel.territoires import CODES_DEPARTEMENTS

MUTATION_FIELD_COST = 10
DEFAULT_LIST_SIZE = 25
# Plain lists longer than the default: the référentiel and the per-département statistics.
LIST_SIZES: Mapping[str, int] = {
    "Query.regions": 18,
    "Query.departements": len(CODES_DEPARTEMENTS),  # 101 départements and 6 COM
    "StatistiquesActivites.parDepartement": len(CODES_DEPARTEMENTS),
    "StatistiquesActivites.parMois": 120,
}
# Aggregates: a fixed weight per block, whatever it returns.
FIELD_WEIGHTS: Mapping[str, int] = {
    f"Statistiques.{block}": 100
    for block in ("postes", "conseillers", "financement", "activites", "franceServices", "aidantsConnect")
}
_CONNECTION_ITEMS = frozenset({"edges", "nodes"})
_PAGE_SIZES = ("first", "last")  # the arguments that size a connection's page


@dataclass(frozen=True)
class Estimate:
    """The requested cost (`total`) and its part that is spent whatever the response (`weighted`)."""

    total: int
    weighted: int


def requested_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
    max_page_size: int,
) -> Estimate:
    """The most the operation can cost, before running it (validated documents only)."""
    operation = get_operation_ast(document, operation_name)
    root = schema.get_root_type(operation.operation) if operation is not None else None
    if operation is None or root is None:
        return Estimate(1, 0)
    walker = _Walker(schema, document, variables or {}, max_page_size)
    total = walker.selection_set(operation.selection_set, root, 1, in_connection=False, visited=frozenset())
    weighted = walker.weighted
    if operation.operation is OperationType.MUTATION:
        weighted += MUTATION_FIELD_COST * _root_field_count(operation)
    return Estimate(max(1, total + weighted), weighted)


def actual_cost(data: Any, estimate: Estimate) -> int:
    """The weighted part, plus the objects the response holds in lists (edges and nodes of one
    connection count once each), never more than requested."""
    return max(1, min(estimate.total, estimate.weighted + _count(data)))


def _count(value: Any) -> int:
    # Only dicts and lists hold objects; plain loops (a response holds hundreds of objects, and this
    # runs for every response).
    if isinstance(value, dict):
        return _count_dict(value)
    if isinstance(value, list):
        return _count_list(value)
    return 0


def _count_list(value: list[Any]) -> int:
    total = 0
    for item in value:
        if isinstance(item, dict):
            total += 1 + _count_dict(item)
    return total


def _count_dict(value: dict[str, Any]) -> int:
    edges, nodes = value.get("edges"), value.get("nodes")
    total = 0
    if isinstance(edges, list) or isinstance(nodes, list):
        # A connection: its items once, whether asked as edges, nodes or both (the longer list).
        if not isinstance(nodes, list) or (isinstance(edges, list) and len(edges) >= len(nodes)):
            items: list[Any] = edges  # type: ignore[assignment]
        else:
            items = nodes
        total = len(items)
        for item in items:
            if isinstance(item, dict):
                total += _count_dict(item)
            elif isinstance(item, list):
                total += _count_list(item)
        for key, child in value.items():
            if key == "edges" or key == "nodes":
                continue
            if isinstance(child, dict):
                total += _count_dict(child)
            elif isinstance(child, list):
                total += _count_list(child)
        return total
    for child in value.values():
        if isinstance(child, dict):
            total += _count_dict(child)
        elif isinstance(child, list):
            total += _count_list(child)
    return total


def _root_field_count(operation: OperationDefinitionNode) -> int:
    return sum(1 for s in operation.selection_set.selections if isinstance(s, FieldNode))


class _Walker:
    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        variables: Mapping[str, Any],
        max_page_size: int,
    ) -> None:
        self.schema = schema
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.variables = variables
        self.max_page_size = max_page_size
        self.weighted = 0

    def selection_set(
        self,
        selection_set: SelectionSetNode | None,
        parent: GraphQLNamedType,
        multiplier: int,
        *,
        in_connection: bool,
        visited: frozenset[str],
    ) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, multiplier, in_connection, visited)
            elif isinstance(selection, InlineFragmentNode):
                total += self.selection_set(
                    selection.selection_set,
                    self._type(selection.type_condition.name.value if selection.type_condition else None)
                    or parent,
                    multiplier,
                    in_connection=in_connection,
                    visited=visited,
                )
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in visited:
                    continue
                total += self.selection_set(
                    fragment.selection_set,
                    self._type(fragment.type_condition.name.value) or parent,
                    multiplier,
                    in_connection=in_connection,
                    visited=visited | {name},
                )
        return total

    def field(
        self,
        node: FieldNode,
        parent: GraphQLNamedType,
        multiplier: int,
        in_connection: bool,
        visited: frozenset[str],
    ) -> int:
        name = node.name.value
        definition: GraphQLField | None = getattr(parent, "fields", {}).get(name)
        if name.startswith("__") or definition is None:
            return 0
        named = get_named_type(definition.type)
        self.weighted += FIELD_WEIGHTS.get(f"{parent.name}.{name}", 0) * multiplier
        if "first" in definition.args or "last" in definition.args:
            size = self._page_size(node)
            inner = multiplier * size
            return inner + self.selection_set(
                node.selection_set, named, inner, in_connection=True, visited=visited
            )
        if _is_list(definition) and is_composite_type(named):
            if in_connection and name in _CONNECTION_ITEMS:
                # The connection's own items: already counted by the connection.
                return self.selection_set(
                    node.selection_set, named, multiplier, in_connection=False, visited=visited
                )
            size = LIST_SIZES.get(f"{parent.name}.{name}", DEFAULT_LIST_SIZE)
            inner = multiplier * size
            return inner + self.selection_set(
                node.selection_set, named, inner, in_connection=False, visited=visited
            )
        return self.selection_set(node.selection_set, named, multiplier, in_connection=False, visited=visited)

    def _page_size(self, node: FieldNode) -> int:
        """The page size of a connection: its `first` or `last` (the larger if both, the page size
        if neither), capped at the page size."""
        sizes: list[int] = []
        for argument in node.arguments or ():
            if argument.name.value not in _PAGE_SIZES:
                continue
            value: Any = self.max_page_size
            if isinstance(argument.value, NullValueNode):
                continue  # `first: null`: not given
            if isinstance(argument.value, IntValueNode):
                value = int(argument.value.value)
            elif isinstance(argument.value, VariableNode):
                # A variable null or absent: not given (if it has a default, the page size counts).
                value = self.variables.get(argument.value.name.value)
                if value is None:
                    continue
            if not isinstance(value, int) or isinstance(value, bool):
                value = self.max_page_size
            sizes.append(max(0, min(value, self.max_page_size)))
        return max(sizes, default=self.max_page_size)

    def _type(self, name: str | None) -> GraphQLNamedType | None:
        return self.schema.get_type(name) if name else None


def _is_list(definition: GraphQLField) -> bool:
    field_type = definition.type.of_type if is_non_null_type(definition.type) else definition.type
    return is_list_type(field_type)
