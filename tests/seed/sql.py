"""Independent SQL on a seeded database, read as the system (row-level security lets it see all)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Base


@asynccontextmanager
async def en_systeme(database: Database) -> AsyncIterator[AsyncSession]:
    """A session in a transaction that row-level security lets read everything (PostgreSQL)."""
    async with database.transaction() as session:
        await contexte_systeme(session)
        yield session


async def lignes(database: Database, sql: str, **params: Any) -> list[Row[Any]]:
    async with en_systeme(database) as session:
        return list((await session.execute(text(sql), params)).all())


async def valeur(database: Database, sql: str, **params: Any) -> Any:
    return (await lignes(database, sql, **params))[0][0]


async def comptes(database: Database) -> dict[str, int]:
    """Rows per table, every table of the schema."""
    tables = [table.name for table in Base.metadata.sorted_tables]
    union = " UNION ALL ".join(f"SELECT '{name}', count(*) FROM {name}" for name in tables)
    return {name: int(count) for name, count in await lignes(database, union)}
