"""The benchmark's PostgreSQL cluster: kept under bench/.work/pg, seeded once, reused by later runs.

The data directory survives between runs (bench/.work/ is gitignored); each run starts the server on
a free port of 127.0.0.1 and stops it by its data directory at the end. Two databases: `hub_national`
(the national seed, ~1,000,000 activités) and `hub_100k` (the same seed with 100,000 activités), both
migrated to head, seeded by the owner (the superuser `postgres`, in the seed's system context) and
served to the application role `hub_app`, which cannot bypass row-level security.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from hub import migrate
from hub.db import Database, create_engine
from hub.seed import Scale, is_seeded, seed
from hub.settings import Environment, Settings
from tests.postgres_server import PostgresServer, _bindir, _free_port

WORK = Path(__file__).resolve().parent / ".work"
APP_ROLE = "hub_app"
APP_PASSWORD = "hub_app"  # noqa: S105 - a throwaway local cluster on 127.0.0.1
# Server settings of the run (also written in RESULTS.md). pg_stat_statements counts statements per
# request; shared_buffers holds the whole national dataset in memory, as a production server would;
# JIT off, the usual setting for an API database: compiling a 1 M-row aggregate cost PostGraphile
# ~300 ms more per request than it saved (measured on this machine), and the hub's queries never
# reach JIT's cost threshold.
SERVER_OPTIONS = {
    "shared_preload_libraries": "pg_stat_statements",
    "pg_stat_statements.track": "top",
    "max_connections": "200",
    "shared_buffers": "1GB",
    "jit": "off",
}


@dataclass(frozen=True)
class Base:
    """One benchmark database and how many activités its seed generates."""

    nom: str
    activites: int


NATIONAL = Base("hub_national", 1_000_000)
CENT_MILLE = Base("hub_100k", 100_000)


class Cluster:
    """The persistent cluster; `start()` then `stop()` (always, in a finally)."""

    def __init__(self, base: Path = WORK / "pg") -> None:
        self.server = PostgresServer(bindir=_bindir(), base=str(base), port=_free_port(), as_user=[])
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            self.server.as_user = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--"]

    @property
    def version(self) -> str:
        return (Path(self.server.data) / "PG_VERSION").read_text().strip()

    def start(self) -> None:
        if not (Path(self.server.data) / "PG_VERSION").exists():
            self._initdb()
        options = " ".join(f"-c {name}={value}" for name, value in SERVER_OPTIONS.items())
        server = self.server
        subprocess.run(
            [
                *server.as_user,
                f"{server.bindir}/pg_ctl",
                "-D",
                server.data,
                "-l",
                f"{server.base}/log",
                "-w",
                "-t",
                "120",
                "-o",
                f"-h 127.0.0.1 -p {server.port} -k {server.base} -F {options}",
                "start",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self.server.stop_server("fast")

    def _initdb(self) -> None:
        base = Path(self.server.base)
        base.mkdir(parents=True, exist_ok=True)
        if self.server.as_user:
            shutil.chown(base, "postgres", "postgres")
        subprocess.run(
            [
                *self.server.as_user,
                f"{self.server.bindir}/initdb",
                "-D",
                self.server.data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
                "--no-instructions",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def url(self, base: Base, *, app: bool = False) -> str:
        """SQLAlchemy URL of `base`, as the owner or (app=True) as the application role."""
        url = make_url(self.server.url).set(database=base.nom)
        if app:
            url = url.set(username=APP_ROLE, password=APP_PASSWORD)
        return url.render_as_string(hide_password=False)

    def libpq_url(self, base: Base, *, app: bool = False) -> str:
        """The same as a plain postgres:// URL (node-postgres, psql)."""
        return self.url(base, app=app).replace("postgresql+asyncpg://", "postgres://")

    async def admin(self, sql: str, database: str = "postgres") -> None:
        connection = await asyncpg.connect(
            host="127.0.0.1", port=self.server.port, user="postgres", database=database
        )
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    async def fetch(self, sql: str, database: str, *args: object) -> list[asyncpg.Record]:
        connection = await asyncpg.connect(
            host="127.0.0.1", port=self.server.port, user="postgres", database=database
        )
        try:
            return list(await connection.fetch(sql, *args))
        finally:
            await connection.close()

    async def prepare(self, base: Base, log: Journal) -> None:
        """Create, migrate and seed `base` unless it is already seeded; rollups rebuilt if stale."""
        await self._role()
        existing = await self.fetch("SELECT 1 FROM pg_database WHERE datname = $1", "postgres", base.nom)
        if not existing:
            await self.admin(f'CREATE DATABASE "{base.nom}"')
        await asyncio.to_thread(migrate.upgrade, self.url(base))
        await self.admin("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", base.nom)
        settings = Settings.from_env({}, env=Environment.TEST, database_url=self.url(base))
        database = Database(create_engine(settings))
        try:
            if await is_seeded(database):
                log(f"{base.nom}: already seeded, reused")
            else:
                log(f"{base.nom}: seeding the national scale with {base.activites:,} activités (one time)…")
                report = await seed(database, Scale.NATIONAL, activites=base.activites)
                log(f"{base.nom}: seeded in {report.seconds:.0f} s")
                await self.admin("VACUUM ANALYZE", base.nom)
        finally:
            await database.dispose()

    async def _role(self) -> None:
        await self.admin(  # the role name is this module's constant
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') "  # noqa: S608
            f"THEN CREATE ROLE {APP_ROLE}; END IF; END $$"
        )
        await self.admin(
            f"ALTER ROLE {APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
            f"PASSWORD '{APP_PASSWORD}'"
        )


class Journal:
    """Timestamped progress lines on standard output."""

    def __init__(self) -> None:
        self.debut = time.perf_counter()

    def __call__(self, message: str) -> None:
        print(f"[{time.perf_counter() - self.debut:6.1f} s] {message}", flush=True)
