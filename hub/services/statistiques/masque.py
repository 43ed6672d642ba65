"""Small-cell suppression on the grid (département × month): the one place where figures are hidden.

Model (docs/statistiques.md, « Contrôle de la divulgation »). For a caller under suppression every
block counts the rows of the whole country per grid cell (département, month) and per measure (a
total, a bucket), whatever territory was asked: the cells hidden are then the same for every answer,
and the territory asked only chooses which cells are summed. Then:

1. primary suppression: a cell with 0 < n < seuil is hidden (zero stays visible);
2. complementary suppression inside a cell: the parts of a total (canaux of `total`, âges of
   `participants`, …) are hidden further, next-smallest first, until at least two are hidden and
   they add up to the threshold, so that the total minus the visible parts tells nothing; a total
   hidden (by step 3) while all its parts show gets its parts hidden the same way, or their sum
   would give it back;
3. the national margin: the country's figure of a month is published (it is the anonymous caller's
   figure), so in each month and measure where a département is hidden, more départements are hidden
   (next-smallest first) until at least two are, adding up to the threshold; when the other
   départements cannot make that up, the national figure of that month is hidden instead. Steps 2
   and 3 are repeated until neither hides anything more. The national cells of a month follow steps
   1 and 2 too;
4. every published figure is a SUM of grid cells (a territory and a période are unions of cells): a
   national figure is published when none of its national month cells is hidden, any other when
   none of its cells is hidden for that measure.

So whatever the caller asks (any période of whole months, any territory, any breakdown), each
published number is a sum of visible cells or of visible national cells, and the only relations it
can use on hidden cells are the identities inside a cell (parts add up to the total) and the national
margins, each involving at least two hidden cells that add up to the threshold. No hidden cell is a
linear combination of what is published (tests/statistiques/test_diffusion.py, exact solver).

A caller not under suppression (seuil None) has one cell holding the whole territory and période.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

# (département code, 'YYYY-MM'); the one cell of a caller not under suppression is (None, None).
Cellule = tuple[str | None, str | None]
UNIQUE: Cellule = (None, None)


@dataclass(frozen=True, slots=True)
class Bucket:
    """One group of a distribution: its code, French label, count and share of the list's total."""

    valeur: str
    libelle: str
    nombre: int | None
    proportion: float | None


@dataclass(frozen=True, slots=True)
class Tableau:
    """Measures of a cell that split `total` (None: a list whose total is not a published figure)."""

    parties: tuple[str, ...]
    total: str | None = None


