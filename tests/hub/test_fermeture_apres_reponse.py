"""A query's read transaction is rolled back once its response is sent (hub.graphql_view,
schema.transaction), and closed whatever happens: no session, place or pooled connection is left
behind."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.types import Message, Receive, Scope, Send

from hub.db import Database
from schema.context import RequestDatabase
from tests.graphql_client import graphql

Journal = list[str]


@pytest.fixture
def journal(monkeypatch: pytest.MonkeyPatch) -> Journal:
    """What happened, in order: `fermeture` when an open read transaction is closed."""
    evenements: Journal = []
    fermer = RequestDatabase.close

    async def close(self: RequestDatabase, *, commit: bool) -> None:
        if self._session is not None:
            evenements.append("fermeture" if not commit else "commit")
        await fermer(self, commit=commit)

    monkeypatch.setattr(RequestDatabase, "close", close)
    return evenements


@pytest.fixture
async def client_espion(app: Starlette, journal: Journal) -> AsyncIterator[httpx.AsyncClient]:
    """A client whose ASGI messages go to `journal` as they are sent."""

    async def espion(scope: Scope, receive: Receive, send: Send) -> None:
        async def envoyer(message: Message) -> None:
            journal.append(message["type"])
            await send(message)

        await app(scope, receive, envoyer)

    transport = httpx.ASGITransport(app=espion)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield client


def _rien_d_ouvert(database: Database) -> None:
    if database.places is not None:
        assert database.places.prises == 0
    pool: Any = database.engine.pool
    if hasattr(pool, "checkedout"):
        assert pool.checkedout() == 0


async def test_une_requete_est_repondue_avant_son_rollback(
    client_espion: httpx.AsyncClient, journal: Journal, database: Database
) -> None:
    body = await graphql(client_espion, "{ departements { code } }")
    assert body["data"]["departements"] is not None
    assert journal == ["http.response.start", "http.response.body", "fermeture"]
    _rien_d_ouvert(database)


async def test_une_erreur_de_champ_ferme_aussi_apres_la_reponse(
    client_espion: httpx.AsyncClient, journal: Journal, database: Database
) -> None:
    body = await graphql(
        client_espion, '{ departements { code } conseiller(id: "pas-un-id") { id } }', expect_errors=True
    )
    assert body["errors"]
    assert journal == ["http.response.start", "http.response.body", "fermeture"]
    _rien_d_ouvert(database)


async def test_un_rollback_qui_echoue_apres_la_reponse_est_journalise(
    client_espion: httpx.AsyncClient,
    journal: Journal,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fermer = RequestDatabase._fermer

    async def _fermer(self: RequestDatabase, session: Any) -> None:
        await fermer(self, session)  # the session is closed and its place given back…
        raise ConnectionResetError("connexion perdue pendant le ROLLBACK")  # …then the failure

    monkeypatch.setattr(RequestDatabase, "_fermer", _fermer)
    with caplog.at_level(logging.ERROR, logger="hub.graphql"):
        response = await client_espion.post("/graphql", json={"query": "{ departements { code } }"})
    assert response.status_code == 200
    assert response.json()["data"]["departements"] is not None
    assert journal[:2] == ["http.response.start", "http.response.body"]
    assert "rollback of a request's read transaction failed" in caplog.text
    _rien_d_ouvert(database)
