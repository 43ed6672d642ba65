"""Test databases: one migrated template per backend, copied for each test that writes."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from hub import migrate

# The PostgreSQL roles of docs/autorisations.md ("Database roles in production"), created exactly as
# written there: the superuser only creates them and the databases; the owner (neither superuser nor
# BYPASSRLS) owns every database and runs every migration; the application role serves.
OWNER_ROLE = "hub_owner"
OWNER_PASSWORD = "hub_owner"
APP_ROLE = "hub_app"
APP_PASSWORD = "hub_app"
ROLES = {
    OWNER_ROLE: f"LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{OWNER_PASSWORD}'",
    APP_ROLE: f"LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{APP_PASSWORD}'",
}


@dataclass
class Backend:
    """How to make databases on one backend: `sqlite` (files) or `postgresql` (a server).

    On PostgreSQL `url_for` and `create` give the owner's URL (what `inclusion-hub migrate` connects
    as in production); `app_url_for` the application role's, `superuser_url_for` the cluster's."""

    name: str
    workdir: Path
    server_url: str | None = None  # postgresql: superuser URL of the throwaway cluster
    roles_ready: bool = field(default=False, init=False, repr=False)

    def url_for(self, database: str) -> str:
        if self.name == "sqlite":
            return f"sqlite+aiosqlite:///{self.workdir / database}.db"
        return self._url(database, OWNER_ROLE, OWNER_PASSWORD)

    def superuser_url_for(self, database: str) -> str:
        assert self.server_url is not None
        return make_url(self.server_url).set(database=database).render_as_string(hide_password=False)

    def _url(self, database: str, role: str, password: str) -> str:
        url = make_url(self.superuser_url_for(database)).set(username=role, password=password)
        return url.render_as_string(hide_password=False)

    async def create(self, database: str, template: str | None = None) -> str:
        if self.name == "sqlite":
            path = self.workdir / f"{database}.db"
            if template is not None:
                await asyncio.to_thread(shutil.copyfile, self.workdir / f"{template}.db", path)
            return self.url_for(database)
        await self.create_roles()
        # FILE_COPY clones a small template faster than the default WAL_LOG strategy (fsync is off in tests).
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        await self._admin(f'CREATE DATABASE "{database}" OWNER {OWNER_ROLE}{clause}')
        return self.url_for(database)

    async def create_roles(self) -> None:
        """The two roles, once per cluster (a role may be left over from an earlier run: reset it)."""
        if self.roles_ready:
            return
        for role, attributes in ROLES.items():
            await self._admin(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
                f"THEN CREATE ROLE {role}; END IF; END $$"
            )
            await self._admin(f"ALTER ROLE {role} {attributes}")
        self.roles_ready = True

    async def drop(self, database: str) -> None:
        if self.name == "sqlite":
            for suffix in (".db", ".db-wal", ".db-shm"):
                (self.workdir / f"{database}{suffix}").unlink(missing_ok=True)
            return
        await self._admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    async def create_migrated(self, database: str) -> str:
        """A new database at head, migrated as the owner (on PostgreSQL: NOSUPERUSER NOBYPASSRLS)."""
        url = await self.create(database)
        await asyncio.to_thread(migrate.upgrade, url)
        return url

    async def _admin(self, sql: str) -> None:
        assert self.server_url is not None
        parsed = make_url(self.server_url)
        connection = await asyncpg.connect(
            host=parsed.host,
            port=parsed.port,
            user=parsed.username,
            password=parsed.password,
            database="postgres",
        )
        try:
            await connection.execute(sql)
        finally:
            await connection.close()


def app_role_url(url: str) -> str:
    """The same PostgreSQL database, as the application role."""
    return make_url(url).set(username=APP_ROLE, password=APP_PASSWORD).render_as_string(hide_password=False)


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"
