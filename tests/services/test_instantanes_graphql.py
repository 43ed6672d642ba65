"""Today's snapshot says what the GraphQL statistics say today, nationally and for a département."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from auth.principal import Principal
from hub.db import Database
from hub.models import InstantaneTerritorial
from hub.models.enums import Role
from hub.services.instantanes import prendre_instantane
from hub.services.statistiques.periode import PARIS
from hub.settings import Settings
from tests.auth.world import systeme
from tests.statistiques.requete import statistiques

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
REQUETE = """query ($territoire: TerritoireInput, $jour: PeriodeInput) {
  tout: statistiques(territoire: $territoire) {
    postes { valides occupes vacants rendus }
    conseillers { enPoste }
    financement { engage verse }
    franceServices { sites }
    aidantsConnect { mandatsActifs }
  }
  duJour: statistiques(territoire: $territoire, periode: $jour) { activites { total personnesAccompagnees } }
}"""


@pytest.mark.parametrize(
    ("territoire", "cle"),
    [(None, ("national", "")), ({"departement": "57"}, ("departement", "57"))],
    ids=["national", "departement"],
)
async def test_l_instantane_du_jour_egale_les_statistiques_graphql_du_jour(
    seeded_client: httpx.AsyncClient,
    seeded_settings: Settings,
    seeded_database: Database,
    territoire: dict[str, str] | None,
    cle: tuple[str, str],
) -> None:
    # Given the demo programme and its snapshot taken now
    maintenant = dt.datetime.now(dt.UTC)
    jour = maintenant.astimezone(PARIS).date()
    async with systeme(seeded_database) as session:
        await prendre_instantane(session, maintenant=maintenant)
    async with systeme(seeded_database) as session:
        ligne = await session.get(InstantaneTerritorial, (*cle, jour))
        assert ligne is not None
        jours = set(await session.scalars(select(InstantaneTerritorial.jour).distinct()))
    assert jours == {jour}
    # When ANCT asks the statistics of today (all time; the activités of the day)
    variables: dict[str, Any] = {"territoire": territoire, "jour": {"du": str(jour), "au": str(jour)}}
    data = (await statistiques(seeded_client, seeded_settings, ANCT, variables, REQUETE))["data"]
    tout = data["tout"]
    # Then every figure of the snapshot is the API's
    assert tout["postes"]["valides"] > 0, "the demo has postes here: the test would prove nothing"
    assert {
        "postes_valides": tout["postes"]["valides"],
        "postes_occupes": tout["postes"]["occupes"],
        "postes_vacants": tout["postes"]["vacants"],
        "postes_rendus": tout["postes"]["rendus"],
        "conseillers_en_poste": tout["conseillers"]["enPoste"],
        "engage_centimes": round(tout["financement"]["engage"] * 100),
        "verse_centimes": round(tout["financement"]["verse"] * 100),
        "sites_france_services": tout["franceServices"]["sites"],
        "mandats_actifs": tout["aidantsConnect"]["mandatsActifs"],
        "activites": data["duJour"]["activites"]["total"],
        "personnes_accompagnees": data["duJour"]["activites"]["personnesAccompagnees"],
    } == {
        "postes_valides": ligne.postes_valides,
        "postes_occupes": ligne.postes_occupes,
        "postes_vacants": ligne.postes_vacants,
        "postes_rendus": ligne.postes_rendus,
        "conseillers_en_poste": ligne.conseillers_en_poste,
        "engage_centimes": ligne.engage_centimes,
        "verse_centimes": ligne.verse_centimes,
        "sites_france_services": ligne.sites_france_services,
        "mandats_actifs": ligne.mandats_actifs,
        "activites": ligne.activites,
        "personnes_accompagnees": ligne.personnes_accompagnees,
    }
