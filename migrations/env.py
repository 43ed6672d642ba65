"""Alembic environment: runs migrations on the hub's async engine (SQLite or PostgreSQL)."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import text
from sqlalchemy.engine import Connection

from hub.db import create_engine
from hub.models import Base
from hub.models.base import UtcDateTime
from hub.models.technique import dans_le_modele
from hub.settings import Settings

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    # The CLI and tests pass the URL explicitly; `alembic` on the command line reads HUB_DATABASE_URL.
    return config.attributes.get("database_url") or Settings.from_env().database_url


def _render_item(kind: str, obj: Any, autogen: AutogenContext) -> str | bool:
    # Migrations must not import application types: UtcDateTime is a plain timestamptz in the DDL.
    if kind == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_name=dans_le_modele,  # technical tables (hub.models.technique) are not the model's
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Row-level security (0003) binds the owner too: migrations act as the system.
            connection.execute(text("SELECT set_config('hub.role', 'system', true)"))
        context.run_migrations()


async def _run_async() -> None:
    engine = create_engine(Settings.from_env(database_url=_url()))
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure)
            await connection.commit()
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
    else:
        asyncio.run(_run_async())


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported: run against a database.")
run_migrations_online()
