"""Small-group suppression: cells counting fewer people or things than the threshold are hidden.

A cell is hidden (primary suppression) when 0 < nombre < seuil. Hiding one cell of a list is not
enough when the list's total can be known (a visible total, or proportions of the visible cells):
the hidden value would be the difference. So within a list, or a total split into parts, more cells
are hidden (secondary suppression, smallest first) until at least two cells are hidden and their sum
reaches the threshold. Zero cells stay visible: "nobody" is not a small group. Every hidden cell is
counted, so the result can say how many were hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bucket:
    """One group of a distribution: its code, French label, count and share of the list's total."""

    valeur: str
    libelle: str
    nombre: int | None
    proportion: float | None


class Masque:
    """Applies the threshold of one request (None: nothing is hidden) and tallies hidden cells."""

    def __init__(self, seuil: int | None) -> None:
        self.seuil = seuil
        self.suppressions = 0

    def _petit(self, nombre: int) -> bool:
        return self.seuil is not None and 0 < nombre < self.seuil

    def total(self, nombre: int) -> int | None:
        """A standalone count."""
        if self._petit(nombre):
            self.suppressions += 1
            return None
        return nombre

    def compte(self, nombre: int, valeur: float) -> float | None:
        """A value (an amount) shown only when the number of rows behind it is not a small group."""
        return None if self.total(nombre) is None else valeur

    def parties(self, nombres: Sequence[int], montrees: Sequence[bool] | None = None) -> list[int | None]:
        """Counts that partition a total (which may itself be shown): primary and secondary suppression.

        `montrees` says which parts the caller will show: only those count as suppressions.
        """
        caches = self._caches(nombres)
        self.suppressions += sum(1 for i in caches if montrees is None or montrees[i])
        return [None if i in caches else n for i, n in enumerate(nombres)]

    def buckets(self, groupes: Sequence[tuple[str, str, int]]) -> list[Bucket]:
        """(valeur, libelle, nombre) → buckets with proportions of the list's total, small ones hidden."""
        nombres = [n for _, _, n in groupes]
        visibles = self.parties(nombres)
        somme = sum(nombres)
        return [
            Bucket(
                valeur=valeur,
                libelle=libelle,
                nombre=visible,
                proportion=None if visible is None or somme == 0 else visible / somme,
            )
            for (valeur, libelle, _), visible in zip(groupes, visibles, strict=True)
        ]

    def _caches(self, nombres: Sequence[int]) -> set[int]:
        if self.seuil is None:
            return set()
        caches = {i for i, n in enumerate(nombres) if self._petit(n)}
        if not caches:
            return caches
        candidats = sorted((n, i) for i, n in enumerate(nombres) if i not in caches and n > 0)
        while candidats and (len(caches) < 2 or sum(nombres[i] for i in caches) < self.seuil):
            caches.add(candidats.pop(0)[1])
        return caches
