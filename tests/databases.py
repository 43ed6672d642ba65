"""Test databases: one migrated template per backend, copied for each test that writes."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from hub import migrate


@dataclass
class Backend:
    """How to make databases on one backend: `sqlite` (files) or `postgresql` (a server)."""

    name: str
    workdir: Path
    server_url: str | None = None  # postgresql: superuser URL of the throwaway cluster

    def url_for(self, database: str) -> str:
        if self.name == "sqlite":
            return f"sqlite+aiosqlite:///{self.workdir / database}.db"
        assert self.server_url is not None
        return make_url(self.server_url).set(database=database).render_as_string(hide_password=False)

    async def create(self, database: str, template: str | None = None) -> str:
        if self.name == "sqlite":
            path = self.workdir / f"{database}.db"
            if template is not None:
                await asyncio.to_thread(shutil.copyfile, self.workdir / f"{template}.db", path)
            return self.url_for(database)
        # FILE_COPY clones a small template faster than the default WAL_LOG strategy (fsync is off in tests).
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        await self._admin(f'CREATE DATABASE "{database}"{clause}')
        return self.url_for(database)

    async def drop(self, database: str) -> None:
        if self.name == "sqlite":
            for suffix in (".db", ".db-wal", ".db-shm"):
                (self.workdir / f"{database}{suffix}").unlink(missing_ok=True)
            return
        await self._admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    async def create_migrated(self, database: str) -> str:
        url = await self.create(database)
        await asyncio.to_thread(migrate.upgrade, url)
        return url

    async def _admin(self, sql: str) -> None:
        assert self.server_url is not None
        parsed = make_url(self.server_url)
        connection = await asyncpg.connect(
            host=parsed.host, port=parsed.port, user=parsed.username, database="postgres"
        )
        try:
            await connection.execute(sql)
        finally:
            await connection.close()


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"
