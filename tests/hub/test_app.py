"""The foundation's HTTP surface: GraphQL on the référentiel, health and readiness, the SDL."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url
from starlette.applications import Starlette

from auth.keys import load_keys
from hub.app import create_app
from hub.db import Database, create_engine
from hub.services.pseudonymes import charger_cle
from hub.settings import Environment, Settings
from tests.databases import Backend
from tests.graphql_client import graphql


async def test_les_101_departements_sont_servis(client: httpx.AsyncClient) -> None:
    body = await graphql(client, "{ departements { code nom region { code nom } } }")
    departements = body["data"]["departements"]
    assert len(departements) == 107  # 101 départements and 6 collectivités d'outre-mer
    by_code = {d["code"]: d for d in departements}
    assert by_code["57"]["nom"] == "Moselle"
    assert by_code["57"]["region"] == {"code": "44", "nom": "Grand Est"}
    assert by_code["2A"]["nom"] == "Corse-du-Sud"
    assert by_code["976"]["region"]["code"] == "06"


async def test_les_18_regions_et_un_departement_par_code(client: httpx.AsyncClient) -> None:
    body = await graphql(
        client,
        '{ regions { code } departement(code: "971") { nom } inconnu: departement(code: "99") { nom } }',
    )
    assert len(body["data"]["regions"]) == 18
    assert body["data"]["departement"] == {"nom": "Guadeloupe"}
    assert body["data"]["inconnu"] is None


async def test_departements_filtres_par_region(client: httpx.AsyncClient) -> None:
    body = await graphql(client, '{ departements(region: "44") { code } }')
    assert sorted(d["code"] for d in body["data"]["departements"]) == [
        "08",
        "10",
        "51",
        "52",
        "54",
        "55",
        "57",
        "67",
        "68",
        "88",
    ]


async def test_healthz_et_readyz(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"


async def test_readyz_dit_non_pret_quand_la_base_n_est_pas_migree(settings: Settings, tmp_path) -> None:
    empty = settings.with_(database_url=f"sqlite+aiosqlite:///{tmp_path / 'vide.db'}")
    database = Database(create_engine(empty))
    app: Starlette = create_app(empty, database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        response = await c.get("/readyz")
    await database.dispose()
    assert response.status_code == 503
    assert response.json()["migration"] is None


async def test_readyz_dit_non_pret_quand_la_base_est_injoignable(settings: Settings) -> None:
    unreachable = settings.with_(database_url="postgresql+asyncpg://nobody@127.0.0.1:9/absent")
    database = Database(create_engine(unreachable))
    app = create_app(unreachable, database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        response = await c.get("/readyz")
    await database.dispose()
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


async def test_le_sdl_est_servi(client: httpx.AsyncClient) -> None:
    response = await client.get("/schema.graphql")
    assert response.status_code == 200
    assert "type Query" in response.text


@pytest.mark.postgresql_only
async def test_readyz_refuse_en_prod_un_role_qui_contourne_la_rls(
    settings: Settings, backend: Backend, tmp_path: Path
) -> None:
    """The superuser bypasses row-level security: a prod hub connected that way is not ready."""
    superuser_url = backend.superuser_url_for(str(make_url(settings.database_url).database))
    owner = Database(create_engine(settings, url=superuser_url))
    key = tmp_path / "prod-key.json"
    load_keys(settings.with_(signing_key_path=key))  # provision a key as an operator would
    charger_cle(settings)  # and the pseudonymisation key (same path in the prod settings below)
    prod = settings.with_(
        env=Environment.PROD, graphiql=False, signing_key_path=key, issuer="http://localhost:8000"
    )
    app = create_app(prod, owner)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        response = await c.get("/readyz")
    await owner.dispose()
    assert response.status_code == 503
    assert response.json()["error"] == "database role bypasses row-level security"
