"""Migrations: empty → head, no drift between models and migrations, head → base, on both backends."""

from __future__ import annotations

import asyncio

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from hub import migrate
from hub.db import create_engine
from hub.models import Base
from hub.models.technique import dans_le_modele, technique
from hub.settings import Settings
from tests.databases import Backend, unique_name


async def _tables(url: str) -> set[str]:
    engine = create_engine(Settings.from_env({}, database_url=url))
    try:
        async with engine.connect() as connection:
            return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))
    finally:
        await engine.dispose()


async def _drift(url: str) -> list[object]:
    engine = create_engine(Settings.from_env({}, database_url=url))
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(
                # As migrations/env.py: technical tables (on SQLite in the main database) are not the model's.
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"include_name": dans_le_modele}), Base.metadata
                )
            )
    finally:
        await engine.dispose()


async def test_upgrade_head_check_puis_downgrade_base(backend: Backend) -> None:
    name = unique_name("migrations")
    url = await backend.create(name)
    try:
        await asyncio.to_thread(migrate.upgrade, url)
        assert set(Base.metadata.tables) <= await _tables(url)
        assert await _drift(url) == []
        await asyncio.to_thread(command.check, migrate.alembic_config(url))
        if backend.name == "sqlite":  # on PostgreSQL they sit in the schema `oauth` (migration 0008)
            assert {t.name for t in technique.tables.values()} <= await _tables(url)

        await asyncio.to_thread(migrate.downgrade, url, "base")
        assert await _tables(url) <= {"alembic_version"}

        await asyncio.to_thread(migrate.upgrade, url)  # and back up again: downgrades left nothing behind
        assert set(Base.metadata.tables) <= await _tables(url)
    finally:
        await backend.drop(name)


def test_une_seule_tete_de_migration() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config("sqlite+aiosqlite://"))
    assert len(scripts.get_heads()) == 1
