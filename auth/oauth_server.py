"""The hub's OAuth2 authorization server (authlib): hub access tokens for two kinds of clients.

- partner tools: the client-credentials grant, a token of role `partenaire` with the client's scopes;
- ANCT's own tools (a BI tool, a front): the authorization code grant with PKCE (S256, required) and
  rotating refresh tokens, a token of the *person* who consented, with their role and territory
  (`client_id` names the tool).

authlib's server classes are synchronous and framework-neutral; `auth/token_endpoint.py` and
`hub/web/autorisation.py` adapt them to Starlette. What authlib asks for (the client, the code or
refresh token, the person's principal) is loaded from the database *before* it runs, asynchronously,
into `Prechargement`; what it decides to store or consume is noted in `Issue` and written afterwards
(auth/autorisations_oauth.py), with one conditional UPDATE that lets only one of two racing requests
win.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from authlib.oauth2.rfc6749 import (
    AuthorizationServer,
    ClientMixin,
    InvalidClientError,
    InvalidScopeError,
    OAuth2Error,
    OAuth2Payload,
    OAuth2Request,
)
from authlib.oauth2.rfc6749.errors import InvalidGrantError, InvalidRequestError
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant, ClientCredentialsGrant, RefreshTokenGrant
from authlib.oauth2.rfc6749.util import scope_to_list
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from authlib.oauth2.rfc7636 import CodeChallenge
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry
from starlette.responses import JSONResponse, Response

from auth.autorisations_oauth import CodeAutorisation, JetonRafraichissement, empreinte, nouveau_secret
from auth.claims import SCOPES
from auth.clients import verify_secret
from auth.keys import HubKeys
from auth.principal import Principal
from auth.tokens import issue_access_token
from hub.models import ClientPartenaire
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.settings import Settings

logger = logging.getLogger("hub.auth.oauth")

GRANT_TYPE = "client_credentials"
CODE = "authorization_code"
REFRESH = "refresh_token"
GRANT_TYPES = [GRANT_TYPE, CODE, REFRESH]
CLIENT_SECRET_BASIC = "client_secret_basic"  # noqa: S105 - a method name, not a secret
PRIVATE_KEY_JWT = "private_key_jwt"
AUCUNE = "none"  # a public client: no authentication, PKCE binds its code
AUTH_METHODS = [CLIENT_SECRET_BASIC, PRIVATE_KEY_JWT]
CODE_AUTH_METHODS = [CLIENT_SECRET_BASIC, PRIVATE_KEY_JWT, AUCUNE]
# Algorithms a partner may sign its client assertion with (never `none`, never HMAC).
ASSERTION_ALGORITHMS = ["ES256", "RS256", "PS256"]
# A client assertion may live at most this long: it bounds the replay cache (auth/rejeux.py).
MAX_ASSERTION_LIFETIME = 300


def token_endpoint_url(settings: Settings) -> str:
    return f"{settings.issuer.rstrip('/')}/oauth/token"


def revocation_endpoint_url(settings: Settings) -> str:
    return f"{settings.issuer.rstrip('/')}/oauth/revoke"


def authorization_endpoint_url(settings: Settings) -> str:
    # Reached by people's browsers: the hub's public address (HUB_PUBLIC_URL, else HUB_ISSUER).
    return f"{settings.public_url_effective}/oauth/authorize"


@dataclass(frozen=True)
class HubClient(ClientMixin):  # type: ignore[misc]  # authlib is untyped
    """A usable client as authlib sees it (a snapshot, no database session attached)."""

    client_id: str
    secret_hash: str | None
    jwks: dict[str, Any] | None
    scopes: frozenset[str]
    nom: str = ""
    grant_types: frozenset[str] = frozenset({GRANT_TYPE})
    redirect_uris: tuple[str, ...] = ()
    public: bool = False

    @classmethod
    def of(cls, row: ClientPartenaire) -> HubClient:
        return cls(
            row.client_id,
            row.secret_hash,
            row.jwks,
            frozenset(row.scopes) & SCOPES.keys(),
            nom=row.nom,
            grant_types=frozenset(row.grant_types or [GRANT_TYPE]) & set(GRANT_TYPES),
            redirect_uris=tuple(row.redirect_uris or ()),
            public=row.public,
        )

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None  # the authorization request always names its redirect URI (exact match)

    def get_allowed_scope(self, scope: str | None) -> str:
        """Requested ∩ allowed; every allowed scope when none is requested."""
        requested = set(scope_to_list(scope) or self.scopes)
        return " ".join(sorted(requested & self.scopes))

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return verify_secret(client_secret, self.secret_hash)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.public:
            return method == AUCUNE
        if method == CLIENT_SECRET_BASIC:
            return self.secret_hash is not None
        return method == PRIVATE_KEY_JWT and bool(self.jwks)

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and CODE in self.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


@dataclass
class Prechargement:
    """What authlib will ask for, loaded beforehand: the code or refresh token presented, and the
    principal of the person it is for (habilitation read again now; None: none usable any more)."""

    code: CodeAutorisation | None = None
    jeton: JetonRafraichissement | None = None
    personne: Principal | None = None


@dataclass
class Issue:
    """What authlib decided, to write once it has answered."""

    code_emis: str | None = None  # a new authorization code (authorize endpoint)
    code_consomme: CodeAutorisation | None = None
    code_rejoue: CodeAutorisation | None = None
    jeton_consomme: JetonRafraichissement | None = None
    jeton_rejoue: JetonRafraichissement | None = None
    rafraichissement_emis: str | None = None
    famille_revoquee: str | None = None  # a refresh token the tool itself revoked (RFC 7009)
    notes: list[str] = field(default_factory=list)


class CodeChallengeS256(CodeChallenge):  # type: ignore[misc]
    """PKCE, required of every client, S256 only (`plain` and an absent method are refused)."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012 - authlib reads this class attribute
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge") or data.get("code_challenge_method") != "S256":
            raise InvalidRequestError(
                "PKCE is required: code_challenge with code_challenge_method=S256.", redirect_uri=redirect_uri
            )
        super().validate_code_challenge(grant, redirect_uri)

    def get_authorization_code_challenge(self, authorization_code: CodeAutorisation) -> str:
        return authorization_code.code_challenge

    def get_authorization_code_challenge_method(self, authorization_code: CodeAutorisation) -> str:
        return "S256"


