"""hub/db.py: the pool is filled before traffic, and request transactions never outnumber its
connections (a burst waits for a place instead of opening connections in the middle of the traffic)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from hub.db import Database, PlacesDeTransaction, create_engine
from tests.conftest import make_settings
from tests.databases import Backend
from tests.graphql_client import graphql


async def test_une_transaction_de_trop_attend_qu_une_place_se_libere() -> None:
    places = PlacesDeTransaction(2, 5)
    journal: list[tuple[str, str]] = []

    async def tenir(nom: str, duree: float) -> None:
        await places.prendre()
        journal.append(("prise", nom))
        await asyncio.sleep(duree)
        places.rendre()
        journal.append(("rendue", nom))

    await asyncio.gather(tenir("a", 0.05), tenir("b", 0.05), tenir("c", 0))
    premiere_rendue = min(journal.index(("rendue", "a")), journal.index(("rendue", "b")))
    assert journal.index(("prise", "c")) > premiere_rendue
    assert places.prises == 0


async def test_sans_place_libre_l_attente_finit_par_l_erreur_du_pool() -> None:
    places = PlacesDeTransaction(1, 0.05)
    await places.prendre()
    with pytest.raises(PoolTimeoutError, match="1 transactions déjà ouvertes"):
        await places.prendre()
    places.rendre()
    assert places.prises == 0


def test_chaque_boucle_d_evenements_a_ses_places() -> None:
    """Tests and tools run several event loops in one process; a place waited for in one loop must
    not tie the places to it."""
    places = PlacesDeTransaction(1, 5)

    async def deux_a_la_fois() -> None:
        async def une() -> None:
            await places.prendre()
            await asyncio.sleep(0.01)
            places.rendre()

        await asyncio.gather(une(), une())  # the second waits: the semaphore binds to this loop

    asyncio.run(deux_a_la_fois())
    asyncio.run(deux_a_la_fois())
    assert places.prises == 0


async def test_les_requetes_rendent_leur_place(
    client: httpx.AsyncClient, database: Database, backend: Backend
) -> None:
    if backend.name == "sqlite":
        assert database.places is None  # one file, no pool of server connections to protect
        return
    assert database.places is not None
    assert database.places.nombre == database.engine.pool.size()  # type: ignore[attr-defined]
    await graphql(client, "{ departements { code } }")
    # The session is open (départements read) when the other field fails: closed all the same.
    body = await graphql(
        client, '{ departements { code } conseiller(id: "pas-un-id") { id } }', expect_errors=True
    )
    assert body["errors"]
    reponses = await asyncio.gather(*(graphql(client, "{ regions { code } }") for _ in range(25)))
    assert all(len(r["data"]["regions"]) == 18 for r in reponses)  # 25 at once, 10 places
    assert database.places.prises == 0


async def test_le_pool_est_rempli_avant_le_trafic(database: Database, backend: Backend) -> None:
    ouvertes = await database.remplir_le_pool(5)
    if backend.name == "sqlite":
        assert ouvertes == 0
        return
    taille = database.engine.pool.size()  # type: ignore[attr-defined]
    assert ouvertes == taille == 10
    assert database.engine.pool.checkedin() == taille  # type: ignore[attr-defined]


async def test_une_base_injoignable_laisse_demarrer(tmp_path: Path) -> None:
    settings = make_settings("postgresql+asyncpg://hub:secret@127.0.0.1:1/absente", tmp_path)
    database = Database(create_engine(settings))
    try:
        assert await database.remplir_le_pool(2) == 0
    finally:
        await database.dispose()


@pytest.mark.postgresql_only  # no places on SQLite (test_les_requetes_rendent_leur_place)
async def test_une_requete_sans_place_recoit_un_503_comme_sans_connexion(
    client: httpx.AsyncClient, database: Database
) -> None:
    database.places = PlacesDeTransaction(1, 0.1)
    await database.places.prendre()  # the only place, held elsewhere
    try:
        response = await client.post("/graphql", json={"query": "{ regions { code } }"})
    finally:
        database.places.rendre()
    assert response.status_code == 503
    assert response.json()["errors"][0]["extensions"]["code"] == "DATABASE_UNAVAILABLE"
    assert database.places.prises == 0
