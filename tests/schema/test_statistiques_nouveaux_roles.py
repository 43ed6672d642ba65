"""Statistics of issue 21's roles through GraphQL, on the API world (tests/schema/monde.py).

The other roles' statistics are checked on the demo data in tests/statistiques; these three need the
world's réseau, hub territorial and coordinations. Expectations are independent raw SQL
(tests/statistiques/attendu.py). The rules (auth.policy.statistiques_predicate): a hub territorial
counts like a préfecture over the départements of its régions (its régions, its départements and
national totals, every row of them; nothing elsewhere); a grand réseau and a coordinateur count the
rows they read, whatever the territory, and get null for a block whose rows they read none of.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from hub.services.statistiques.periode import PARIS
from tests.databases import Backend
from tests.schema.conftest import Api
from tests.schema.roles import principal
from tests.statistiques import attendu
from tests.statistiques.requete import comparer_bloc, statistiques

HUB = "hub territorial grand est"
RESEAU = "grand reseau"
COORDINATEUR = "coordinateur"
SANS_ACTIVITES = ("financement", "activites", "aidantsConnect")
_PAS_UN_ANCIEN_EMPLOYE = (
    "(t.id IN (SELECT k.conseiller_id FROM contrat k WHERE k.structure_id = t.structure_id"
    " AND k.statut IN ('recrute', 'actif')) OR t.id NOT IN (SELECT k.conseiller_id FROM contrat k"
    " WHERE k.structure_id = t.structure_id AND k.statut IN ('rompu', 'termine')))"
)


async def _demander(api: Api, role: str, territoire: dict[str, str] | None) -> Any:
    body = await statistiques(
        api.client, api.settings, principal(role, api.monde), {"territoire": territoire}
    )
    assert "errors" not in body, body
    return body["data"]["statistiques"]


def _aujourdhui() -> tuple[dt.date, dt.datetime]:
    instant = dt.datetime.now(dt.UTC)
    return instant.astimezone(PARIS).date(), instant


async def _tout(api: Api, filtre: attendu.Filtre, *, national: bool) -> dict[str, Any]:
    jour, instant = _aujourdhui()
    return await attendu.tout(api.database, filtre, national=national, aujourdhui=jour, maintenant=instant)


def _uuid(valeur: uuid.UUID | None, backend: Backend) -> Any:
    # SQLite stores UUIDs as 32 hex digits; PostgreSQL has a uuid type.
    assert valeur is not None
    return valeur if backend.name == "postgresql" else valeur.hex


@pytest.mark.parametrize(
    "territoire",
    [{"region": "44"}, {"departement": "57"}, {"departement": "54"}],
    ids=["sa-region", "moselle", "meurthe-et-moselle"],
)
async def test_un_hub_territorial_voit_les_statistiques_des_territoires_de_ses_regions(
    api: Api, territoire: dict[str, str]
) -> None:
    filtre = (
        attendu.region("44") if "region" in territoire else attendu.departement(territoire["departement"])
    )
    obtenu = await _demander(api, HUB, territoire)
    attendus = await _tout(api, filtre, national=False)
    assert attendus["postes"]["valides"] > 0
    for bloc, valeurs in attendus.items():
        comparer_bloc(bloc, obtenu[bloc], valeurs)
    assert obtenu["seuilSuppression"] is None


@pytest.mark.parametrize(
    "territoire",
    [{"departement": "13"}, {"region": "93"}],
    ids=["bouches-du-rhone", "autre-region"],
)
async def test_un_hub_territorial_ne_voit_pas_les_statistiques_hors_de_ses_regions(
    api: Api, territoire: dict[str, str]
) -> None:
    assert await _demander(api, HUB, territoire) is None


async def test_un_hub_territorial_voit_les_totaux_nationaux_ventiles_sur_ses_seuls_departements(
    api: Api,
) -> None:
    national = await _demander(api, HUB, None)
    attendus = await _tout(api, attendu.NATIONAL, national=True)
    # Like a préfecture's: the breakdown by département shows only the départements it may ask.
    assert sorted(b["valeur"] for b in national["activites"]["parDepartement"]) == ["54", "57"]
    attendus["activites"] = {k: v for k, v in attendus["activites"].items() if k != "parDepartement"}
    for bloc, valeurs in attendus.items():
        comparer_bloc(bloc, national[bloc], valeurs)
    assert national["seuilSuppression"] is None


@pytest.mark.parametrize(
    "departement", [None, "13", "54"], ids=["national", "bouches-du-rhone", "sans-membre"]
)
async def test_un_grand_reseau_compte_les_postes_et_conseillers_de_ses_membres(
    api: Api, backend: Backend, departement: str | None
) -> None:
    sql = "t.structure_id IN (SELECT s.id FROM structure s WHERE s.reseau_id = :r)"
    if departement is not None:
        sql += f" AND t.departement_code = '{departement}'"
    membres = attendu.Filtre(sql, {"r": _uuid(api.monde.reseau, backend)})
    # Its members' current employees: not one let go who still points at the member.
    employes = attendu.Filtre(f"{sql} AND {_PAS_UN_ANCIEN_EMPLOYE}", membres.params)
    jour, _ = _aujourdhui()
    obtenu = await _demander(api, RESEAU, {"departement": departement} if departement else None)
    async with attendu.en_systeme(api.database) as session:
        comparer_bloc("postes", obtenu["postes"], await attendu.postes(session, membres))
        comparer_bloc(
            "conseillers", obtenu["conseillers"], await attendu.conseillers(session, employes, membres, jour)
        )
        sites = attendu.NATIONAL if departement is None else attendu.departement(departement)
        comparer_bloc(
            "franceServices", obtenu["franceServices"], await attendu.france_services(session, sites)
        )
    # Its members' funding and activités are not its to read: no figure rather than a misleading 0.
    assert {bloc: obtenu[bloc] for bloc in SANS_ACTIVITES} == dict.fromkeys(SANS_ACTIVITES)
    attendus_postes = {None: 3 * 6, "13": 6, "54": 0}[departement]
    assert obtenu["postes"]["valides"] == attendus_postes
    assert obtenu["seuilSuppression"] is None


@pytest.mark.parametrize("departement", [None, "13"], ids=["national", "bouches-du-rhone"])
async def test_un_coordinateur_compte_ses_activites_et_celles_des_conseillers_qu_il_coordonne(
    api: Api, backend: Backend, departement: str | None
) -> None:
    monde = api.monde
    auteurs = [monde.coordinateur, *monde.coordonnes]
    noms = {f"c{n}": _uuid(c, backend) for n, c in enumerate(auteurs)}
    sql = f"t.conseiller_id IN ({', '.join(f':{nom}' for nom in noms)})"
    if departement is not None:
        sql += f" AND t.departement_code = '{departement}'"
    obtenu = await _demander(api, COORDINATEUR, {"departement": departement} if departement else None)
    async with attendu.en_systeme(api.database) as session:
        attendus = await attendu.activites(session, attendu.Filtre(sql, noms))
    # Not the conseiller whose coordination ended: its 3 activités are not counted.
    assert attendus["total"] == (3 * len(auteurs) if departement is None else 3)
    comparer_bloc("activites", obtenu["activites"], attendus)
    # It reads no poste, contrat nor subvention: those blocks are null, and so are mandats.
    for bloc in ("postes", "conseillers", "financement", "aidantsConnect"):
        assert obtenu[bloc] is None, bloc
