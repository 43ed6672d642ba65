"""The demo's one-click people for issue 21's roles: hub territorial, grand réseau, coordinateur.

Each signs in from /auth/demo like the other people (same habilitation lookup, same session), lands on
the home page, which works for its role, and reads through the API exactly its scope: the hub its
régions' départements, Emmaüs Connect its member structures, the coordinateur itself and the
conseillers it coordinates.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from hub.app import create_app
from hub.db import Database
from hub.models import Coordination, Habilitation, HubTerritorial, HubTerritorialRegion, Structure
from hub.referentiel.territoires import departements_des_regions
from hub.seed.habilitations_demo import COORDONNES_DEMO, assurer_habilitations_demo
from hub.services.personnes_demo import (
    HUB_TERRITORIAL_DEMO,
    ISSUER_DEMO,
    PERSONNES_DEMO,
    REGION_DU_HUB_DEMO,
    RESEAU_DEMO,
)
from hub.settings import Settings
from tests.seed.sql import en_systeme
from tests.web.proconnect_fixtures import BASE

HAUTS_DE_FRANCE = sorted(departements_des_regions(frozenset({REGION_DU_HUB_DEMO})))
STRUCTURES = "{ structures(first: 100) { totalCount nodes { nom reseau departement { code } } } }"


@pytest.fixture
async def demo(seeded_settings: Settings, seeded_database: Database) -> AsyncIterator[httpx.AsyncClient]:
    await assurer_habilitations_demo(seeded_database)
    app = create_app(seeded_settings, seeded_database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
        yield client


async def _se_connecter(client: httpx.AsyncClient, role: str) -> dict[str, Any]:
    """Sign in as the demo person of `role`; the session as /auth/session describes it."""
    reponse = await client.get(f"/auth/demo?role={role}")
    assert reponse.status_code == 303, reponse.text
    assert reponse.headers["location"] == "/"
    session: dict[str, Any] = (await client.get("/auth/session")).json()
    assert session["connecte"] is True, session
    assert session["role"] == role
    return session


async def _accueil(client: httpx.AsyncClient) -> str:
    page = await client.get("/", headers={"accept": "text/html"})
    assert page.status_code == 200, page.text
    assert "Le programme en France" in page.text
    assert "Accès refusé" not in page.text
    assert "Erreur inattendue" not in page.text
    return page.text


async def _graphql(client: httpx.AsyncClient, session: dict[str, Any], query: str) -> dict[str, Any]:
    reponse = await client.post("/graphql", json={"query": query}, headers={"x-hub-csrf": session["csrf"]})
    corps: dict[str, Any] = reponse.json()
    assert "errors" not in corps, corps
    donnees: dict[str, Any] = corps["data"]
    return donnees


async def test_le_hub_territorial_de_demo_se_connecte_et_ouvre_les_departements_de_sa_region(
    demo: httpx.AsyncClient,
) -> None:
    session = await _se_connecter(demo, "hub_territorial")
    assert session["territoires"] == {"departements": HAUTS_DE_FRANCE}
    accueil = await _accueil(demo)
    assert 'id="vos-espaces"' in accueil
    for code in HAUTS_DE_FRANCE:
        assert f'href="/departements/{code}"' in accueil
    assert (await demo.get("/departements/62", headers={"accept": "text/html"})).status_code == 200
    assert (await demo.get("/departements/57", headers={"accept": "text/html"})).status_code == 403
    structures = (await _graphql(demo, session, STRUCTURES))["structures"]
    codes = {noeud["departement"]["code"] for noeud in structures["nodes"]}
    assert codes == {"59", "62"}  # the demo's Hauts-de-France départements, nothing else


async def test_emmaus_connect_de_demo_se_connecte_et_lit_ses_structures_ou_qu_elles_soient(
    demo: httpx.AsyncClient, seeded_database: Database
) -> None:
    session = await _se_connecter(demo, "grand_reseau")
    assert session["territoires"] == {"departements": []}
    accueil = await _accueil(demo)
    assert 'id="vos-espaces"' not in accueil  # no département space: the national page is its page
    structures = (await _graphql(demo, session, STRUCTURES))["structures"]
    assert {noeud["reseau"] for noeud in structures["nodes"]} == {RESEAU_DEMO}
    assert len({noeud["departement"]["code"] for noeud in structures["nodes"]}) > 1
    async with en_systeme(seeded_database) as db:
        membres = await db.scalar(select(func.count()).where(Structure.reseau == RESEAU_DEMO))
    assert structures["totalCount"] == membres


async def test_le_coordinateur_de_demo_se_connecte_et_lit_les_conseillers_qu_il_coordonne(
    demo: httpx.AsyncClient,
) -> None:
    session = await _se_connecter(demo, "coordinateur")
    await _accueil(demo)
    donnees = await _graphql(
        demo, session, "{ moi { role conseillerId } conseillers(first: 100) { totalCount nodes { id } } }"
    )
    assert donnees["moi"]["role"] == "COORDINATEUR"
    identifiants = {noeud["id"] for noeud in donnees["conseillers"]["nodes"]}
    assert donnees["moi"]["conseillerId"] in identifiants
    assert donnees["conseillers"]["totalCount"] == 1 + COORDONNES_DEMO  # itself and those it coordinates


async def test_la_demo_preparee_deux_fois_ne_double_ni_le_hub_ni_les_coordinations(
    seeded_database: Database,
) -> None:
    assert await assurer_habilitations_demo(seeded_database) == len(PERSONNES_DEMO)
    assert await assurer_habilitations_demo(seeded_database) == 0
    async with en_systeme(seeded_database) as db:
        hubs = await db.scalar(select(func.count()).where(HubTerritorial.nom == HUB_TERRITORIAL_DEMO))
        regions = await db.scalar(select(func.count()).select_from(HubTerritorialRegion))
        coordinations = await db.scalar(select(func.count()).where(Coordination.date_fin.is_(None)))
        personnes = await db.scalar(select(func.count()).where(Habilitation.issuer == ISSUER_DEMO))
    assert (hubs, regions, coordinations, personnes) == (1, 1, COORDONNES_DEMO, len(PERSONNES_DEMO))
