"""Rows per second of each importer on a throwaway PostgreSQL cluster (first load and unchanged re-run).

    .venv/bin/python -m bench.imports_postgresql [--repetitions 3]

Each repetition imports into a fresh migrated database over an already opened connection pool; the
medians are printed. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from hub import migrate
from hub.db import Database, create_engine
from hub.importers.epci import ImporteurEpci
from hub.importers.execution import importer
from hub.importers.france_services import ImporteurFranceServices
from hub.importers.lecture import Importeur
from hub.importers.lieux_cnfs import ImporteurLieuxCnfs
from hub.importers.lieux_standard import ImporteurLieuxStandard
from hub.settings import Environment, Settings
from tests.open_data import EPCI, EXEMPLE_LIEUX, FRANCE_SERVICES, LIEUX_CNFS, donnee
from tests.postgres_server import PostgresServer

CAS: list[tuple[str, type[Importeur], tuple[str, str]]] = [
    ("france-services", ImporteurFranceServices, FRANCE_SERVICES),
    ("lieux (2022 JSON)", ImporteurLieuxCnfs, LIEUX_CNFS),
    ("lieux (standard CSV example)", ImporteurLieuxStandard, EXEMPLE_LIEUX),
    ("epci + communes", ImporteurEpci, EPCI),
]


async def _base(serveur: str, nom: str) -> str:
    url = make_url(serveur)
    connexion = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database="postgres")
    try:
        await connexion.execute(f'CREATE DATABASE "{nom}"')
    finally:
        await connexion.close()
    cible = url.set(database=nom).render_as_string(hide_password=False)
    await asyncio.to_thread(migrate.upgrade, cible)
    return cible


async def mesurer(serveur: str, repetitions: int, dossier: Path) -> None:
    for libelle, fabrique, fichier in CAS:
        premiers: list[float] = []
        seconds: list[float] = []
        lignes = 0
        for n in range(repetitions):
            url = await _base(serveur, f"bench_{fabrique.__name__.lower()}_{n}")
            settings = Settings.from_env({}, env=Environment.TEST, database_url=url)
            database = Database(create_engine(settings))
            async with database.engine.connect():  # warm: time rows, not the first connection
                pass
            try:
                premier = await importer(database, fabrique(), donnee(fichier), rapport=dossier / "r.csv")
                second = await importer(database, fabrique(), donnee(fichier), rapport=dossier / "r.csv")
            finally:
                await database.dispose()
            lignes = premier.lignes
            premiers.append(premier.lignes_par_seconde)
            seconds.append(second.lignes_par_seconde)
        print(
            f"{libelle:32} {lignes:>6} rows  first load {statistics.median(premiers):>8,.0f} rows/s"
            f"  unchanged re-run {statistics.median(seconds):>8,.0f} rows/s  (median of {repetitions})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=3)
    arguments = parser.parse_args()
    serveur = PostgresServer.start()
    try:
        with tempfile.TemporaryDirectory() as dossier:
            asyncio.run(mesurer(serveur.url, arguments.repetitions, Path(dossier)))
    finally:
        serveur.destroy()


if __name__ == "__main__":
    main()
