"""The OAuth2 authorization server for partner tools: authlib's client-credentials grant, hub tokens.

authlib's server classes are synchronous and framework-neutral; `auth/token_endpoint.py` adapts them
to Starlette. The partner client is loaded from the database *before* authlib runs (asynchronously),
so `query_client` only looks it up in the request's small mapping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from authlib.oauth2.rfc6749 import (
    AuthorizationServer,
    ClientMixin,
    InvalidClientError,
    InvalidScopeError,
    OAuth2Error,
    OAuth2Request,
)
from authlib.oauth2.rfc6749.grants import ClientCredentialsGrant
from authlib.oauth2.rfc6749.util import scope_to_list
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry
from starlette.responses import JSONResponse

from auth.claims import SCOPES
from auth.clients import verify_secret
from auth.keys import HubKeys
from auth.principal import Principal
from auth.tokens import issue_access_token
from hub.models import ClientPartenaire
from hub.models.enums import Role
from hub.settings import Settings

logger = logging.getLogger("hub.auth.oauth")

GRANT_TYPE = "client_credentials"
CLIENT_SECRET_BASIC = "client_secret_basic"  # noqa: S105 - a method name, not a secret
PRIVATE_KEY_JWT = "private_key_jwt"
AUTH_METHODS = [CLIENT_SECRET_BASIC, PRIVATE_KEY_JWT]
# Algorithms a partner may sign its client assertion with (never `none`, never HMAC).
ASSERTION_ALGORITHMS = ["ES256", "RS256", "PS256"]
# A client assertion may live at most this long: it bounds the replay cache (auth/rejeux.py).
MAX_ASSERTION_LIFETIME = 300


def token_endpoint_url(settings: Settings) -> str:
    return f"{settings.issuer.rstrip('/')}/oauth/token"


@dataclass(frozen=True)
class HubClient(ClientMixin):  # type: ignore[misc]  # authlib is untyped
    """A usable partner client as authlib sees it (a snapshot, no database session attached)."""

    client_id: str
    secret_hash: str | None
    jwks: dict[str, Any] | None
    scopes: frozenset[str]

    @classmethod
    def of(cls, row: ClientPartenaire) -> HubClient:
        return cls(row.client_id, row.secret_hash, row.jwks, frozenset(row.scopes) & SCOPES.keys())

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        """Requested ∩ allowed; every allowed scope when none is requested."""
        requested = set(scope_to_list(scope) or self.scopes)
        return " ".join(sorted(requested & self.scopes))

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return verify_secret(client_secret, self.secret_hash)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if method == CLIENT_SECRET_BASIC:
            return self.secret_hash is not None
        return method == PRIVATE_KEY_JWT and bool(self.jwks)

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == GRANT_TYPE


class HubClientCredentialsGrant(ClientCredentialsGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS

    def validate_token_request(self) -> None:
        super().validate_token_request()  # authenticates the client, refuses unknown scopes
        if not self.request.client.get_allowed_scope(self.request.payload.scope):
            raise InvalidScopeError("None of the requested scopes is allowed for this client.")


@dataclass(frozen=True)
class AssertionUtilisee:
    """The use of a client assertion the token endpoint must still record (auth/rejeux.py)."""

    cle: str  # "<client_id>:<jti>"
    expire_le: datetime  # its `exp` plus the leeway: until then, the same assertion is a replay


class PrivateKeyJwt(JWTBearerClientAssertion):  # type: ignore[misc]
    """private_key_jwt: the client signs an assertion with a key whose public part it registered."""

    CLIENT_AUTH_METHOD = PRIVATE_KEY_JWT

    def __init__(self, audiences: list[str], leeway: int) -> None:
        super().__init__(validate_jti=True, leeway=leeway)
        self._audiences = audiences
        # authlib runs in a worker thread and the replay cache is in the database: validate_jti only
        # notes the assertion, which the token endpoint records (asynchronously) before answering.
        self.assertion: AssertionUtilisee | None = None

    def get_audiences(self) -> list[str]:
        return self._audiences

    def resolve_client_public_key(self, client: HubClient) -> KeySet:
        try:
            return KeySet.import_key_set(client.jwks)  # type: ignore[arg-type]
        except (JoseError, ValueError, TypeError, KeyError):
            raise InvalidClientError(description="The client has no usable public key.") from None

    def process_assertion_claims(self, assertion: str, resolve_key: Any) -> dict[str, Any]:
        # authlib's default accepts any recommended algorithm; the hub pins asymmetric ones.
        registry = JWSRegistry(algorithms=ASSERTION_ALGORITHMS)
        try:
            token = jwt.decode(assertion, resolve_key, algorithms=ASSERTION_ALGORITHMS, registry=registry)
        except JoseError as error:
            raise InvalidClientError(description="Invalid client assertion.") from error
        self.verify_claims(token.claims)
        return token.claims

    def verify_claims(self, claims: dict[str, Any]) -> None:
        super().verify_claims(claims)
        if claims["exp"] > time.time() + MAX_ASSERTION_LIFETIME + self.leeway:
            raise InvalidClientError(description="The client assertion lives too long (max 300 s).")

    def validate_jti(self, claims: dict[str, Any], jti: Any) -> bool:
        if not isinstance(jti, str) or not jti:
            return False
        expire_le = datetime.fromtimestamp(float(claims["exp"]) + self.leeway, UTC)
        self.assertion = AssertionUtilisee(f"{claims['sub']}:{jti}", expire_le)
        return True


class HubAuthorizationServer(AuthorizationServer):  # type: ignore[misc]
    """One token request's server: its only known client is the one loaded for this request."""

    def __init__(self, settings: Settings, keys: HubKeys, clients: Mapping[str, HubClient]) -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self._settings = settings
        self._keys = keys
        self._clients = clients
        self.register_token_generator("default", self._generate_token)
        self.register_grant(HubClientCredentialsGrant)
        audiences = [token_endpoint_url(settings), settings.issuer]
        self._private_key_jwt = PrivateKeyJwt(audiences, settings.token_leeway_seconds)
        self.register_client_auth_method(PRIVATE_KEY_JWT, self._private_key_jwt)

    @property
    def assertion(self) -> AssertionUtilisee | None:
        """The client assertion this request authenticated with, if any (to record as used)."""
        return self._private_key_jwt.assertion

    def refuser_le_rejeu(self, request: OAuth2Request) -> JSONResponse:
        """The answer to an assertion already used: the same `invalid_client` as every refusal."""
        return self.handle_error_response(request, InvalidClientError(description="JWT ID is used before."))

    def query_client(self, client_id: str) -> HubClient | None:
        return self._clients.get(client_id)

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        # Hub tokens are self-contained JWTs: nothing to store.
        return None

    def create_oauth2_request(self, request: OAuth2Request) -> OAuth2Request:
        return request

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> JSONResponse:
        return JSONResponse(body, status_code=status, headers=dict(headers))

    def handle_error_response(self, request: OAuth2Request, error: OAuth2Error) -> JSONResponse:
        if isinstance(error, InvalidClientError):
            # RFC 6749 §5.2: 401 when the client tried to authenticate; the hub answers 401 always,
            # with one description, so the answer does not tell an unknown client from a bad secret.
            logger.info("client authentication failed: %s", error.description)
            error.status_code = 401
            error.description = "Client authentication failed."
        response: JSONResponse = super().handle_error_response(request, error)
        return response

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None

    def _generate_token(
        self,
        grant_type: str,
        client: HubClient,
        user: Any = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = False,
    ) -> dict[str, Any]:
        granted = client.get_allowed_scope(scope)
        principal = Principal(
            role=Role.PARTENAIRE,
            subject=client.client_id,
            scopes=frozenset(granted.split()),
            client_id=client.client_id,
        )
        return {
            "access_token": issue_access_token(self._settings, principal, keys=self._keys),
            "token_type": "Bearer",
            "expires_in": self._settings.access_token_ttl_seconds,
            "scope": granted,
        }
