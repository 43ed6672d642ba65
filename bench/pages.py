"""Page timings (issue 20): `python -m bench.pages` on the national seed; writes bench/PAGES.md.

One user, requests one after the other (the target is per page, for one person: p95 ≤ 300 ms), on the
bench's PostgreSQL cluster and national database (bench/README.md: seeded the first time), the hub
served by `inclusion-hub serve --workers 2` as the application role. Each page is asked 5 times to
warm up, then `--fois` times; the HTML's full download is timed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from auth.principal import Principal
from auth.tokens import issue_access_token
from bench.cluster import NATIONAL, Cluster, Journal
from bench.servers import demarrer_hub
from hub.db import Database, create_engine
from hub.importers.contours import ImporteurContours
from hub.importers.execution import importer
from hub.models.enums import Role
from hub.settings import Environment, Settings

SORTIE = Path(__file__).with_name("PAGES.md")
CONTOURS = Path(__file__).resolve().parents[2] / "shared" / "data" / "france-services" / "geom_dep.geojson"
PREFECTURE_57 = Principal(
    Role.PREFECTURE, subject="bench-prefecture@exemple.gouv.fr", departements=frozenset({"57"})
)
ANCT = Principal(Role.ANCT, subject="bench-anct@exemple.gouv.fr")


async def _premiere_structure(client: httpx.AsyncClient, url: str, jeton: str) -> str:
    corps = {"query": '{ structures(first: 1, filtre: { departement: "57" }) { nodes { id } } }'}
    reponse = await client.post(url, json=corps, headers={"authorization": f"Bearer {jeton}"})
    identifiant: str = reponse.json()["data"]["structures"]["nodes"][0]["id"]
    return identifiant


async def _mesurer(
    client: httpx.AsyncClient, url: str, jeton: str | None, fois: int
) -> tuple[float, float, int]:
    entetes = {"accept": "text/html", **({"authorization": f"Bearer {jeton}"} if jeton else {})}
    durees: list[float] = []
    premiere = 0.0
    statut = 0
    for numero in range(5 + fois):
        debut = time.perf_counter()
        reponse = await client.get(url, headers=entetes)
        await reponse.aread()
        duree = (time.perf_counter() - debut) * 1000
        statut = reponse.status_code
        if statut != 200:
            raise RuntimeError(f"{url}: HTTP {statut}")
        if numero == 0:
            premiere = duree  # the anonymous page's cache miss (computed once a minute per worker)
        if numero >= 5:
            durees.append(duree)
    durees.sort()
    return statistics.median(durees), durees[max(0, round(0.95 * len(durees)) - 1)], len(durees), premiere


async def _contours(cluster: Cluster, log: Journal) -> None:
    """The départements' outlines (the département page's map), from the open data beside the project:
    the page is timed as a préfecture sees it in production, map outline included."""
    database = Database(
        create_engine(Settings.from_env({}, env=Environment.TEST, database_url=cluster.url(NATIONAL)))
    )
    try:
        bilan = await importer(
            database,
            ImporteurContours(),
            CONTOURS,
            rapport=Path(tempfile.gettempdir()) / "contours.rejets.csv",
        )
        log(bilan.resume())
    finally:
        await database.dispose()


async def principal(fois: int) -> None:
    log = Journal()
    cluster = Cluster()
    cluster.start()
    try:
        await cluster.prepare(NATIONAL, log)
        await _contours(cluster, log)
        hub = await demarrer_hub(cluster, NATIONAL)
        try:
            settings = Settings.from_env(hub.extra)
            jetons = {
                nom: issue_access_token(settings, p, ttl_seconds=3600)
                for nom, p in (("anct", ANCT), ("prefecture", PREFECTURE_57))
            }
            base = hub.url.removesuffix("/graphql")
            async with httpx.AsyncClient(timeout=30) as client:
                structure = await _premiere_structure(client, hub.url, jetons["anct"])
                pages = (
                    ("/ (anonyme)", "/", None),
                    ("/ (ANCT)", "/", jetons["anct"]),
                    ("/departements/57 (préfecture 57)", "/departements/57", jetons["prefecture"]),
                    (
                        "/departements/57?nom=Metz (préfecture 57)",
                        "/departements/57?nom=Metz",
                        jetons["prefecture"],
                    ),
                    ("/structures/{id} (ANCT)", f"/structures/{structure}", jetons["anct"]),
                    (
                        "/departements/57/conseillers (préfecture 57)",
                        "/departements/57/conseillers",
                        jetons["prefecture"],
                    ),
                    (
                        "/departements/57/conseillers.csv (préfecture 57)",
                        "/departements/57/conseillers.csv",
                        jetons["prefecture"],
                    ),
                    (
                        "/departements/57/structures.csv (préfecture 57)",
                        "/departements/57/structures.csv",
                        jetons["prefecture"],
                    ),
                )
                lignes = []
                for nom, chemin, jeton in pages:
                    p50, p95, n, premiere = await _mesurer(client, base + chemin, jeton, fois)
                    log(f"{nom}: first {premiere:.0f} ms, p50 {p50:.0f} ms, p95 {p95:.0f} ms ({n} requests)")
                    lignes.append(f"| {nom} | {premiere:.0f} | {p50:.0f} | {p95:.0f} | {n} |")
        finally:
            hub.arreter()
    finally:
        cluster.stop()
    SORTIE.write_text(
        "# Page timings (bench/pages.py)\n\n"
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, national seed (1,000,000 activités), PostgreSQL "
        f"{cluster.version}, hub with 2 workers as `hub_app`; one user, sequential requests, full HTML "
        "downloaded. Target: p95 ≤ 300 ms per page. *First*: the first request after start-up (for the "
        "anonymous page, the public figures' computation, then kept 60 s per worker).\n\n"
        "| page | first (ms) | p50 (ms) | p95 (ms) | requests |\n|---|---|---|---|---|\n"
        + "\n".join(lignes)
        + "\n",
        encoding="utf-8",
    )
    log(f"written to {SORTIE}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fois", type=int, default=50, help="measured requests per page (default 50)")
    asyncio.run(principal(parser.parse_args().fois))


if __name__ == "__main__":
    main()