class Grille:
    """One block's counts, cell by cell; hides cells, then publishes sums of visible cells."""

    def __init__(
        self, seuil: int | None, tableaux: Sequence[Tableau] = (), montants: Collection[str] = ()
    ) -> None:
        self.seuil = seuil
        self.suppressions = 0
        self._tableaux = tableaux
        # Amounts (euros) are never small in themselves: hidden with the count of their rows.
        self._montants = frozenset(montants)
        self._cellules: dict[Cellule, Counter[str]] = {}
        # The cells of the territory asked (the others only take part in the suppression).
        self._territoire: set[Cellule] = set()
        self._cachees: dict[Cellule, frozenset[str]] | None = None
        self._nationales: dict[str | None, frozenset[str]] = {}

    def ajouter(self, cellule: Cellule, mesures: Mapping[str, int], *, dans: bool = True) -> None:
        """Add counts to a cell (rows of the same cell add up); `dans`: in the territory asked."""
        self._cachees = None
        self._cellules.setdefault(cellule, Counter()).update(mesures)
        if dans:
            self._territoire.add(cellule)

    @property
    def cellules(self) -> list[Cellule]:
        """The cells of the territory asked."""
        return sorted(self._territoire, key=lambda c: (c[0] or "", c[1] or ""))

    def cachees(self, cellule: Cellule) -> frozenset[str]:
        """The measures hidden in one cell (primary and complementary)."""
        return self._suppression().get(cellule, frozenset())

    def nationales_cachees(self, mois: str | None) -> frozenset[str]:
        """The measures hidden in the national cell of one month."""
        self._suppression()
        return self._nationales.get(mois, frozenset())

    def valeur(
        self,
        mesure: str,
        dans: Callable[[Cellule], bool] | None = None,
        *,
        selon: str | None = None,
        montree: bool = True,
    ) -> int | None:
        """Σ of `mesure` over the territory's cells `dans` keeps (all: None); None when it is hidden
        (or `selon` is, the count behind an amount). `montree`: the caller shows it (a suppression)."""
        cellules = [c for c in self._territoire if dans is None or dans(c)]
        if self._cache(selon or mesure, cellules):
            self.suppressions += 1 if montree else 0
            return None
        return sum(self._cellules[c][mesure] for c in cellules)

    def _cache(self, mesure: str, cellules: list[Cellule]) -> bool:
        caches = self._suppression()
        mois = {c[1] for c in cellules}
        tous = [c for c in self._cellules if c[1] in mois]
        if self.seuil is not None and len(tous) == len(cellules):
            # The whole country for these months: the national cells decide.
            return any(mesure in self._nationales.get(m, frozenset()) for m in mois)
        return any(mesure in caches.get(c, frozenset()) for c in cellules)

    def buckets(
        self, groupes: Iterable[tuple[str, str, str]], dans: Callable[[Cellule], bool] | None = None
    ) -> list[Bucket]:
        """(valeur, libelle, mesure) → buckets. Proportions only when no bucket of the list is hidden:
        the share of a visible bucket would otherwise give the list's total, hidden cells included."""
        lignes = [(valeur, libelle, self.valeur(mesure, dans)) for valeur, libelle, mesure in groupes]
        return _en_buckets(lignes)

    def buckets_par(
        self,
        mesure: str,
        cle: Callable[[Cellule], str],
        libelles: Mapping[str, str],
        garder: Callable[[str], bool] | None = None,
    ) -> list[Bucket]:
        """`mesure` by groups of the territory's cells (by month, by département): the groups present
        (and kept), in order; each is the sum of its cells, hidden when it is."""
        presents = sorted({cle(c) for c in self._territoire if self._cellules[c][mesure]})
        presents = [code for code in presents if garder is None or garder(code)]
        lignes = [
            (code, libelles.get(code, code), self.valeur(mesure, _groupe(cle, code))) for code in presents
        ]
        return _en_buckets(lignes)

    def liste(self, lignes: Sequence[tuple[str, str, int]]) -> list[Bucket]:
        """Buckets of counts already summed by the database, for a caller not under suppression."""
        if self.seuil is not None:
            raise ValueError("sous masquage, une liste se calcule cellule par cellule")
        return _en_buckets(lignes)

    # -- the suppression pattern ------------------------------------------------------------------

    def _suppression(self) -> dict[Cellule, frozenset[str]]:
        if self._cachees is None:
            self._cachees, self._nationales = self._calculer()
        return self._cachees

    def _calculer(self) -> tuple[dict[Cellule, frozenset[str]], dict[str | None, frozenset[str]]]:
        if self.seuil is None:
            return {}, {}
        seuil = self.seuil
        par_mois: dict[str | None, list[Cellule]] = {}
        for cellule in sorted(self._cellules, key=lambda c: (c[1] or "", c[0] or "")):
            par_mois.setdefault(cellule[1], []).append(cellule)
        nationales = {
            m: sum((self._cellules[c] for c in cellules), Counter()) for m, cellules in par_mois.items()
        }
        caches = {c: self._completer(m, self._primaires(m)) for c, m in self._cellules.items()}
        caches_nat = {m: self._completer(n, self._primaires(n)) for m, n in nationales.items()}
        a_revoir = sorted({(c[1] or "", mesure) for c, ms in caches.items() for mesure in ms})
        while a_revoir:
            mois_, mesure = a_revoir.pop()
            mois = mois_ or None
            if mesure in caches_nat[mois]:
                continue  # no national figure of this month and measure: no margin to protect
            cellules = par_mois[mois]
            cachees = [c for c in cellules if mesure in caches[c]]
            somme = sum(self._cellules[c][mesure] for c in cachees)
            candidats = sorted(
                (self._cellules[c][mesure], c[0] or "", c)
                for c in cellules
                if mesure not in caches[c] and self._cellules[c][mesure] > 0
            )
            ajoutees: list[Cellule] = []
            while candidats and (len(cachees) < 2 or somme < seuil):
                nombre, _, cellule = candidats.pop(0)
                cachees.append(cellule)
                ajoutees.append(cellule)
                somme += nombre
            if len(cachees) < 2 or somme < seuil:
                caches_nat[mois] = self._completer(nationales[mois], caches_nat[mois] | {mesure})
                continue
            for cellule in ajoutees:
                avant = caches[cellule]
                caches[cellule] = self._completer(self._cellules[cellule], avant | {mesure})
                a_revoir.extend((mois_, m) for m in sorted(caches[cellule] - avant))
        return caches, caches_nat

    def _petit(self, nombre: int) -> bool:
        return self.seuil is not None and 0 < nombre < self.seuil

    def _primaires(self, mesures: Counter[str]) -> set[str]:
        return {m for m, n in mesures.items() if m not in self._montants and self._petit(n)}

    def _completer(self, mesures: Counter[str], caches: set[str] | frozenset[str]) -> frozenset[str]:
        """Complementary suppression inside one cell, until every tableau with a hidden part is safe."""
        resultat = set(caches)
        while True:
            avant = len(resultat)
            for tableau in self._tableaux:
                resultat |= self._complementaires(tableau, mesures, resultat)
            if len(resultat) == avant:
                return frozenset(resultat)

    def _complementaires(self, tableau: Tableau, mesures: Counter[str], caches: set[str]) -> set[str]:
        """Hide further parts, next-smallest first (ties: in the tableau's order), until two or more
        are hidden and they add up to at least the threshold."""
        seuil = self.seuil or 0
        parties = set(tableau.parties) & caches
        candidats = sorted(
            (mesures[m], i, m) for i, m in enumerate(tableau.parties) if m not in parties and mesures[m] > 0
        )
        if not parties:
            total = tableau.total
            if total is None or total not in caches or not candidats:
                return parties
            if sum(mesures[m] for m in tableau.parties) != mesures[total]:
                return parties  # parts that do not add up to the total do not give it
            # A hidden total whose parts all show is their sum: one part at least goes with it (and
            # then a second, below), else a sum of parts over several cells gives it back.
            parties.add(candidats.pop(0)[2])
        while candidats and (len(parties) < 2 or sum(mesures[m] for m in parties) < seuil):
            parties.add(candidats.pop(0)[2])
        return parties


def _groupe(cle: Callable[[Cellule], str], code: str) -> Callable[[Cellule], bool]:
    return lambda cellule: cle(cellule) == code


def _en_buckets(lignes: Sequence[tuple[str, str, int | None]]) -> list[Bucket]:
    nombres = [n for _, _, n in lignes]
    somme = None if None in nombres else sum(n or 0 for n in nombres)
    return [
        Bucket(
            valeur=valeur,
            libelle=libelle,
            nombre=nombre,
            proportion=None if nombre is None or not somme else nombre / somme,
        )
        for valeur, libelle, nombre in lignes
    ]
