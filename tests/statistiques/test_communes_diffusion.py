"""No small commune cell can be solved for, even with every département-level answer (issue 21, 7).

Random worlds of small counts per commune × month in two départements (three communes each, one EPCI
straddling both), random sequences of allowed questions at every level — national, département,
EPCI, commune; totals, parts, by month, by département — answered from the département grid
(`masque.Grille`) and the commune grid under it (`masque_communal.GrilleCommunale`); every published
number becomes an equation over commune cells (a département cell is the sum of its communes), with
the identities inside a cell; then no small cell, of a commune or of a département, is determined.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hub.services.statistiques import Grille, Tableau
from hub.services.statistiques.masque_communal import GrilleCommunale
from tests.statistiques.resolution import Systeme

SEUIL = 5
PARTIES = ("A", "B", "C")
AUTRES = ("X", "Y")
TABLEAUX = (Tableau(PARTIES, "T"), Tableau(AUTRES, "T"))
COMMUNES = {"57001": "57", "57002": "57", "57003": "57", "54001": "54", "54002": "54", "54003": "54"}
# The territories below the département: each commune, one EPCI in each département, one across both.
EPCI = (("57001", "57002"), ("54002", "54003"), ("57003", "54001"))
Cle = tuple[str, int]  # (commune, month index)


@dataclass(frozen=True)
class Requete:
    communes: tuple[str, ...] | None  # None: a département-level territory (see `departements`)
    departements: tuple[str, ...]
    debut: int
    fin: int
    ventilation: str


@st.composite
def mondes(draw: st.DrawFn) -> dict[Cle, dict[str, int]]:
    nb_mois = draw(st.integers(1, 3))
    petits = st.one_of(st.integers(0, 3), st.integers(0, 9))
    monde = {(c, m): {p: draw(petits) for p in PARTIES} for c in COMMUNES for m in range(nb_mois)}
    c, m = draw(st.sampled_from(sorted(monde)))
    monde[c, m]["A"] = draw(st.integers(1, SEUIL - 1))
    for mesures in monde.values():
        mesures["T"] = sum(mesures[p] for p in PARTIES)
        mesures["X"] = draw(st.integers(0, mesures["T"]))
        mesures["Y"] = mesures["T"] - mesures["X"]
    return monde


def requetes(nb_mois: int) -> st.SearchStrategy[Requete]:
    communaux = [(tuple(e), sorted({COMMUNES[c] for c in e})) for e in EPCI]
    communaux += [((c,), [d]) for c, d in COMMUNES.items()]
    territoires = st.sampled_from(
        [(None, ("57", "54")), (None, ("57",)), (None, ("54",))]
        + [(communes, tuple(deps)) for communes, deps in communaux]
    )
    return st.builds(
        lambda t, a, b, v: Requete(t[0], t[1], min(a, b), max(a, b), v),
        territoires,
        st.integers(0, nb_mois - 1),
        st.integers(0, nb_mois - 1),
        st.sampled_from(["total", "parties", "par_mois", "par_departement"]),
    )


def _grilles(monde: dict[Cle, dict[str, int]]) -> tuple[Grille, GrilleCommunale]:
    departementale = Grille(SEUIL, TABLEAUX)
    communale = GrilleCommunale(SEUIL, TABLEAUX, departementale)
    for (commune, mois), mesures in monde.items():
        departementale.ajouter((COMMUNES[commune], f"{mois}"), mesures)
        communale.ajouter_commune(COMMUNES[commune], commune, f"{mois}", mesures, dans=True)
    return departementale, communale


def _publier(
    departementale: Grille, communale: GrilleCommunale, requete: Requete
) -> list[tuple[list[Cle], str, int]]:
    """(commune cells, measure, value) of every number the answer publishes."""
    if requete.communes is None:
        grille: Grille = departementale
        cellules = [c for c in COMMUNES if COMMUNES[c] in requete.departements]

        def dans(cellule: Any, communes: set[str], debut: int, fin: int) -> bool:
            deps = {COMMUNES[c] for c in communes}
            return cellule[0] in deps and debut <= int(cellule[1]) <= fin

    else:
        grille = communale
        cellules = list(requete.communes)

        def dans(cellule: Any, communes: set[str], debut: int, fin: int) -> bool:
            return cellule[0] in communes and debut <= int(cellule[1]) <= fin

    def filtre(communes: set[str], debut: int, fin: int) -> Callable[[Any], bool]:
        return lambda cellule: dans(cellule, communes, debut, fin)

    tout = set(cellules)
    groupes: list[tuple[set[str], int, int, str]] = []
    if requete.ventilation == "total":
        groupes.append((tout, requete.debut, requete.fin, "T"))
    elif requete.ventilation == "parties":
        groupes += [(tout, requete.debut, requete.fin, p) for p in (*PARTIES, *AUTRES)]
    elif requete.ventilation == "par_mois":
        groupes += [(tout, m, m, "T") for m in range(requete.debut, requete.fin + 1)]
    else:
        for departement in requete.departements:
            part = {c for c in tout if COMMUNES[c] == departement}
            groupes.append((part, requete.debut, requete.fin, "T"))
    publies = []
    for communes, debut, fin, mesure in groupes:
        valeur = grille.valeur(mesure, filtre(communes, debut, fin))
        if valeur is not None:
            cles = [(c, m) for c in communes for m in range(debut, fin + 1)]
            publies.append((cles, mesure, valeur))
    return publies


@settings(max_examples=300, deadline=None)
@given(data=st.data(), monde=mondes())
def test_aucune_petite_cellule_communale_ne_se_deduit_des_reponses_a_tous_les_niveaux(
    data: st.DataObject, monde: dict[Cle, dict[str, int]]
) -> None:
    nb_mois = 1 + max(m for _, m in monde)
    liste = data.draw(st.lists(requetes(nb_mois), min_size=1, max_size=25))
    departementale, communale = _grilles(monde)
    systeme = Systeme()
    for cle in monde:
        for parties in (PARTIES, AUTRES):
            systeme.ajouter({(cle, "T"): 1, **{(cle, p): -1 for p in parties}})
    for requete in liste:
        for cles, mesure, valeur in _publier(departementale, communale, requete):
            cles = [cle for cle in cles if cle in monde]
            assert valeur == sum(monde[cle][mesure] for cle in cles)  # published figures are true
            systeme.ajouter({(cle, mesure): 1 for cle in cles})
    for cle, mesures in monde.items():
        for mesure, n in mesures.items():
            if 0 < n < SEUIL:
                assert not systeme.determine((cle, mesure)), (cle, mesure, liste, monde)
    # A small département cell (the sum of its communes) stays hidden as well.
    for departement in ("57", "54"):
        for mois in range(nb_mois):
            for mesure in ("T", *PARTIES, *AUTRES):
                cles = [(c, mois) for c in COMMUNES if COMMUNES[c] == departement]
                n = sum(monde[c][mesure] for c in cles)
                if 0 < n < SEUIL:
                    variables: list[Any] = [(cle, mesure) for cle in cles]
                    assert not systeme.determine_somme(variables), (departement, mois, mesure)


def test_une_petite_commune_est_masquee_avec_une_voisine_pour_que_le_departement_ne_la_donne_pas() -> None:
    # Given Moselle with 2 activités in 57001 and 40 in 57002, in one month
    monde = {
        ("57001", 0): {"T": 2, "A": 2, "B": 0, "C": 0},
        ("57002", 0): {"T": 40, "A": 10, "B": 15, "C": 15},
    }
    for mesures in monde.values():
        mesures["X"], mesures["Y"] = mesures["T"], 0
    departementale, communale = _grilles(monde)
    # Then the département shows 42, and neither commune shows its total (42 − 40 would give 2)
    assert departementale.valeur("T") == 42
    assert communale.valeur("T", lambda c: c[0] == "57001") is None
    assert communale.valeur("T", lambda c: c[0] == "57002") is None


def test_les_communes_d_un_departement_masque_par_la_marge_nationale_ne_le_redonnent_pas() -> None:
    # Given 3 activités in 54001 (hidden) and 10 in each of two communes of Moselle: the national
    # margin hides the Moselle's 20 with the 3, so that the nation's 23 gives neither
    monde = {
        ("54001", 0): {"T": 3, "A": 3, "B": 0, "C": 0, "X": 3, "Y": 0},
        ("57001", 0): {"T": 10, "A": 5, "B": 5, "C": 0, "X": 10, "Y": 0},
        ("57002", 0): {"T": 10, "A": 5, "B": 5, "C": 0, "X": 10, "Y": 0},
    }
    departementale, communale = _grilles(monde)
    assert departementale.valeur("T") == 23
    assert departementale.valeur("T", lambda c: c[0] == "57") is None
    # When a partner asks the nation, then each commune of Moselle
    systeme = Systeme()
    systeme.ajouter({(cle, "T"): 1 for cle in monde})
    for commune in ("57001", "57002"):
        valeur = communale.valeur("T", lambda c, commune=commune: c[0] == commune)
        if valeur is not None:
            systeme.ajouter({((commune, 0), "T"): 1})
    # Then the 3 of Meurthe-et-Moselle is still unknown: Moselle's communes do not add up to its cell
    assert not systeme.determine((("54001", 0), "T"))


def test_un_epci_qui_couvre_tout_le_departement_n_est_donne_que_par_ses_cellules_communales() -> None:
    # Given every commune of the grid asked at once (an EPCI covering its départements), one small
    monde = {(c, 0): {"T": 10, "A": 5, "B": 5, "C": 0, "X": 10, "Y": 0} for c in COMMUNES}
    monde["57001", 0] = {"T": 2, "A": 2, "B": 0, "C": 0, "X": 2, "Y": 0}
    _, communale = _grilles(monde)
    # Then its total, containing hidden commune cells, is hidden too
    assert communale.valeur("T", lambda c: True) is None