class HubAuthorizationCodeGrant(AuthorizationCodeGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = CODE_AUTH_METHODS

    def generate_authorization_code(self) -> str:
        return nouveau_secret()

    def save_authorization_code(self, code: str, request: OAuth2Request) -> None:
        self.server.issue.code_emis = code

    def query_authorization_code(self, code: str, client: HubClient) -> CodeAutorisation | None:
        charge: CodeAutorisation | None = self.server.prechargement.code
        if charge is None or charge.cle != empreinte(code) or charge.client_id != client.client_id:
            return None
        if charge.utilise:
            self.server.issue.code_rejoue = charge
            return None
        return charge if utcnow() < charge.expire_le else None

    def delete_authorization_code(self, authorization_code: CodeAutorisation) -> None:
        self.server.issue.code_consomme = authorization_code

    def authenticate_user(self, authorization_code: CodeAutorisation) -> Principal | None:
        personne: Principal | None = self.server.prechargement.personne
        return personne


class HubRefreshTokenGrant(RefreshTokenGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = CODE_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotation: every use gives a new one and spends the old

    def authenticate_refresh_token(self, refresh_token: str) -> JetonRafraichissement | None:
        charge: JetonRafraichissement | None = self.server.prechargement.jeton
        if charge is None or charge.cle != empreinte(refresh_token):
            return None
        if charge.utilise and not charge.revoque:
            self.server.issue.jeton_rejoue = charge
            return None
        if not charge.vivant(utcnow()) or self.server.prechargement.personne is None:
            return None  # expired, revoked, or the habilitation is gone: invalid_grant
        return charge

    def authenticate_user(self, refresh_token: JetonRafraichissement) -> Principal | None:
        personne: Principal | None = self.server.prechargement.personne
        return personne

    def revoke_old_credential(self, refresh_token: JetonRafraichissement) -> None:
        self.server.issue.jeton_consomme = refresh_token


class ChargeUtile(OAuth2Payload):  # type: ignore[misc]  # authlib is untyped
    """The parameters of a request (a form, or an authorization request's query), one value each."""

    def __init__(self, form: dict[str, str]) -> None:
        self._form = form

    @property
    def data(self) -> dict[str, str]:
        return self._form

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return defaultdict(list, {key: [value] for key, value in self._form.items()})


class HubClientCredentialsGrant(ClientCredentialsGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS

    def validate_token_request(self) -> None:
        super().validate_token_request()  # authenticates the client, refuses unknown scopes
        if not self.request.client.get_allowed_scope(self.request.payload.scope):
            raise InvalidScopeError("None of the requested scopes is allowed for this client.")


class HubRevocationEndpoint(RevocationEndpoint):  # type: ignore[misc]
    """POST /oauth/revoke (RFC 7009): a tool revokes its refresh token (at sign-out), and with it the
    family. Access tokens are self-contained and live 15 minutes: revoking one answers 200 and does
    nothing, as RFC 7009 §2.2 allows for tokens the server cannot revoke."""

    CLIENT_AUTH_METHODS = CODE_AUTH_METHODS
    SUPPORTED_TOKEN_TYPES = ("refresh_token", "access_token")

    def query_token(self, token_string: str, token_type_hint: str | None) -> JetonRafraichissement | None:
        charge: JetonRafraichissement | None = self.server.prechargement.jeton
        if charge is None or charge.cle != empreinte(token_string):
            return None
        return charge

    def revoke_token(self, token: JetonRafraichissement, request: OAuth2Request) -> None:
        self.server.issue.famille_revoquee = token.famille


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

    def __init__(
        self,
        settings: Settings,
        keys: HubKeys,
        clients: Mapping[str, HubClient],
        prechargement: Prechargement | None = None,
    ) -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self._settings = settings
        self._keys = keys
        self._clients = clients
        self.prechargement = prechargement or Prechargement()
        self.issue = Issue()
        self.register_token_generator("default", self._generate_token)
        self.register_grant(HubClientCredentialsGrant)
        self.register_grant(HubAuthorizationCodeGrant, [CodeChallengeS256(required=True)])
        self.register_grant(HubRefreshTokenGrant)
        self.register_endpoint(HubRevocationEndpoint)
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

    def refuser_l_octroi(self, request: OAuth2Request) -> JSONResponse:
        """invalid_grant: the code or refresh token was used by another request first."""
        return self.handle_error_response(request, InvalidGrantError())

    def query_client(self, client_id: str) -> HubClient | None:
        return self._clients.get(client_id)

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        # Access tokens are self-contained JWTs: nothing to store. A refresh token is stored by the
        # endpoint once authlib has answered (auth/autorisations_oauth.py).
        self.issue.rafraichissement_emis = token.get("refresh_token")

    def create_oauth2_request(self, request: OAuth2Request) -> OAuth2Request:
        return request

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> Response:
        if status == 302:  # the authorization endpoint sends the browser back to the tool
            return Response(status_code=302, headers=dict(headers))
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
        if isinstance(user, Principal):
            # A person, through one of ANCT's tools: their own role and territory, the tool named.
            token = {
                "access_token": issue_access_token(
                    self._settings, replace(user, client_id=client.client_id), keys=self._keys
                ),
                "token_type": "Bearer",
                "expires_in": self._settings.access_token_ttl_seconds,
            }
            if include_refresh_token:
                token["refresh_token"] = nouveau_secret()
            return token
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
