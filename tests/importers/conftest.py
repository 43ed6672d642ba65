"""Helpers of the importer tests: run an import into the test database, read its reject report."""

from __future__ import annotations

import csv
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.rls import contexte_systeme
from hub.db import Database, create_engine
from hub.importers.execution import Bilan, importer
from hub.importers.lecture import Importeur
from tests.conftest import make_settings
from tests.databases import Backend, unique_name


async def importer_dans(database: Database, importeur: Importeur, chemin: Path, rapport: Path) -> Bilan:
    return await importer(database, importeur, chemin, rapport=rapport)


def lire_rapport(chemin: Path) -> list[dict[str, str]]:
    with chemin.open(encoding="utf-8", newline="") as flux:
        return list(csv.DictReader(flux))


async def compter(database: Database, modele: type[Any], *conditions: Any) -> int:
    async with en_systeme(database) as session:
        return int(await session.scalar(select(func.count()).select_from(modele).where(*conditions)) or 0)


@asynccontextmanager
async def en_systeme(database: Database) -> AsyncIterator[AsyncSession]:
    """A transaction of the test itself, a trusted job (PostgreSQL row-level security lets it through)."""
    async with database.transaction() as session:
        await contexte_systeme(session)
        yield session


@dataclass
class ImportPartage:
    """A real file imported once into its own database, shared by the read-only tests of a module."""

    database: Database
    bilan: Bilan
    rapport: Path

    def rejets(self) -> list[dict[str, str]]:
        return lire_rapport(self.rapport)


@asynccontextmanager
async def import_partage(
    backend: Backend, template: str, dossier: Path, importeur: Importeur, chemin: Path
) -> AsyncIterator[ImportPartage]:
    name = unique_name("import")
    url = await backend.create(name, template=template)
    database = Database(create_engine(make_settings(url, dossier)))
    try:
        bilan = await importer(database, importeur, chemin, rapport=dossier / "rejets.csv")
        yield ImportPartage(database, bilan, dossier / "rejets.csv")
    finally:
        await database.dispose()
        await backend.drop(name)
