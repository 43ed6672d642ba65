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
from hub.settings import Environment, Settings
from tests.databases import Backend, unique_name
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


@pytest.fixture(scope="session")
async def migrated_template(backend: Backend) -> str:
    """A database at the head revision, copied by every test that needs an empty, migrated one."""
    name = unique_name("template")
    await backend.create_migrated(name)
    return name


def make_settings(database_url: str, workdir: Path, **overrides: Any) -> Settings:
    return Settings.from_env(
        {},
        env=Environment.TEST,
        database_url=database_url,
        signing_key_path=workdir / "signing-key.json",
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
async def database(settings: Settings) -> AsyncIterator[Database]:
    db = Database(create_engine(settings))
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
