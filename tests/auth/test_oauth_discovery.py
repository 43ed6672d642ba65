"""Discovery documents: the JWKS verifies the hub's tokens; the metadata describes the token endpoint."""

from __future__ import annotations

import httpx
from joserfc import jwt
from joserfc.jwk import KeySet

from auth.principal import Principal
from hub.models.enums import Role
from hub.settings import Settings
from tests.tokens import token_for


async def test_le_jwks_publie_la_cle_publique_qui_verifie_les_jetons(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    response = await client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/jwk-set+json")
    document = response.json()
    [key] = document["keys"]
    assert key["kty"] == "EC"
    assert key["crv"] == "P-256"
    assert key["alg"] == "ES256"
    assert "d" not in key
    # An outside verifier, given only the published JWKS, accepts a hub token.
    token = token_for(settings, Principal(role=Role.ANCT, subject="a"))
    decoded = jwt.decode(token, KeySet.import_key_set(document), algorithms=["ES256"])
    assert decoded.header["kid"] == key["kid"]
    assert decoded.claims["role"] == "anct"


async def test_les_metadonnees_rfc8414_decrivent_le_serveur(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    response = await client.get("/.well-known/oauth-authorization-server")
    assert response.status_code == 200
    metadata = response.json()
    issuer = settings.issuer.rstrip("/")
    assert metadata["issuer"] == settings.issuer
    assert metadata["token_endpoint"] == f"{issuer}/oauth/token"
    assert metadata["jwks_uri"] == f"{issuer}/.well-known/jwks.json"
    assert metadata["grant_types_supported"] == ["client_credentials", "authorization_code", "refresh_token"]
    assert metadata["authorization_endpoint"] == f"{issuer}/oauth/authorize"
    assert metadata["revocation_endpoint"] == f"{issuer}/oauth/revoke"
    assert metadata["response_types_supported"] == ["code"]
    assert metadata["code_challenge_methods_supported"] == ["S256"]  # never "plain"
    # "none": public clients of the code grant only (PKCE binds their code).
    assert metadata["token_endpoint_auth_methods_supported"] == [
        "client_secret_basic",
        "private_key_jwt",
        "none",
    ]
    assert "ES256" in metadata["token_endpoint_auth_signing_alg_values_supported"]
    assert "none" not in metadata["token_endpoint_auth_signing_alg_values_supported"]
    assert not any(
        alg.startswith("HS") for alg in metadata["token_endpoint_auth_signing_alg_values_supported"]
    )
    assert sorted(metadata["scopes_supported"]) == ["lieux:read", "stats:read", "structures:read"]


async def test_le_point_de_jeton_refuse_get(client: httpx.AsyncClient) -> None:
    assert (await client.get("/oauth/token")).status_code == 405
