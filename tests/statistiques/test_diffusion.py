"""No small cell can be solved for from the answers a caller under suppression may get (issue 17, 5).

Random data (small counts per département × month) and random sequences of allowed queries (périodes
of whole months, national / région / département, totals and breakdowns); every published number
becomes an equation, with the identities the attacker knows (the parts of a cell add up to its
total); then each small cell (0 < n < seuil) must not be a linear combination of them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from auth.principal import Principal
from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Activite, Conseiller, Structure
from hub.models.enums import Canal, Role, TypeActivite, TypeStructure
from hub.services.statistiques import Grille, Tableau
from hub.settings import Settings
from tests.statistiques.requete import statistiques
from tests.statistiques.resolution import Systeme

SEUIL = 5
PARTIES = ("A", "B", "C")
# A second split of the same total (as âges and statuts both split `participants`): the two tableaux
# share T, the coupling an exact solver could use across cells and margins.
AUTRES = ("X", "Y")
Cle = tuple[str, int]  # (département, month index)

# ---------------------------------------------------------------- the model alone (no database)

DEPARTEMENTS = ("01", "02", "03", "04")
REGIONS = {"R1": ("01", "02"), "R2": ("03", "04")}


@dataclass(frozen=True)
class Requete:
    territoire: tuple[str, ...]  # the départements it covers
    debut: int
    fin: int  # month indexes, inclusive
    ventilation: str  # total, parties, par_mois, par_departement


@st.composite
def mondes(draw: st.DrawFn) -> dict[Cle, dict[str, int]]:
    """Counts of three parts per département × month, mostly small; at least one small cell."""
    nb_mois = draw(st.integers(2, 4))
    petits = st.one_of(st.integers(0, 4), st.integers(0, 12))
    monde = {(d, m): {p: draw(petits) for p in PARTIES} for d in DEPARTEMENTS for m in range(nb_mois)}
    d, m = draw(st.sampled_from(sorted(monde)))
    monde[d, m]["A"] = draw(st.integers(1, SEUIL - 1))
    for mesures in monde.values():
        mesures["T"] = sum(mesures[p] for p in PARTIES)
        mesures["X"] = draw(st.integers(0, mesures["T"]))
        mesures["Y"] = mesures["T"] - mesures["X"]
    return monde


def requetes(nb_mois: int) -> st.SearchStrategy[Requete]:
    territoires = st.sampled_from([DEPARTEMENTS, *REGIONS.values(), *((d,) for d in DEPARTEMENTS)])
    return st.builds(
        lambda t, a, b, v: Requete(t, min(a, b), max(a, b), v),
        territoires,
        st.integers(0, nb_mois - 1),
        st.integers(0, nb_mois - 1),
        st.sampled_from(["total", "parties", "par_mois", "par_departement"]),
    )


def _publier(grille: Grille, requete: Requete) -> list[tuple[Callable[[Any], bool], str, int]]:
    """(cells, measure, value) of every number the answer publishes."""

    def dans(departements: tuple[str, ...], debut: int, fin: int) -> Callable[[Any], bool]:
        return lambda c: c[0] in departements and debut <= int(c[1]) <= fin

    groupes: list[tuple[Callable[[Any], bool], str]] = []
    tout = dans(requete.territoire, requete.debut, requete.fin)
    if requete.ventilation == "total":
        groupes.append((tout, "T"))
    elif requete.ventilation == "parties":
        groupes += [(tout, p) for p in (*PARTIES, *AUTRES)]
    elif requete.ventilation == "par_mois":
        groupes += [(dans(requete.territoire, m, m), "T") for m in range(requete.debut, requete.fin + 1)]
    else:
        groupes += [(dans((d,), requete.debut, requete.fin), "T") for d in requete.territoire]
    publies = []
    for filtre, mesure in groupes:
        valeur = grille.valeur(mesure, filtre)
        if valeur is not None:
            publies.append((filtre, mesure, valeur))
    return publies


def _identites(systeme: Systeme, cles: list[Cle], parties: tuple[str, ...], total: str) -> None:
    for cle in cles:
        systeme.ajouter({(cle, total): 1, **{(cle, p): -1 for p in parties}})


def _petites(monde: dict[Cle, dict[str, int]]) -> list[tuple[Cle, str]]:
    return [(cle, m) for cle, mesures in monde.items() for m, n in mesures.items() if 0 < n < SEUIL]


@settings(max_examples=300, deadline=None)
@given(data=st.data(), monde=mondes())
def test_aucune_petite_cellule_ne_se_deduit_des_reponses_publiees(
    data: st.DataObject, monde: dict[Cle, dict[str, int]]
) -> None:
    nb_mois = 1 + max(m for _, m in monde)
    liste = data.draw(st.lists(requetes(nb_mois), min_size=1, max_size=25))
    grille = Grille(SEUIL, (Tableau(PARTIES, "T"), Tableau(AUTRES, "T")))
    for (d, m), mesures in monde.items():
        grille.ajouter((d, f"{m}"), mesures)
    systeme = Systeme()
    _identites(systeme, list(monde), PARTIES, "T")
    _identites(systeme, list(monde), AUTRES, "T")
    for requete in liste:
        for filtre, mesure, valeur in _publier(grille, requete):
            cles = [cle for cle in monde if filtre((cle[0], str(cle[1])))]
            assert valeur == sum(monde[cle][mesure] for cle in cles)  # published figures are true
            systeme.ajouter({(cle, mesure): 1 for cle in cles})
    for cellule in _petites(monde):
        assert not systeme.determine(cellule), (cellule, liste)


def test_le_solveur_retrouve_fevrier_quand_les_sommes_sont_publiees_telles_quelles() -> None:
    # The old behaviour: February (3, hidden alone) = (février + mars) − mars.
    systeme = Systeme()
    systeme.ajouter({("57", "02"): 1, ("57", "03"): 1})
    assert not systeme.determine(("57", "02"))
    systeme.ajouter({("57", "03"): 1})
    assert systeme.determine(("57", "02"))


def test_le_solveur_retrouve_une_cellule_par_les_marges() -> None:
    # National total and every département but one: the last one by difference.
    systeme = Systeme()
    systeme.ajouter({"01": 1, "02": 1, "03": 1})
    systeme.ajouter({"01": 1})
    assert not systeme.determine("03")
    systeme.ajouter({"02": 1})
    assert systeme.determine("03")


# ---------------------------------------------------------------- through GraphQL, on a database

PARTENAIRE = Principal(
    role=Role.PARTENAIRE, subject="outil", client_id="outil", scopes=frozenset({"stats:read"})
)
MOIS = (dt.date(2023, 1, 1), dt.date(2023, 2, 1), dt.date(2023, 3, 1))
FINS = (dt.date(2023, 1, 31), dt.date(2023, 2, 28), dt.date(2023, 3, 31))
LOCAUX = ("57", "54")  # two départements of région 44 (Grand Est); nobody else has activités
CANAUX = (Canal.RATTACHEMENT, Canal.DISTANCE)
TERRITOIRES: tuple[tuple[dict[str, Any] | None, tuple[str, ...]], ...] = (
    (None, LOCAUX),
    ({"region": "44"}, LOCAUX),
    ({"departement": "57"}, ("57",)),
    ({"departement": "54"}, ("54",)),
)
QUERY = """query ($territoire: TerritoireInput, $periode: PeriodeInput) {
  statistiques(territoire: $territoire, periode: $periode) {
    seuilSuppression
    activites { total parCanal { valeur nombre } parMois { valeur nombre }
      parDepartement { valeur nombre } }
  }
}"""
CompteDb = tuple[str, int, str]  # (département, month index, canal name)


async def _inserer(database: Database, comptes: dict[CompteDb, int]) -> None:
    structure = Structure(
        id=uuid.uuid4(),
        siret="12345678900011",
        nom="Mairie",
        type=TypeStructure.COMMUNE,
        departement_code="57",
    )
    conseiller = Conseiller(id=uuid.uuid4(), nom="Nom", prenom="Prénom", departement_code="57")
    activites = [
        Activite(
            id=uuid.uuid4(),
            conseiller_id=conseiller.id,
            structure_id=structure.id,
            departement_code=departement,
            date=MOIS[mois] + dt.timedelta(days=i % 27),
            canal=Canal[canal],
            type=TypeActivite.INDIVIDUEL,
            duree_minutes=45,
            nb_participants=1,
            nb_participants_recurrents=0,
            age_de35a60ans=1,
            statut_retraite=1,
            code_commune="57463",
        )
        for (departement, mois, canal), nombre in comptes.items()
        for i in range(nombre)
    ]
    async with database.transaction() as session:
        await contexte_systeme(session)
        for lignes in ([structure], [conseiller], activites):
            session.add_all(lignes)
            await session.flush()


async def _vider(database: Database) -> None:
    async with database.transaction() as session:
        await contexte_systeme(session)
        for model in (Activite, Conseiller, Structure):
            await session.execute(delete(model))


def _equations(
    resultat: dict[str, Any], departements: tuple[str, ...], debut: int, fin: int
) -> list[tuple[dict[Any, int], int]]:
    """The published numbers of one answer, as (coefficients over (dept, month, measure), value)."""

    def somme(deps: tuple[str, ...], mois: range, mesure: str) -> dict[Any, int]:
        return {(d, m, mesure): 1 for d in deps for m in mois}

    periode = range(debut, fin + 1)
    activites = resultat["activites"]
    equations = []
    if activites["total"] is not None:
        equations.append((somme(departements, periode, "T"), activites["total"]))
    for bucket in activites["parCanal"]:
        if bucket["nombre"] is not None:
            equations.append((somme(departements, periode, bucket["valeur"]), bucket["nombre"]))
    for bucket in activites["parMois"]:
        if bucket["nombre"] is not None:
            mois = [i for i, debut_ in enumerate(MOIS) if debut_.strftime("%Y-%m") == bucket["valeur"]]
            equations.append((somme(departements, range(mois[0], mois[0] + 1), "T"), bucket["nombre"]))
    for bucket in activites["parDepartement"]:
        if bucket["nombre"] is not None:
            equations.append((somme((bucket["valeur"],), periode, "T"), bucket["nombre"]))
    return equations


comptes_db = st.dictionaries(
    st.tuples(st.sampled_from(LOCAUX), st.integers(0, 2), st.sampled_from([c.name for c in CANAUX])),
    st.integers(1, 7),
    min_size=1,
    max_size=12,
)
requetes_db = st.lists(
    st.tuples(st.integers(0, len(TERRITOIRES) - 1), st.integers(0, 2), st.integers(0, 2)),
    min_size=1,
    max_size=8,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(comptes=comptes_db, liste=requetes_db)
async def test_par_graphql_aucune_petite_cellule_ne_se_deduit(
    client: httpx.AsyncClient,
    settings: Settings,
    database: Database,
    comptes: dict[CompteDb, int],
    liste: list[tuple[int, int, int]],
) -> None:
    await _inserer(database, comptes)
    try:
        valeurs = {
            (d, m, c.name): comptes.get((d, m, c.name), 0) for d in LOCAUX for m in range(3) for c in Canal
        }
        for d in LOCAUX:
            for m in range(3):
                valeurs[d, m, "T"] = sum(valeurs[d, m, c.name] for c in Canal)
        systeme = Systeme()
        for d in LOCAUX:
            for m in range(3):
                systeme.ajouter({(d, m, "T"): 1, **{(d, m, c.name): -1 for c in Canal}})
        for indice, a, b in liste:
            territoire, departements = TERRITOIRES[indice]
            debut, fin = min(a, b), max(a, b)
            periode = {"du": MOIS[debut].isoformat(), "au": FINS[fin].isoformat()}
            body = await statistiques(
                client, settings, PARTENAIRE, {"territoire": territoire, "periode": periode}, QUERY
            )
            resultat = body["data"]["statistiques"]
            assert resultat["seuilSuppression"] == SEUIL
            for coefficients, valeur in _equations(resultat, departements, debut, fin):
                assert valeur == sum(valeurs[v] for v in coefficients), (coefficients, valeur)
                systeme.ajouter(coefficients)
        for cle, n in valeurs.items():
            if 0 < n < SEUIL:
                assert not systeme.determine(cle), (cle, comptes, liste)
    finally:
        await _vider(database)


async def test_une_periode_hors_de_la_grille_est_refusee(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    for periode, mot in (
        ({"du": "2023-02-15", "au": "2023-03-31"}, "premier jour du mois"),
        ({"du": "2023-02-01", "au": "2023-03-30"}, "dernier jour du mois"),
        ({"du": "2999-01-01"}, "mois achevés"),
    ):
        body = await statistiques(
            client,
            settings,
            PARTENAIRE,
            {"territoire": {"departement": "57"}, "periode": periode},
            QUERY,
            expect_errors=True,
        )
        (erreur,) = body["errors"]
        assert erreur["extensions"]["code"] == "BAD_USER_INPUT"
        assert erreur["extensions"]["champ"] == "periode"
        assert mot in erreur["message"]
        assert body["data"] == {"statistiques": None}
