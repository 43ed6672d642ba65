"""A private_key_jwt assertion is used once across every worker and instance (auth/rejeux.py).

The replay cache was a dict per process: the same assertion posted 40 times to 4 workers was accepted
4 times (issue 17). It is now a table of the database, on both backends.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
from joserfc.jwk import ECKey
from sqlalchemy import select

from auth.keys import load_keys
from auth.rejeux import ReplayCache
from hub.app import create_app
from hub.db import Database, create_engine
from hub.models.base import utcnow
from hub.models.technique import SCHEMA, assertions_client_utilisees
from hub.settings import Settings
from tests.auth.test_oauth_token import ASSERTION_TYPE, assertion, nouveau_client
from tests.databases import Backend, app_role_url
from tests.observabilite.test_workers import _attendre_le_serveur, _port_libre, _sockets_en_ecoute

POSTS = 20


async def _formulaire(settings: Settings, database: Database) -> dict[str, str]:
    cle = ECKey.generate_key("P-256", private=True)
    outil = await nouveau_client(database, ["lieux:read"], jwks={"keys": [cle.as_dict(private=False)]})
    return {
        "grant_type": "client_credentials",
        "client_assertion_type": ASSERTION_TYPE,
        "client_assertion": assertion(settings, outil.client_id, cle),
    }


async def test_une_assertion_acceptee_par_une_instance_est_refusee_par_une_autre(
    settings: Settings, database: Database, backend: Backend
) -> None:
    """Two apps (two hosts) on one database: the second sees the first's use."""
    url = app_role_url(settings.database_url) if backend.name == "postgresql" else None
    autre_base = Database(create_engine(settings, url=url))
    try:
        form = await _formulaire(settings, database)
        reponses = []
        for base in (database, autre_base):
            transport = httpx.ASGITransport(app=create_app(settings, base))
            async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
                reponses.append(await client.post("/oauth/token", data=form))
    finally:
        await autre_base.dispose()
    premiere, rejouee = reponses
    assert premiere.status_code == 200, premiere.text
    assert rejouee.status_code == 401, rejouee.text
    assert rejouee.json() == {"error": "invalid_client", "error_description": "Client authentication failed."}


async def _cles(database: Database) -> set[str]:
    async with database.engine.connect() as connexion:
        if not database.is_postgresql:
            connexion = await connexion.execution_options(schema_translate_map={SCHEMA: None})
        return set((await connexion.execute(select(assertions_client_utilisees.c.cle))).scalars())


async def test_une_utilisation_expiree_est_reprise_et_les_lignes_expirees_sont_effacees(
    database: Database,
) -> None:
    cache = ReplayCache(nettoyer_toutes_les=3)
    passe, futur = utcnow() - timedelta(seconds=1), utcnow() + timedelta(minutes=5)
    assert await cache.premiere_utilisation(database, "outil:vieille", passe)
    assert await cache.premiere_utilisation(database, "outil:a", futur)
    assert await _cles(database) == {"outil:vieille", "outil:a"}
    # Third use: a replay, refused; and the expired row goes.
    assert not await cache.premiere_utilisation(database, "outil:a", futur)
    assert await _cles(database) == {"outil:a"}
    # An earlier use that has expired no longer blocks its key, which then lives again.
    assert await cache.premiere_utilisation(database, "outil:b", passe)
    assert await cache.premiere_utilisation(database, "outil:b", futur)
    assert not await cache.premiere_utilisation(database, "outil:b", futur)
    assert await _cles(database) == {"outil:a", "outil:b"}


async def _poster_ensemble(base: str, form: dict[str, str], fois: int) -> list[int]:
    """`fois` posts at once, each on its own connection (the kernel spreads them over the workers)."""
    limites = httpx.Limits(max_connections=fois, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, limits=limites, timeout=30) as client:
        reponses = await asyncio.gather(*(client.post("/oauth/token", data=form) for _ in range(fois)))
    return [r.status_code for r in reponses]


def _deux_workers_et_des_posts(env: dict[str, str], form: dict[str, str]) -> tuple[list[int], str]:
    """`inclusion-hub serve --workers 2`, POSTS posts of `form` at once, SIGTERM: statuses and log."""
    port = _port_libre()
    commande = [sys.executable, "-m", "hub", "serve", "--workers", "2", "--port", str(port)]
    serveur = subprocess.Popen(commande, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _attendre_le_serveur(base, serveur)
        for _ in range(100):  # bounded: 10 s for the second worker's socket
            if _sockets_en_ecoute(port) == 2:
                break
            time.sleep(0.1)
        assert _sockets_en_ecoute(port) == 2
        statuts = asyncio.run(_poster_ensemble(base, form, POSTS))
    finally:
        serveur.send_signal(signal.SIGTERM)
        _sortie, erreurs = serveur.communicate(timeout=60)
    assert serveur.returncode == 0, erreurs.decode()[-2000:]
    return statuts, erreurs.decode()


async def test_deux_workers_acceptent_une_assertion_une_seule_fois(
    settings: Settings, database: Database, backend: Backend, tmp_path: Path
) -> None:
    form = await _formulaire(settings, database)
    load_keys(settings)  # the signing key exists before either worker starts
    env = {
        **os.environ,
        "HUB_ENV": "test",
        # On PostgreSQL the workers connect as the application role, as in production.
        "HUB_DATABASE_URL": app_role_url(settings.database_url)
        if backend.name == "postgresql"
        else settings.database_url,
        "HUB_ISSUER": settings.issuer,
        "HUB_SIGNING_KEY_PATH": str(settings.signing_key_path),
        "HUB_PSEUDONYMISATION_KEY_PATH": str(settings.pseudonymisation_key_path),
        "HUB_RATE_LIMIT_POINTS": "0",
    }
    statuts, erreurs = await asyncio.to_thread(_deux_workers_et_des_posts, env, form)
    assert sorted(statuts) == [200] + [401] * (POSTS - 1), statuts
    lignes = [json.loads(ligne) for ligne in erreurs.splitlines() if ligne.startswith("{")]
    jetons = [ligne for ligne in lignes if ligne["message"].startswith("token request")]
    assert len(jetons) == POSTS
    assert len({ligne["pid"] for ligne in jetons}) == 2  # both workers answered: each saw the other's use
