"""Every figure of `statistiques`, for ANCT, equals an independent SQL count on the demo data."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from auth.principal import Principal
from hub.db import Database
from hub.models.enums import Role
from hub.services.statistiques.periode import PARIS
from hub.settings import Settings
from tests.statistiques import attendu
from tests.statistiques.requete import comparer_bloc, statistiques

ANCT = Principal(role=Role.ANCT, subject="agent-anct")


def maintenant() -> tuple[dt.date, dt.datetime]:
    instant = dt.datetime.now(dt.UTC)
    return instant.astimezone(PARIS).date(), instant


@pytest.mark.parametrize(
    ("territoire", "filtre", "echo"),
    [
        (None, attendu.NATIONAL, {"niveau": "NATIONAL", "code": None, "nom": "France"}),
        (
            {"region": "32"},
            attendu.region("32"),
            {"niveau": "REGION", "code": "32", "nom": "Hauts-de-France"},
        ),
        (
            {"departement": "57"},
            attendu.departement("57"),
            {"niveau": "DEPARTEMENT", "code": "57", "nom": "Moselle"},
        ),
    ],
    ids=["national", "region", "departement"],
)
async def test_chaque_chiffre_egale_un_comptage_sql_independant(
    seeded_client: httpx.AsyncClient,
    seeded_settings: Settings,
    seeded_database: Database,
    territoire: dict[str, str] | None,
    filtre: attendu.Filtre,
    echo: dict[str, Any],
) -> None:
    aujourdhui, instant = maintenant()
    attendus = await attendu.tout(
        seeded_database, filtre, national=territoire is None, aujourdhui=aujourdhui, maintenant=instant
    )
    body = await statistiques(seeded_client, seeded_settings, ANCT, {"territoire": territoire})
    resultat = body["data"]["statistiques"]
    assert resultat["territoire"] == echo
    assert resultat["seuilSuppression"] is None
    assert resultat["suppressions"] == 0
    assert attendus["activites"]["total"] > 0, (
        "the demo data has activités here: the test would prove nothing"
    )
    for bloc, valeurs in attendus.items():
        comparer_bloc(bloc, resultat[bloc], valeurs)


async def test_la_periode_filtre_chaque_bloc_sur_sa_date(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings, seeded_database: Database
) -> None:
    du, au = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    filtre = attendu.departement("57", du=du, au=au)
    aujourdhui, _ = maintenant()
    async with attendu.en_systeme(seeded_database) as session:
        attendus = {
            "postes": await attendu.postes(session, filtre),
            "conseillers": await attendu.conseillers(session, filtre, filtre, aujourdhui),
            "financement": await attendu.financement(session, filtre, national=False),
            "activites": await attendu.activites(session, filtre),
        }
    body = await statistiques(
        seeded_client,
        seeded_settings,
        ANCT,
        {"territoire": {"departement": "57"}, "periode": {"du": du.isoformat(), "au": au.isoformat()}},
    )
    resultat = body["data"]["statistiques"]
    assert resultat["periode"] == {"du": "2023-01-01", "au": "2023-12-31"}
    assert [b["valeur"] for b in resultat["activites"]["parMois"]] == [f"2023-{m:02d}" for m in range(1, 13)]
    for bloc, valeurs in attendus.items():
        comparer_bloc(bloc, resultat[bloc], valeurs)


async def test_les_libelles_viennent_des_vocabulaires(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    query = """{ statistiques(territoire: {departement: "57"}, periode: {du: "2023-01-01"}) { activites {
      parCanal { valeur libelle } parTrancheAge { valeur libelle } parMois { valeur libelle }
      parDepartement { valeur libelle } } } }"""
    activites = (await statistiques(seeded_client, seeded_settings, ANCT, query=query))["data"][
        "statistiques"
    ]["activites"]
    assert {"valeur": "AUTRE_LIEU", "libelle": "Autre lieu"} in activites["parCanal"]
    assert activites["parTrancheAge"][0] == {"valeur": "moins12ans", "libelle": "Moins de 12 ans"}
    assert activites["parDepartement"] == [{"valeur": "57", "libelle": "Moselle"}]
    assert {"valeur": "2023-04", "libelle": "avril 2023"} in activites["parMois"]
