"""Hub access tokens: ES256 JWTs (typ at+jwt, RFC 9068) issued and verified by the hub alone."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from joserfc import jws, jwt
from joserfc.errors import (
    ExpiredTokenError,
    InvalidClaimError,
    InvalidKeyIdError,
    JoseError,
    MissingClaimError,
)
from joserfc.jws import JWSRegistry, extract_compact

from auth.claims import InvalidClaimsError, check_principal, claims_for, principal_from_claims
from auth.keys import ALGORITHM, HubKeys, load_keys
from auth.principal import Principal
from hub.memoire import Memoire
from hub.settings import Settings

TOKEN_TYPE = "at+jwt"  # noqa: S105 - a JOSE media type, not a secret
# RFC 9068 §4: the type may also be written with its media-type prefix; compared case-insensitively.
_ACCEPTED_TYPES = frozenset({TOKEN_TYPE, f"application/{TOKEN_TYPE}"})
# A bearer token larger than this is refused before any parsing (headers are attacker-controlled).
MAX_TOKEN_LENGTH = 8192
# The one algorithm the hub signs with and accepts: never `none`, never HMAC with a public key.
_REGISTRY = JWSRegistry(algorithms=[ALGORITHM])


class InvalidTokenError(Exception):
    """The bearer token is refused. `message` is French and safe to return to the caller."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def issue_access_token(
    settings: Settings,
    principal: Principal,
    *,
    now: datetime | None = None,
    ttl_seconds: int | None = None,
    keys: HubKeys | None = None,
) -> str:
    """A signed access token for `principal`, valid `ttl_seconds` (default: the settings' lifetime)."""
    check_principal(principal)
    keys = keys or load_keys(settings)
    issued_at = int((now or datetime.now(UTC)).timestamp())
    lifetime = settings.access_token_ttl_seconds if ttl_seconds is None else ttl_seconds
    if lifetime < 1:
        raise ValueError("a token lifetime is at least one second")
    claims: dict[str, Any] = {
        "iss": settings.issuer,
        "aud": settings.audience,
        "iat": issued_at,
        "nbf": issued_at,
        "exp": issued_at + lifetime,
        "jti": uuid.uuid4().hex,
        **claims_for(principal),
    }
    header = {"alg": ALGORITHM, "typ": TOKEN_TYPE, "kid": keys.kid}
    return jwt.encode(header, claims, keys.signing_key, algorithms=[ALGORITHM], registry=_REGISTRY)


def verify_access_token(
    settings: Settings, token: str, *, now: datetime | None = None, keys: HubKeys | None = None
) -> Principal:
    """The Principal of a token the hub signed, or InvalidTokenError. Every check below is required."""
    return _verifier(settings, token, now, keys)[0]


class JetonsVerifies:
    """`verify_access_token` for one process's requests, each token verified once until it expires.

    A partner or a dashboard sends the same token on every request for its lifetime, and checking
    its ES256 signature costs ~0.35 ms, a few percent of a list request. The verification depends on
    nothing but the token, the hub's keys (fixed for the life of this object) and the clock, so
    the principal of a valid token is kept with its `exp` and the token is accepted again without
    parsing while `exp` has not passed: exactly the instants `verify_access_token` accepts (same
    leeway). Once past, the token is verified again and refused as expired. Refused tokens are not
    kept (each is checked in full every time). At most `taille` tokens are kept; the table is emptied
    when full."""

    def __init__(
        self,
        settings: Settings,
        keys: HubKeys,
        *,
        taille: int = 1024,
        horloge: Callable[[], float] = time.time,
    ) -> None:
        self._settings = settings
        self._keys = keys
        self._horloge = horloge
        self._valides: Memoire[str, tuple[Principal, int]] = Memoire(taille)

    def principal(self, token: str) -> Principal:
        maintenant = self._horloge()
        principal, expiration = self._valides.obtenir(token, lambda: self._verifier(token, maintenant))
        if expiration <= int(maintenant) - self._settings.token_leeway_seconds:
            return self._verifier(token, maintenant)[0]  # raises InvalidTokenError("jeton expiré")
        return principal

    def __len__(self) -> int:
        return len(self._valides)

    def _verifier(self, token: str, maintenant: float) -> tuple[Principal, int]:
        return _verifier(self._settings, token, datetime.fromtimestamp(maintenant, UTC), self._keys)


