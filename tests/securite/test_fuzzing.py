"""Schemathesis in GraphQL mode against the hub: generated operations never make it fail (no 5xx).

The cases are drawn first (deterministic, bounded: `EXEMPLES` per run), then sent through the ASGI app
in the test's own event loop, over the demo data, as ANCT (every resolver reachable) and anonymously.
"""

from __future__ import annotations

from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes
from schemathesis.graphql.loaders import get_introspection_query

from auth.principal import Principal
from hub.app import create_app
from hub.db import Database
from hub.models.enums import Role
from hub.settings import Settings
from tests.securite.conftest import poster
from tests.tokens import token_for

EXEMPLES = 80
# A JSON request can only hold a text where a file goes (files come in multipart requests, fuzzed in
# tests/importers/test_televersement.py): the mutation must refuse it with a UserError.
schemathesis.graphql.scalar("Upload", st.text(max_size=20).map(nodes.String))


def _cas(introspection: dict[str, Any]) -> list[Any]:
    schema = schemathesis.graphql.from_dict(introspection)
    tires: list[Any] = []

    @settings(
        max_examples=EXEMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=schema.as_strategy())
    def tirer(case: Any) -> None:
        tires.append(case)

    tirer()
    return tires


async def test_les_operations_generees_ne_provoquent_aucune_erreur_serveur(
    seeded_settings: Settings, seeded_database: Database
) -> None:
    anct = token_for(seeded_settings, Principal(role=Role.ANCT, subject="agent-anct"))
    app = create_app(seeded_settings, seeded_database)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        introspection = (await poster(client, get_introspection_query(), token=anct)).json()
        cas = _cas(introspection)
        assert len(cas) >= EXEMPLES // 2
        executes = [
            await _envoyer(client, un_cas, anct if n % 2 == 0 else None) for n, un_cas in enumerate(cas)
        ]
        # Most cases pass validation and run resolvers (not only refusals): the fuzzing reaches the data.
        assert sum(executes) >= len(cas) // 2, sum(executes)


async def _envoyer(client: httpx.AsyncClient, un_cas: Any, token: str | None) -> bool:
    """Send one case; True when it was executed (the response has data)."""
    requete = un_cas.as_transport_kwargs(base_url="http://hub.test/graphql")
    headers = {"accept": "application/graphql-response+json", **(requete.get("headers") or {})}
    if token:
        headers["authorization"] = f"Bearer {token}"
    response = await client.request(
        requete["method"], requete["url"], json=requete.get("json"), headers=headers
    )
    assert response.status_code < 500, (un_cas.body, response.text)
    codes = {e.get("extensions", {}).get("code") for e in response.json().get("errors", [])}
    assert "INTERNAL" not in codes, (un_cas.body, response.text)
    return "data" in response.json()
