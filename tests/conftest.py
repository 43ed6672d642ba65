"""Test set-up: every database test runs on SQLite and on a throwaway PostgreSQL started here.

HUB_TEST_BACKENDS=sqlite (or postgresql) narrows the run; HUB_TEST_DATABASE_URL points PostgreSQL
tests at an existing server instead of starting one. A missing PostgreSQL is an error, never a skip.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from hub.app import create_app
from hub.db import Database, create_engine
from hub.seed import Scale, seed
from hub.settings import Environment, Settings
from tests.databases import Backend, app_role_url, unique_name
from tests.postgres_server import PostgresServer

BACKENDS = [
    b.strip() for b in os.environ.get("HUB_TEST_BACKENDS", "sqlite,postgresql").split(",") if b.strip()
]


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    external = os.environ.get("HUB_TEST_DATABASE_URL")
    if external:
        yield external
        return
    server = PostgresServer.start()
    try:
        yield server.url
    finally:
        server.destroy()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Backend:
    name: str = request.param
    workdir = tmp_path_factory.mktemp(f"db-{name}")
    if name == "postgresql":
        return Backend(name=name, workdir=workdir, server_url=request.getfixturevalue("pg_server_url"))
    if name != "sqlite":
        raise pytest.UsageError(f"HUB_TEST_BACKENDS: unknown backend {name!r}")
    return Backend(name=name, workdir=workdir)


# PostgreSQL tests connect like production (docs/autorisations.md, tests/databases.py): the cluster's
# superuser only creates the roles and the databases, the owner `hub_owner` (NOSUPERUSER NOBYPASSRLS)
# runs every migration and is what `database_url` / `settings.database_url` connect as, and the app
# connects as `hub_app`, which cannot bypass row-level security (migration 0003 grants it DML only).


@pytest.fixture(scope="session")
async def migrated_template(backend: Backend) -> str:
    """A database at the head revision, copied by every test that needs an empty, migrated one."""
    name = unique_name("template")
    await backend.create_migrated(name)
    return name


def make_settings(database_url: str, workdir: Path, **overrides: Any) -> Settings:
    # No rate limit unless a test asks for one: session-wide apps serve thousands of queries from one
    # principal (tests/securite covers the limiter).
    overrides.setdefault("rate_limit_points", 0)
    return Settings.from_env(
        {},
        env=Environment.TEST,
        database_url=database_url,
        signing_key_path=workdir / "signing-key.json",
        pseudonymisation_key_path=workdir / "pseudonymisation-key",
        **overrides,
    )


@pytest.fixture
async def database_url(backend: Backend, migrated_template: str) -> AsyncIterator[str]:
    name = unique_name("test")
    url = await backend.create(name, template=migrated_template)
    yield url
    await backend.drop(name)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path)


@pytest.fixture
async def database(settings: Settings, backend: Backend) -> AsyncIterator[Database]:
    """The database as the app sees it; on PostgreSQL, connected as the application role (RLS applies:
    arrange test data inside `auth.rls.contexte_systeme`, as the seed and importers do)."""
    url = app_role_url(settings.database_url) if backend.name == "postgresql" else None
    db = Database(create_engine(settings, url=url))
    yield db
    await db.dispose()


@pytest.fixture
def app(settings: Settings, database: Database) -> Starlette:
    return create_app(settings, database)


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        yield c


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many tests ran on each backend, so the CI log shows both databases were exercised."""
    counts: Counter[tuple[str, str]] = Counter()
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") not in ("call", "setup"):
                continue
            if outcome == "passed" and report.when != "call":
                continue
            for backend_name in BACKENDS:
                if f"[{backend_name}" in report.nodeid or f"-{backend_name}]" in report.nodeid:
                    counts[(backend_name, outcome)] += 1
    if counts:
        terminalreporter.write_sep("-", "tests per database backend")
        for backend_name in BACKENDS:
            line = ", ".join(
                f"{counts[(backend_name, o)]} {o}" for o in ("passed", "failed", "error", "skipped")
            )
            terminalreporter.write_line(f"{backend_name}: {line}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `postgresql_only` (row-level security…) are deselected on SQLite, run on PostgreSQL."""
    kept: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_sqlite = callspec is not None and callspec.params.get("backend") == "sqlite"
        (dropped if on_sqlite and item.get_closest_marker("postgresql_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
async def seeded_template(backend: Backend, migrated_template: str) -> str:
    """A copy of the migrated template seeded at demo scale, once per backend (the owner seeds it)."""
    name = unique_name("seeded")
    url = await backend.create(name, template=migrated_template)
    database = Database(create_engine(make_settings(url, backend.workdir)))
    try:
        await seed(database, Scale.DEMO)
    finally:
        await database.dispose()
    return name


@pytest.fixture
async def seeded_database_url(backend: Backend, seeded_template: str) -> AsyncIterator[str]:
    name = unique_name("seeded_test")
    url = await backend.create(name, template=seeded_template)
    yield url
    await backend.drop(name)


@pytest.fixture
def seeded_settings(seeded_database_url: str, tmp_path: Path) -> Settings:
    return make_settings(seeded_database_url, tmp_path)


@pytest.fixture
async def seeded_database(seeded_settings: Settings, backend: Backend) -> AsyncIterator[Database]:
    """The demo data as the app sees it (on PostgreSQL, as the application role, like `database`)."""
    url = app_role_url(seeded_settings.database_url) if backend.name == "postgresql" else None
    db = Database(create_engine(seeded_settings, url=url))
    yield db
    await db.dispose()


@pytest.fixture
async def seeded_client(
    seeded_settings: Settings, seeded_database: Database
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(seeded_settings, seeded_database)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub.test") as c:
        yield c
