"""The API tests' world: one populated database per backend, shared by the read-only tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from auth.principal import Principal
from hub.app import create_app
from hub.db import Database, create_engine
from hub.settings import Settings
from tests.conftest import app_role_url, make_settings
from tests.databases import Backend, unique_name
from tests.ecriture import Hub, construire_scene
from tests.graphql_client import graphql
from tests.schema.monde import Monde, construire
from tests.tokens import token_for


@dataclass
class Api:
    """The app over the populated world, queried as any principal (None: no token, anonymous)."""

    client: httpx.AsyncClient
    settings: Settings
    database: Database  # the owner: arranges rows and computes expectations, outside row-level security
    app_database: Database  # what the app uses: on PostgreSQL the application role, so RLS applies too
    monde: Monde

    async def demander(
        self,
        principal: Principal | None,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        expect_errors: bool = False,
    ) -> dict[str, Any]:
        token = token_for(self.settings, principal) if principal is not None else None
        return await graphql(self.client, query, variables, token=token, expect_errors=expect_errors)


@pytest.fixture(scope="session")
async def api(
    backend: Backend, migrated_template: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Api]:
    """Read-only: tests using it must not write (every test shares the same rows)."""
    name = unique_name("monde")
    url = await backend.create(name, template=migrated_template)
    settings = make_settings(url, tmp_path_factory.mktemp("api"))
    database = Database(create_engine(settings))
    monde = await construire(database)
    app_url = app_role_url(url) if backend.name == "postgresql" else None
    app_database = Database(create_engine(settings, url=app_url))
    app = create_app(settings, app_database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://hub.test"
    ) as client:
        yield Api(client=client, settings=settings, database=database, app_database=app_database, monde=monde)
    await app_database.dispose()
    await database.dispose()
    await backend.drop(name)


@pytest.fixture
async def ecriture(database: Database, client: httpx.AsyncClient, settings: Settings) -> Hub:
    """The write API's scene (tests/ecriture.py) in a fresh database, behind the app: mutations may write."""
    return Hub(await construire_scene(database), client, settings)
