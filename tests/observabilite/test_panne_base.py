"""Database outage: PostgreSQL stops mid-traffic, the hub answers 503 fast, then recovers by itself."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from hub.app import create_app
from hub.db import Database
from hub.settings import Settings
from tests.conftest import make_settings
from tests.databases import Backend
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgresql_only

REQUETE = "{ regions { code } }"
# Upper bound for one answer: the request timeout of these settings, never reached when all is well.
BORNE_S = 8


@pytest.fixture
async def grappe_jetable(backend: Backend, tmp_path: Path) -> AsyncIterator[tuple[PostgresServer, Settings]]:
    """A cluster of its own (the session's one is shared): stopping it harms no other test.
    Parametrised by `backend` only so that the SQLite run deselects these tests."""
    assert backend.name == "postgresql"
    server = await asyncio.to_thread(PostgresServer.start)
    try:
        grappe = Backend(name="postgresql", workdir=tmp_path, server_url=server.url)
        url = await grappe.create_migrated("panne")
        settings = make_settings(
            url,
            tmp_path,
            database_connect_timeout_seconds=2,
            pool_timeout_seconds=2,
            graphql_request_timeout_ms=BORNE_S * 1000,
        )
        yield server, settings
    finally:
        await asyncio.to_thread(server.destroy)


async def _poster(client: httpx.AsyncClient) -> httpx.Response:
    async with asyncio.timeout(BORNE_S):  # a hang fails the test instead of blocking it
        return await client.post("/graphql", json={"query": REQUETE})


def _est_reponse_de_panne(response: httpx.Response) -> bool:
    body = response.json()
    codes = {e["extensions"]["code"] for e in body.get("errors", [])}
    return response.status_code == 503 and codes == {"DATABASE_UNAVAILABLE"}


async def test_la_base_arretee_donne_des_503_rapides_puis_le_hub_se_retablit_seul(
    grappe_jetable: tuple[PostgresServer, Settings],
) -> None:
    server, settings = grappe_jetable
    database = Database.from_settings(settings)
    app = create_app(settings, database)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
            for _ in range(5):
                assert (await _poster(client)).status_code == 200

            # Traffic keeps flowing (four concurrent clients) while the cluster stops under it.
            arret = asyncio.create_task(asyncio.to_thread(server.stop_server, "fast"))
            reponses: list[httpx.Response] = []
            while not arret.done():
                reponses += await asyncio.gather(*(_poster(client) for _ in range(4)))
            await arret
            reponses += [await _poster(client) for _ in range(5)]

            for response in reponses:
                assert response.status_code == 200 or _est_reponse_de_panne(response), response.text
                assert "Traceback" not in response.text
                assert "asyncpg" not in response.text
            apres_arret = reponses[-5:]
            assert all(_est_reponse_de_panne(r) for r in apres_arret)
            assert "réessayez" in apres_arret[0].json()["errors"][0]["message"]
            pret = await client.get("/readyz")
            assert pret.status_code == 503
            assert pret.json()["database"] == "unreachable"

            await asyncio.to_thread(server.start_server)
            # Same app, same engine: the pool replaces the connections the server closed (hub.db).
            for _ in range(5):
                response = await _poster(client)
                assert response.status_code == 200, response.text
                assert len(response.json()["data"]["regions"]) == 18
            assert (await client.get("/readyz")).status_code == 200
    finally:
        await database.dispose()


async def test_le_limiteur_postgresql_en_panne_donne_aussi_un_503(
    grappe_jetable: tuple[PostgresServer, Settings],
) -> None:
    server, settings = grappe_jetable
    settings = settings.with_(rate_limit_backend="postgresql", rate_limit_points=20_000)
    database = Database.from_settings(settings)
    app = create_app(settings, database)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://hub.test"
        ) as client:
            assert (await _poster(client)).status_code == 200
            await asyncio.to_thread(server.stop_server, "fast")
            response = await _poster(client)
            assert _est_reponse_de_panne(response), response.text
            assert response.headers["x-request-id"]
            await asyncio.to_thread(server.start_server)
            assert (await _poster(client)).status_code == 200
    finally:
        await database.dispose()
