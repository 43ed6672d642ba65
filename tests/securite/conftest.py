"""The edge's tests: one migrated database per backend, and hubs built with any edge settings."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from hub.app import create_app
from hub.db import Database, create_engine
from hub.settings import Settings
from tests.conftest import app_role_url, make_settings
from tests.databases import Backend, unique_name

NORMALE = "{ regions { code nom } }"
Hub = Callable[..., Any]


@dataclass
class Base:
    settings: Settings
    database: Database
    backend: Backend


@pytest.fixture(scope="session")
async def base_securite(
    backend: Backend, migrated_template: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Base]:
    """Read-only: a migrated database (the référentiel is in it), as the application sees it."""
    name = unique_name("securite")
    url = await backend.create(name, template=migrated_template)
    settings = make_settings(url, tmp_path_factory.mktemp("securite"))
    role_url = app_role_url(url) if backend.name == "postgresql" else None
    database = Database(create_engine(settings, url=role_url))
    yield Base(settings, database, backend)
    await database.dispose()
    await backend.drop(name)


@pytest.fixture
def hub(base_securite: Base) -> Hub:
    """`async with hub(**settings) as client`: a fresh app (fresh buckets) with these edge settings."""

    @asynccontextmanager
    async def ouvrir(database: Database | None = None, **changes: Any) -> AsyncIterator[httpx.AsyncClient]:
        settings = base_securite.settings.with_(**changes)
        app = create_app(settings, database or base_securite.database)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
            yield client

    return ouvrir


async def poster(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    accept: str = "application/json",
    token: str | None = None,
    **body: Any,
) -> httpx.Response:
    headers = {"accept": accept}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return await client.post(
        "/graphql", json={"query": query, "variables": variables or {}, **body}, headers=headers
    )


def code(response: httpx.Response) -> str:
    """The code of the only error of a response."""
    (erreur,) = response.json()["errors"]
    return str(erreur["extensions"]["code"])


async def repond_normalement(client: httpx.AsyncClient) -> None:
    """The hub still answers an ordinary query, fully and correctly."""
    response = await poster(client, NORMALE)
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    regions = body["data"]["regions"]
    assert len(regions) == 18
    assert {"code": "44", "nom": "Grand Est"} in regions
