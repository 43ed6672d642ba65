"""Small-cell suppression below the département: cells commune × month, under the département grid.

An EPCI or a commune asked by a caller under suppression is answered from cells *commune × month*
of the départements of its communes. The département grid (`masque.Grille`, read for the whole
country as for a national question) stays what every other answer is made of, and decides first;
then, in this grid, suppression is **by whole group of measures**: a group is the measures tied by
the identities of a cell (a total and every tableau that splits it: `total` with its canaux and
durées; `participants` with âges, statuts, new and recurring; a thème alone):

1. primary suppression: in a commune cell, a group where any measure is small (0 < n < seuil) is
   hidden whole;
2. the département margin: a département cell is the sum of its commune cells, and its visible
   measures are published. So in each département, month and group where a commune's group is
   hidden, or where the département cell itself hides a measure of the group that is not zero (its
   communes would add up to it), the group is hidden in more communes, smallest first, until at
   least two are and, for every measure, the hidden ones add up to zero or to at least the
   threshold — or until no commune is left (the hidden ones are then the whole département
   figure, which the département grid protects);
3. a figure of the EPCI or the commune (a total, a bucket, a month, a département's part of an
   EPCI) is the sum of its commune cells, given when none of them is hidden.

Why whole groups: a hidden measure next to visible ones of its group can be given back by the
identities of its cell (a total minus its visible parts, a zero part shown beside it), and then a
département figure minus it gives another commune's small cell; the exact solver found such chains
with measure-level suppression. With whole groups, the hidden groups of a département, month and
group are unknown vectors that satisfy the group's identities (no identity ties two groups) and
whose sum is known on the département's visible measures: with two or more of them, none of their
coordinates is determined, and their sum tells no more about a département measure the département
grid hides than the département cell itself does. The price: a commune's month is often small in
one canal or one âge, and its whole group is then hidden (docs/statistiques.md).

The cells hidden depend only on the rows of their département, never on the territory asked
(tests/statistiques/test_communes_diffusion.py, exact solver, every level asked together).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from hub.services.statistiques.masque import Cellule, Grille, Tableau


class GrilleCommunale(Grille):
    """Commune × month cells of some départements, whose département cells `departementale` hides."""

    def __init__(
        self,
        seuil: int | None,
        tableaux: Sequence[Tableau],
        departementale: Grille,
        montants: Collection[str] = (),
    ) -> None:
        super().__init__(seuil, tableaux, montants)
        self.departementale = departementale
        self._departement_de: dict[str, str] = {}
        self._groupes = _groupes(tableaux)

    def ajouter_commune(
        self, departement: str, commune: str, mois: str | None, mesures: Mapping[str, int], *, dans: bool
    ) -> None:
        """Add counts to the cell (commune, month) of `departement`; `dans`: in the territory asked."""
        self._departement_de[commune] = departement
        self.ajouter((commune, mois), mesures, dans=dans)

    def departement_de(self, cellule: Cellule) -> str:
        return self._departement_de.get(cellule[0] or "", "")

    def _parent(self, cellule: Cellule) -> Cellule:
        return (self.departement_de(cellule), cellule[1])

    def _cache(self, mesure: str, cellules: list[Cellule]) -> bool:
        # Only the commune cells decide, even when they cover whole départements: the national
        # shortcut of the département grid does not apply here.
        caches = self._suppression()
        return any(mesure in caches.get(c, frozenset()) for c in cellules)

    def _groupe(self, mesure: str) -> frozenset[str]:
        return self._groupes.get(mesure, frozenset({mesure}))

    def _calculer(self) -> tuple[dict[Cellule, frozenset[str]], dict[str | None, frozenset[str]]]:
        if self.seuil is None:
            return {}, {}
        par_parent: dict[Cellule, list[Cellule]] = {}
        for cellule in sorted(self._cellules, key=lambda c: (c[1] or "", c[0] or "")):
            par_parent.setdefault(self._parent(cellule), []).append(cellule)
        caches: dict[Cellule, set[str]] = {
            c: {m for petite in self._primaires(mesures) for m in self._groupe(petite)}
            for c, mesures in self._cellules.items()
        }
        groupes = sorted(
            {self._groupe(m) for mesures in self._cellules.values() for m in mesures}, key=sorted
        )
        for parent, cellules in par_parent.items():
            for groupe in groupes:
                self._proteger_la_marge(parent, cellules, groupe, caches)
        return {c: frozenset(ms) for c, ms in caches.items() if ms}, {}

    def _proteger_la_marge(
        self,
        parent: Cellule,
        cellules: list[Cellule],
        groupe: frozenset[str],
        caches: dict[Cellule, set[str]],
    ) -> None:
        """Hide `groupe` in more communes of `parent` (smallest first) until the hidden ones are safe."""
        seuil = self.seuil or 0

        def valeurs(cellule: Cellule) -> Counter[str]:
            return Counter({m: self._cellules[cellule][m] for m in groupe})

        hors = [c for c in cellules if groupe <= caches[c]]
        parent_cache = any(
            sum(self._cellules[c][m] for c in cellules) > 0
            for m in self.departementale.cachees(parent) & groupe
        )
        if not hors and not parent_cache:
            return
        cachee: Counter[str] = sum((valeurs(c) for c in hors), Counter())
        candidats = sorted(
            (sum(valeurs(c).values()), c[0] or "", c)
            for c in cellules
            if not groupe <= caches[c] and any(valeurs(c).values())
        )

        def sure() -> bool:
            return len(hors) >= 2 and all(n == 0 or n >= seuil for n in cachee.values())

        while candidats and not sure():
            _, _, cellule = candidats.pop(0)
            hors.append(cellule)
            caches[cellule] |= groupe
            cachee.update(valeurs(cellule))


def _groupes(tableaux: Sequence[Tableau]) -> dict[str, frozenset[str]]:
    """Each measure of the tableaux → the measures tied to it by identities (tableaux sharing a total
    are one group; a tableau without a total ties nothing: each of its parts is a group alone)."""
    groupes: list[set[str]] = []
    for tableau in tableaux:
        if tableau.total is None:
            groupes += [{partie} for partie in tableau.parties]
            continue
        nouveau = {*tableau.parties, tableau.total}
        lies = [g for g in groupes if g & nouveau]
        for g in lies:
            groupes.remove(g)
            nouveau |= g
        groupes.append(nouveau)
    return {m: frozenset(g) for g in groupes for m in g}
