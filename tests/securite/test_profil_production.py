"""The production profile: no introspection nor schema for anonymous callers, no name suggestions."""

from __future__ import annotations

import re

import pytest
from starlette.routing import WebSocketRoute

from auth.principal import Principal
from hub.app import create_app
from hub.models.enums import Role
from hub.settings import Environment, Settings, SettingsError
from tests.securite.conftest import Base, Hub, code, poster, repond_normalement
from tests.tokens import token_for

PRODUCTION = {"graphql_introspection": False, "graphiql": False}
ANCT = Principal(role=Role.ANCT, subject="agent-anct")


PROD_ENVIRON = {
    "HUB_ENV": "prod",
    "HUB_GRAPHIQL": "false",
    "HUB_DATABASE_URL": "postgresql+asyncpg://hub_app@db/hub",
    "HUB_ISSUER": "https://hub.example.gouv.fr",
    "HUB_SIGNING_KEY_PATH": "/run/secrets/hub-signing-key.json",
    "HUB_PSEUDONYMISATION_KEY_PATH": "/run/secrets/hub-pseudonymisation-key",
}


def test_en_production_l_introspection_est_fermee_par_defaut() -> None:
    environ = PROD_ENVIRON
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


def test_un_profil_de_production_complet_demarre() -> None:
    settings = Settings.from_env(PROD_ENVIRON)
    assert settings.env is Environment.PROD
    loopback = Settings.from_env({**PROD_ENVIRON, "HUB_ISSUER": "http://127.0.0.1:8443"})
    assert loopback.issuer == "http://127.0.0.1:8443"  # a local prod-profile run, nothing leaves the host
    assert Settings.from_env({**PROD_ENVIRON, "HUB_ISSUER": "http://localhost:9000"}).env is Environment.PROD


@pytest.mark.parametrize(
    ("variable", "valeur", "attendu"),
    [
        ("HUB_ISSUER", "http://hub.example.gouv.fr", "HUB_ISSUER must be an https:// URL"),
        ("HUB_ISSUER", "http://10.0.0.8:8000", "HUB_ISSUER must be an https:// URL"),
        ("HUB_ISSUER", "ftp://hub.example.gouv.fr", "HUB_ISSUER must be an https:// URL"),
        ("HUB_ISSUER", "http://127.0.0.1.example.org", "HUB_ISSUER must be an https:// URL"),
        ("HUB_ISSUER", "http://127.0.0.1:8000", "HUB_ISSUER is the development default"),
        ("HUB_SIGNING_KEY_PATH", ".hub/signing-key.json", "HUB_SIGNING_KEY_PATH is the development default"),
        (
            "HUB_SIGNING_KEY_PATH",
            "./.hub/signing-key.json",
            "HUB_SIGNING_KEY_PATH is the development default",
        ),
        (
            "HUB_PSEUDONYMISATION_KEY_PATH",
            ".hub/pseudonymisation-key",
            "HUB_PSEUDONYMISATION_KEY_PATH is the development default",
        ),
        ("HUB_DATABASE_URL", "sqlite+aiosqlite:///./inclusion-hub-demo.db", "not the default or demo SQLite"),
        ("HUB_GRAPHIQL", "true", "HUB_GRAPHIQL must be false"),
    ],
)
def test_la_production_refuse_chaque_valeur_de_developpement(
    variable: str, valeur: str, attendu: str
) -> None:
    with pytest.raises(SettingsError, match=re.escape(attendu)) as refus:
        Settings.from_env({**PROD_ENVIRON, variable: valeur})
    assert "set" in str(refus.value)  # the message says what to set


@pytest.mark.parametrize(
    ("variable", "valeur"),
    [("HUB_PUBLIC_URL", "http://hub.example.gouv.fr"), ("HUB_OIDC_ISSUER", "http://proconnect.example.org")],
)
def test_la_production_refuse_une_connexion_en_clair(variable: str, valeur: str) -> None:
    client = {"HUB_OIDC_CLIENT_ID": "hub", "HUB_OIDC_CLIENT_SECRET": "s" * 32}
    with pytest.raises(SettingsError, match=re.escape(f"{variable} must be https://")) as refus:
        Settings.from_env({**PROD_ENVIRON, **client, variable: valeur})
    assert "set" in str(refus.value)
    # the same address over https starts; HUB_PUBLIC_URL left empty falls back to the checked HUB_ISSUER
    https = valeur.replace("http://", "https://")
    assert Settings.from_env({**PROD_ENVIRON, **client, variable: https}).env is Environment.PROD


@pytest.mark.parametrize("variable", ["HUB_SIGNING_KEY_PATH", "HUB_PSEUDONYMISATION_KEY_PATH", "HUB_ISSUER"])
def test_la_production_refuse_un_defaut_laisse_en_place(variable: str) -> None:
    environ = {k: v for k, v in PROD_ENVIRON.items() if k != variable}
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env(environ)
