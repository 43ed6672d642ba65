"""Unexpected errors are masked with an errorId found in the log; slow requests end in TIMEOUT."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from auth.rls import appliquer_contexte
from hub import app as application
from hub.db import Database, create_engine
from tests.conftest import app_role_url
from tests.securite.conftest import NORMALE, Base, Hub, code, poster, repond_normalement

Hook = Callable[[AsyncSession, Principal], Awaitable[None]]


def _une_fois(panne: Hook) -> Hook:
    """The request hook, broken for the first transaction only."""
    appels = [0]

    async def crochet(session: AsyncSession, principal: Principal) -> None:
        appels[0] += 1
        if appels[0] == 1:
            await panne(session, principal)
        await appliquer_contexte(session, principal)

    return crochet


async def test_une_exception_inattendue_est_masquee_avec_un_errorid_journalise(
    hub: Hub, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def panne(session: AsyncSession, principal: Principal) -> None:
        raise RuntimeError("détail interne : mot de passe de la base")

    monkeypatch.setattr(application, "appliquer_contexte", _une_fois(panne))
    caplog.set_level(logging.INFO, logger="hub.graphql")
    async with hub() as client:
        response = await poster(client, NORMALE)
        (erreur,) = response.json()["errors"]
        assert erreur["extensions"]["code"] == "INTERNAL"
        assert "mot de passe" not in response.text
        assert erreur["path"] == ["regions"]
        error_id = erreur["extensions"]["errorId"]
        traces = [r for r in caplog.records if error_id in r.getMessage()]
        assert traces
        assert traces[0].exc_info is not None
        assert "mot de passe" in str(traces[0].exc_info[1])
        ligne = next(r.champs for r in caplog.records if r.getMessage() == "requete graphql")
        assert ligne["errorIds"] == [error_id]
        assert ligne["requete"] == response.headers["x-request-id"]
        await repond_normalement(client)


async def test_une_requete_trop_longue_s_arrete_en_timeout(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    async def lenteur(session: AsyncSession, principal: Principal) -> None:
        await asyncio.sleep(60)  # a database that does not answer

    monkeypatch.setattr(application, "appliquer_contexte", _une_fois(lenteur))
    async with hub(graphql_request_timeout_ms=200) as client:
        response = await poster(client, NORMALE, accept="application/graphql-response+json")
        assert response.status_code == 504
        assert code(response) == "TIMEOUT"
        assert "data" not in response.json()
        await repond_normalement(client)


@pytest.mark.postgresql_only
async def test_une_instruction_annulee_par_statement_timeout_devient_timeout(
    hub: Hub, base_securite: Base
) -> None:
    settings = base_securite.settings.with_(statement_timeout_ms=300)
    lente = Database(create_engine(settings, url=app_role_url(settings.database_url)))
    proprietaire = create_engine(settings)
    try:
        async with proprietaire.connect() as verrou, hub(database=lente) as client:
            # Another transaction holds the table: the hub's SELECT waits until the database cancels it.
            await verrou.execute(text("LOCK TABLE region IN ACCESS EXCLUSIVE MODE"))
            response = await poster(client, NORMALE)
            (erreur,) = response.json()["errors"]
            assert erreur["extensions"] == {"code": "TIMEOUT"}
            assert "region" not in erreur["message"]  # the SQL never shows
            await verrou.rollback()
            await repond_normalement(client)
    finally:
        await lente.dispose()
        await proprietaire.dispose()