def _verifier(
    settings: Settings, token: str, now: datetime | None, keys: HubKeys | None
) -> tuple[Principal, int]:
    """The Principal of a valid token and its expiry (`exp`, seconds since the epoch)."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidTokenError("jeton d'accès mal formé")
    keys = keys or load_keys(settings)
    try:
        parsed = extract_compact(token.encode("ascii"))
    except (JoseError, ValueError, TypeError, UnicodeError):
        raise InvalidTokenError("jeton d'accès mal formé") from None
    header = _checked_header(dict(parsed.protected))
    try:
        key = keys.verification_keys.get_by_kid(header["kid"])
    except InvalidKeyIdError:
        raise InvalidTokenError("jeton signé par une clé inconnue (kid)") from None
    try:
        # The key is chosen by kid from the hub's own set and the algorithm list is pinned, so an
        # attacker cannot pick the key (jku/jwk/x5u headers are ignored) nor the algorithm.
        valid = jws.validate_compact(parsed, key, algorithms=[ALGORITHM], registry=_REGISTRY)
        claims = json.loads(parsed.payload) if valid else None
    except (JoseError, ValueError, TypeError, KeyError):
        raise InvalidTokenError("jeton d'accès mal formé") from None
    if not valid:
        raise InvalidTokenError("signature du jeton invalide")
    if not isinstance(claims, dict):
        raise InvalidTokenError("jeton d'accès mal formé")
    _check_registered_claims(settings, claims, now)
    try:
        return principal_from_claims(claims), int(claims["exp"])
    except InvalidClaimsError as error:
        raise InvalidTokenError(f"jeton refusé : {error}") from None


def _checked_header(header: dict[str, Any]) -> dict[str, Any]:
    """The protected header, checked before the signature: ES256, typ at+jwt, a kid, nothing critical."""
    if header.get("alg") != ALGORITHM:
        raise InvalidTokenError(f"algorithme de signature refusé (seul {ALGORITHM} est accepté)")
    typ = header.get("typ")
    if not isinstance(typ, str) or typ.lower() not in _ACCEPTED_TYPES:
        raise InvalidTokenError("ce n'est pas un jeton d'accès de l'Inclusion Hub (typ at+jwt attendu)")
    if not isinstance(header.get("kid"), str) or not header["kid"]:
        raise InvalidTokenError("le jeton n'indique pas sa clé de signature (kid)")
    if "crit" in header:
        raise InvalidTokenError("en-tête crit non pris en charge")
    return header


def _check_registered_claims(settings: Settings, claims: dict[str, Any], now: datetime | None) -> None:
    registry = jwt.JWTClaimsRegistry(
        now=int((now or datetime.now(UTC)).timestamp()),
        leeway=settings.token_leeway_seconds,
        iss={"essential": True, "value": settings.issuer},
        aud={"essential": True, "value": settings.audience},
        exp={"essential": True},
        iat={"essential": True},
        sub={"essential": True},
        jti={"essential": True},
    )
    try:
        registry.validate(claims)
    except ExpiredTokenError:
        raise InvalidTokenError("jeton expiré") from None
    except MissingClaimError as error:
        raise InvalidTokenError(f"revendications obligatoires absentes : {error.claim}") from None
    except InvalidClaimError as error:
        raise InvalidTokenError(_claim_message(error)) from None
    except (JoseError, ValueError, TypeError):
        raise InvalidTokenError("jeton d'accès mal formé") from None


def _claim_message(error: InvalidClaimError) -> str:
    messages = {
        "iss": "émetteur du jeton inconnu (iss)",
        "aud": "ce jeton n'est pas destiné à l'Inclusion Hub (aud)",
        "nbf": "jeton pas encore valide (nbf)",
        "iat": "jeton émis dans le futur (iat)",
        "exp": "date d'expiration invalide (exp)",
    }
    return messages.get(error.claim, "revendication invalide dans le jeton")
