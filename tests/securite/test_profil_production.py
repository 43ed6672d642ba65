"""The production profile: no introspection nor schema for anonymous callers, no name suggestions."""

from __future__ import annotations

import pytest
from starlette.routing import WebSocketRoute

from auth.principal import Principal
from hub.app import create_app
from hub.models.enums import Role
from hub.settings import Environment, Settings
from tests.securite.conftest import Base, Hub, code, poster, repond_normalement
from tests.tokens import token_for

PRODUCTION = {"graphql_introspection": False, "graphiql": False}
ANCT = Principal(role=Role.ANCT, subject="agent-anct")


def test_en_production_l_introspection_est_fermee_par_defaut() -> None:
    environ = {"HUB_ENV": "prod", "HUB_GRAPHIQL": "false", "HUB_DATABASE_URL": "postgresql+asyncpg://h/hub"}
    assert Settings.from_env(environ).graphql_introspection is False
    assert Settings.from_env({**environ, "HUB_GRAPHQL_INTROSPECTION": "true"}).graphql_introspection is True
    assert Settings.from_env({}, env=Environment.TEST).graphql_introspection is True


@pytest.mark.parametrize(
    "requete",
    [
        "{ __schema { types { name } } }",
        '{ __type(name: "Structure") { fields { name } } }',
        "query { ...F } fragment F on Query { __schema { queryType { name } } }",
    ],
)
async def test_un_anonyme_ne_peut_pas_introspecter_en_production(hub: Hub, requete: str) -> None:
    async with hub(**PRODUCTION) as client:
        response = await poster(client, requete, accept="application/graphql-response+json")
        assert response.status_code == 403
        assert code(response) == "FORBIDDEN"
        await repond_normalement(client)


async def test_un_appel_authentifie_peut_introspecter_en_production(hub: Hub, base_securite: Base) -> None:
    async with hub(**PRODUCTION) as client:
        token = token_for(base_securite.settings, ANCT)
        response = await poster(client, "{ __schema { queryType { name } } }", token=token)
        assert response.json() == {
            "data": {"__schema": {"queryType": {"name": "Query"}}},
            "extensions": response.json()["extensions"],
        }


async def test_typename_reste_permis_aux_anonymes(hub: Hub) -> None:
    async with hub(**PRODUCTION) as client:
        response = await poster(client, "{ __typename }")
        assert response.json()["data"] == {"__typename": "Query"}


async def test_le_sdl_n_est_pas_servi_aux_anonymes_en_production(hub: Hub, base_securite: Base) -> None:
    async with hub(**PRODUCTION) as client:
        assert (await client.get("/schema.graphql")).status_code == 404
        token = token_for(base_securite.settings, ANCT)
        servi = await client.get("/schema.graphql", headers={"authorization": f"Bearer {token}"})
        assert servi.status_code == 200
        assert "type Query" in servi.text


@pytest.mark.parametrize(
    ("requete", "indice"),
    [
        ("{ structure { id } }", "structures"),  # a field one letter away
        ("{ regions { cod } }", "code"),
        ("{ structures(first: 1, filtr: {}) { nodes { id } } }", "filtre"),  # an argument
        ("{ structures(first: 1, tri: NON) { nodes { id } } }", "NOM"),  # an enum value
        (
            "query($f: StructureFiltr) { structures(first: 1, filtre: $f) { nodes { id } } }",
            "StructureFiltre",
        ),
    ],
)
async def test_aucune_suggestion_de_nom_n_est_donnee(hub: Hub, requete: str, indice: str) -> None:
    async with hub(**PRODUCTION) as client:
        response = await poster(client, requete)
        messages = " ".join(e["message"] for e in response.json()["errors"])
        assert "Did you mean" not in messages
        assert indice not in messages.replace(f"'{indice}'", "")  # never offered as a hint
        await repond_normalement(client)


def test_sans_abonnements_configures_aucune_route_websocket(base_securite: Base) -> None:
    def websockets(settings: Settings) -> list[str]:
        app = create_app(settings, base_securite.database)
        return [route.path for route in app.routes if isinstance(route, WebSocketRoute)]

    assert websockets(base_securite.settings) == []
    assert websockets(base_securite.settings.with_(graphql_subscriptions=True)) == ["/graphql"]
