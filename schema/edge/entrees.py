"""Every string a client sends to a resolver, checked once at the edge, before any SQL (issue 17, 3).

A string reaches a resolver either as a literal of the document or inside a variable. PostgreSQL
refuses some strings outright (a NUL byte in `text`; a lone UTF-16 surrogate cannot be encoded), which
used to surface as INTERNAL; and no argument of the API needs more than `HUB_GRAPHQL_MAX_STRING_LENGTH`
characters. So before execution the document's string literals (once per document) and the
variables' strings (every request) are checked, and the first bad one is a BAD_USER_INPUT naming the
argument or the variable, in French. Nothing is executed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    GraphQLError,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    ValueNode,
    VariableDefinitionNode,
)

from schema.edge.errors import BAD_USER_INPUT, edge_error


def probleme(texte: str, maximum: int) -> str | None:
    """Why `texte` is refused (French), or None."""
    if len(texte) > maximum:
        return f"le texte fait {len(texte)} caractères, {maximum} au plus"
    if "\x00" in texte:
        return "le texte contient un caractère nul (U+0000)"
    try:
        texte.encode("utf-8")
    except UnicodeEncodeError:
        return "le texte contient un demi-caractère UTF-16 isolé (substitut)"
    return None


def erreur_du_document(document: DocumentNode, maximum: int) -> GraphQLError | None:
    """The first string literal of the document that is refused, as an error naming its argument."""
    for champ, texte in _litteraux(document):
        if raison := probleme(texte, maximum):
            return edge_error(BAD_USER_INPUT, f"`{champ}` : {raison}.", champ=champ)
    return None


def erreur_des_variables(variables: Mapping[str, Any] | None, maximum: int) -> GraphQLError | None:
    """The first string of the variables that is refused, as an error naming the variable."""
    for nom, valeur in (variables or {}).items():
        for texte in _chaines(valeur):
            if raison := probleme(texte, maximum):
                return edge_error(BAD_USER_INPUT, f"La variable `${nom}` : {raison}.", champ=nom)
        if raison := probleme(str(nom), maximum):
            return edge_error(BAD_USER_INPUT, f"Un nom de variable : {raison}.", champ="variables")
    return None


def _chaines(valeur: Any) -> Iterator[str]:
    """Every string inside a decoded JSON value, keys included (depth is bounded by hub.corps_json)."""
    if isinstance(valeur, str):
        yield valeur
    elif isinstance(valeur, Mapping):
        for cle, element in valeur.items():
            yield str(cle)
            yield from _chaines(element)
    elif isinstance(valeur, list | tuple):
        for element in valeur:
            yield from _chaines(element)


def _litteraux(document: DocumentNode) -> Iterator[tuple[str, str]]:
    """(argument name, string) of every string literal: field and directive arguments, variables'
    default values, inside lists and input objects; fragments included."""
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            for variable in definition.variable_definitions or ():
                yield from _de_la_variable(variable)
            yield from _directives(definition)
        selection_set = getattr(definition, "selection_set", None)
        if isinstance(selection_set, SelectionSetNode):
            yield from _selections(selection_set)


def _de_la_variable(variable: VariableDefinitionNode) -> Iterator[tuple[str, str]]:
    if variable.default_value is not None:
        yield from _valeurs(variable.variable.name.value, variable.default_value)


def _selections(selection_set: SelectionSetNode) -> Iterator[tuple[str, str]]:
    # Iterative: a document is at most HUB_GRAPHQL_MAX_TOKENS tokens, but deep nesting must not recurse.
    pile = [selection_set]
    while pile:
        courant = pile.pop()
        for selection in courant.selections:
            yield from _directives(selection)
            if isinstance(selection, FieldNode):
                for argument in selection.arguments or ():
                    yield from _argument(argument)
            if isinstance(selection, FieldNode | InlineFragmentNode) and selection.selection_set:
                pile.append(selection.selection_set)


def _directives(node: Any) -> Iterator[tuple[str, str]]:
    for directive in getattr(node, "directives", None) or ():
        for argument in directive.arguments or ():
            yield from _argument(argument)


def _argument(argument: ArgumentNode) -> Iterator[tuple[str, str]]:
    yield from _valeurs(argument.name.value, argument.value)


def _valeurs(champ: str, valeur: ValueNode) -> Iterator[tuple[str, str]]:
    """Strings of a literal value, each named by its innermost input field (else the argument)."""
    pile = [(champ, valeur)]
    while pile:
        nom, courant = pile.pop()
        if isinstance(courant, StringValueNode):
            yield nom, courant.value
        elif isinstance(courant, ListValueNode):
            pile.extend((nom, element) for element in courant.values)
        elif isinstance(courant, ObjectValueNode):
            pile.extend((field.name.value, field.value) for field in courant.fields)
