"""Values built once per key and shared by the requests that need them, in a bounded table.

The policy's statements per principal, the loaders' statements, the join plans and the first pages'
statements are all built the same way: SQLAlchemy statements are immutable, so one built for a key
serves every later request with that key and keeps its SQLAlchemy cache key. The table is emptied
when full, which bounds it without bookkeeping on each hit; the keys in use come back at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_ABSENTE = object()


class Memoire(Generic[K, V]):
    """At most `taille` values, each built by the first `obtenir` of its key."""

    __slots__ = ("_taille", "_valeurs")

    def __init__(self, taille: int) -> None:
        self._taille = taille
        self._valeurs: dict[K, V] = {}

    def obtenir(self, cle: K, construire: Callable[[], V]) -> V:
        valeur = self._valeurs.get(cle, _ABSENTE)
        if valeur is _ABSENTE:
            if len(self._valeurs) >= self._taille:
                self._valeurs.clear()
            valeur = self._valeurs[cle] = construire()
        return valeur  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._valeurs)
