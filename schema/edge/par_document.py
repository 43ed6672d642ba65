"""What the edge computes from a parsed document alone, computed once per document object.

`schema.edge.document` parses through an LRU cache keyed by the query text, so a client that repeats
an operation gets the same `DocumentNode` object back: its depth, alias count, validation errors and
requested cost (for the same variables) are then known. The key is the document's identity, not its
hash: graphql-core hashes an AST node by hashing its whole subtree, on every call (≈ 0.2 ms for the
préfecture list's document, more than the lookup saves). An entry holds its document, so that an
identity cannot be reused while its entry lives.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from graphql import DocumentNode

T = TypeVar("T")

# Several entries per document (depth, aliases, validation, a cost per set of variables): a few times
# the parse cache's 1,024 documents. Emptied when full.
TAILLE_MAX = 8192
_ENTREES: dict[tuple[int, Hashable], tuple[DocumentNode, Any]] = {}


def deja_calcule(document: DocumentNode, cle: Hashable) -> bool:
    """Whether `cle` is already computed for this document object (a look before deciding to
    compute it off the event loop)."""
    entree = _ENTREES.get((id(document), cle))
    return entree is not None and entree[0] is document


def par_document(document: DocumentNode, cle: Hashable, calcul: Callable[[], T]) -> T:
    """`calcul()` for this document object and `cle`, computed at most once while cached."""
    entree = _ENTREES.get((id(document), cle))
    if entree is not None and entree[0] is document:
        return entree[1]  # type: ignore[no-any-return]
    valeur = calcul()
    if len(_ENTREES) >= TAILLE_MAX:
        _ENTREES.clear()
    _ENTREES[(id(document), cle)] = (document, valeur)
    return valeur


def cle_des_variables(variables: dict[str, Any] | None) -> Hashable | None:
    """The variables as a key, or None when one of them is not hashable (a list, an input object).
    Types are part of the key: `1`, `1.0` and `true` are equal in Python, not in GraphQL."""
    if not variables:
        return ()
    try:
        cle = tuple(sorted((nom, type(valeur).__name__, valeur) for nom, valeur in variables.items()))
        hash(cle)
    except TypeError:
        return None
    return cle
