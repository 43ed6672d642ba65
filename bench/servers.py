"""The two GraphQL servers under test, each started as a process group and stopped by its PID.

- the hub: `inclusion-hub serve --workers 2`, connected as `hub_app` (row-level security applies);
  no rate limit (HUB_RATE_LIMIT_POINTS=0: the load generator is one client), no request log line
  (PostGraphile runs with `disableQueryLog` too);
- PostGraphile 4 (bench/postgraphile/server.js, 2 worker processes) on the same database and role,
  turning the same access tokens into the same `hub.*` settings.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.cluster import WORK, Base, Cluster

BENCH = Path(__file__).resolve().parent
RACINE = BENCH.parent
POSTGRAPHILE = BENCH / "postgraphile"


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hub_environment(cluster: Cluster, base: Base, port: int) -> dict[str, str]:
    """HUB_* of the benchmarked hub (and of the bench itself, which signs the tokens with the same key)."""
    return {
        "HUB_ENV": "dev",
        "HUB_DATABASE_URL": cluster.url(base, app=True),
        "HUB_HOST": "127.0.0.1",
        "HUB_PORT": str(port),
        "HUB_WORKERS": "2",
        "HUB_LOG_LEVEL": "warning",
        "HUB_GRAPHIQL": "false",
        "HUB_ISSUER": f"http://127.0.0.1:{port}",
        "HUB_SIGNING_KEY_PATH": str(WORK / "signing-key.json"),
        "HUB_PSEUDONYMISATION_KEY_PATH": str(WORK / "pseudonymisation-key"),
        # Edge limits that would refuse a load test from one client (documented in RESULTS.md).
        "HUB_RATE_LIMIT_POINTS": "0",
    }


@dataclass
class Serveur:
    nom: str
    url: str
    process: subprocess.Popen[bytes]
    journal: Path
    extra: dict[str, str] = field(default_factory=dict)

    def arreter(self) -> None:
        """SIGTERM to the process group we started (server and its workers), then SIGKILL if needed."""
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def _lancer(
    nom: str, commande: list[str], env: dict[str, str], cwd: Path
) -> tuple[subprocess.Popen[bytes], Path]:
    journal = WORK / f"{nom}.log"
    sortie = journal.open("wb")
    process = subprocess.Popen(
        commande,
        cwd=cwd,
        env={**os.environ, **env},
        stdout=sortie,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped as a whole, by PID
    )
    sortie.close()
    return process, journal


async def _attendre(serveur: Serveur, corps: dict[str, str], delai: float = 120.0) -> None:
    debut = time.perf_counter()
    async with httpx.AsyncClient(timeout=5) as client:
        while time.perf_counter() - debut < delai:
            if serveur.process.poll() is not None:
                raise RuntimeError(f"{serveur.nom} stopped at start-up: see {serveur.journal}")
            try:
                reponse = await client.post(serveur.url, json=corps)
                if reponse.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.3)
    raise RuntimeError(f"{serveur.nom} not ready after {delai:.0f} s: see {serveur.journal}")


async def demarrer_hub(cluster: Cluster, base: Base) -> Serveur:
    port = port_libre()
    env = hub_environment(cluster, base, port)
    commande = [str(Path(sys.executable).with_name("inclusion-hub")), "serve", "--workers", "2"]
    process, journal = _lancer(f"hub-{base.nom}", commande, env, RACINE)
    serveur = Serveur("hub", f"http://127.0.0.1:{port}/graphql", process, journal, extra=env)
    await _attendre(serveur, {"query": "{ __typename }"})
    return serveur


def installer_postgraphile() -> None:
    """npm ci once (bench/postgraphile/node_modules is not committed; package-lock.json is)."""
    if (POSTGRAPHILE / "node_modules" / "postgraphile").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm not found: PostGraphile needs Node 20 and npm (see /work/shared/RECIPES.md)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=POSTGRAPHILE, check=True)


async def demarrer_postgraphile(cluster: Cluster, base: Base, hub: Serveur) -> Serveur:
    installer_postgraphile()
    await cluster.admin((POSTGRAPHILE / "bench.sql").read_text(), base.nom)
    port = port_libre()
    hub_origine = hub.url.removesuffix("/graphql")
    env = {
        "NODE_ENV": "production",
        "DATABASE_URL": cluster.libpq_url(base, app=True),
        "PORT": str(port),
        "WORKERS": "2",
        "JWKS_URL": f"{hub_origine}/.well-known/jwks.json",
        "ISSUER": hub.extra["HUB_ISSUER"],
        "AUDIENCE": "inclusion-hub",
    }
    node = shutil.which("node") or "node"
    process, journal = _lancer(f"postgraphile-{base.nom}", [node, "server.js"], env, POSTGRAPHILE)
    serveur = Serveur("postgraphile", f"http://127.0.0.1:{port}/graphql", process, journal, extra=env)
    await _attendre(serveur, {"query": "{ __typename }"})
    return serveur
