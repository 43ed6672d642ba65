"""What an attacker can solve from published figures: exact rational Gaussian elimination (no sympy).

Each published number is an equation Σ coefficients × cells = value; a cell is *determined* when its
unit vector lies in the row space of the equations (then it is a known linear combination of them).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from fractions import Fraction


class Systeme:
    """The row space of the equations met so far, kept in reduced row echelon form."""

    def __init__(self) -> None:
        self._lignes: dict[Hashable, dict[Hashable, Fraction]] = {}  # pivot → row (pivot coefficient 1)
        self.equations = 0

    def ajouter(self, coefficients: Mapping[Hashable, int]) -> None:
        self.equations += 1
        ligne = self._reduire({v: Fraction(c) for v, c in coefficients.items() if c})
        if not ligne:
            return
        pivot = min(ligne, key=repr)
        facteur = ligne[pivot]
        ligne = {v: c / facteur for v, c in ligne.items()}
        for autre in self._lignes.values():
            if pivot in autre:
                k = autre[pivot]
                for v, c in ligne.items():
                    autre[v] = autre.get(v, Fraction(0)) - k * c
                    if autre[v] == 0:
                        del autre[v]
        self._lignes[pivot] = ligne

    def determine(self, variable: Hashable) -> bool:
        """Is `variable` a linear combination of the equations (uniquely solvable)?"""
        return not self._reduire({variable: Fraction(1)})

    def determine_somme(self, variables: list[Hashable]) -> bool:
        """Is the sum of `variables` a linear combination of the equations?"""
        return not self._reduire(dict.fromkeys(variables, Fraction(1)))

    def _reduire(self, ligne: dict[Hashable, Fraction]) -> dict[Hashable, Fraction]:
        ligne = dict(ligne)
        for pivot, base in self._lignes.items():
            k = ligne.get(pivot)
            if k:
                for v, c in base.items():
                    ligne[v] = ligne.get(v, Fraction(0)) - k * c
                    if ligne[v] == 0:
                        del ligne[v]
        return ligne
