"""Public discovery documents: the JWKS (RFC 7517) and the authorization server metadata (RFC 8414)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from auth.claims import SCOPES
from auth.keys import ALGORITHM, HubKeys
from auth.oauth_server import (
    ASSERTION_ALGORITHMS,
    CODE_AUTH_METHODS,
    GRANT_TYPES,
    authorization_endpoint_url,
    revocation_endpoint_url,
    token_endpoint_url,
)
from hub.settings import Settings

JWKS_PATH = "/.well-known/jwks.json"
METADATA_PATH = "/.well-known/oauth-authorization-server"
# Verifiers may cache the keys a while; a rotation keeps the previous key published meanwhile.
_CACHE = {"Cache-Control": "public, max-age=300"}


def authorization_server_metadata(settings: Settings) -> dict[str, Any]:
    issuer = settings.issuer.rstrip("/")
    return {
        "issuer": settings.issuer,
        "token_endpoint": token_endpoint_url(settings),
        # ANCT's own tools: authorization code with PKCE (S256, required), rotating refresh tokens.
        "authorization_endpoint": authorization_endpoint_url(settings),
        "revocation_endpoint": revocation_endpoint_url(settings),
        "revocation_endpoint_auth_methods_supported": CODE_AUTH_METHODS,
        "jwks_uri": f"{issuer}{JWKS_PATH}",
        "grant_types_supported": GRANT_TYPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": CODE_AUTH_METHODS,
        "token_endpoint_auth_signing_alg_values_supported": ASSERTION_ALGORITHMS,
        "scopes_supported": list(SCOPES),
        "service_documentation": f"{issuer}/schema.graphql",
        # Not registered in RFC 8414: the algorithm of the access tokens the hub issues.
        "access_token_signing_alg_values_supported": [ALGORITHM],
    }


class DiscoveryEndpoints:
    def __init__(self, settings: Settings, keys: HubKeys) -> None:
        self._metadata = authorization_server_metadata(settings)
        self._jwks = keys.public_jwks()

    async def jwks(self, request: Request) -> JSONResponse:
        return JSONResponse(self._jwks, headers=_CACHE, media_type="application/jwk-set+json")

    async def metadata(self, request: Request) -> JSONResponse:
        return JSONResponse(self._metadata, headers=_CACHE)
