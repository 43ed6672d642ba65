"""OAuth2 clients: partner tools (client credentials) and ANCT's own tools (authorization code with
PKCE, public or confidential). Secrets hashed with scrypt; creation and disabling, journaled."""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.claims import SCOPES
from hub.models import ClientPartenaire, Journal
from hub.models.base import utcnow
from hub.models.enums import Role

# scrypt cost: 16 MiB of memory and ~50 ms per check, so a leaked table resists offline guessing.
# Stored with the hash, so raising them later keeps old secrets verifiable.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_SCRYPT_MAX_N = 2**20
_SALT_BYTES, _HASH_BYTES = 16, 32
CLIENT_ID_PREFIX = "hubcli_"
GRANTS = ("client_credentials", "authorization_code")


class ClientError(ValueError):
    """A client cannot be created or changed as asked; the message says why."""


@dataclass(frozen=True)
class ClientCree:
    """A newly created client. `secret` exists only here: it is shown once, then only its hash is kept."""

    client_id: str
    secret: str | None  # None: a public client, which holds no secret
    nom: str
    scopes: tuple[str, ...]
    valide_au: datetime | None
    grant_types: tuple[str, ...] = ("client_credentials",)
    redirect_uris: tuple[str, ...] = ()


def hash_secret(secret: str) -> str:
    """`scrypt$n$r$p$salt$hash` (base64url), the only form in which a secret is stored."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(secret, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_secret(secret: str, stored: str | None) -> bool:
    """Whether `secret` matches `stored`, compared in constant time; malformed hashes never match."""
    if stored is None:
        # Same work as a real check, so the answer time does not tell which clients have a secret.
        _scrypt(secret, b"\0" * _SALT_BYTES, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
        return False
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt" or not 2 <= int(n) <= _SCRYPT_MAX_N:
            return False
        digest = _scrypt(secret, _unb64(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(digest, _unb64(expected))


def burn_secret_check(secret: str) -> None:
    """Spend the time of one secret check (used when the client id is unknown)."""
    verify_secret(secret, None)


def is_usable(client: ClientPartenaire, now: datetime) -> bool:
    """Active and inside its validity window: only such a client may obtain tokens."""
    if not client.actif:
        return False
    if client.valide_du is not None and now < client.valide_du:
        return False
    return client.valide_au is None or now < client.valide_au


async def find_client(session: AsyncSession, client_id: str) -> ClientPartenaire | None:
    result = await session.execute(select(ClientPartenaire).where(ClientPartenaire.client_id == client_id))
    return result.scalar_one_or_none()


async def creer_client(
    session: AsyncSession,
    *,
    nom: str,
    scopes: list[str],
    valid_days: int | None = None,
    jwks: dict[str, Any] | None = None,
    now: datetime | None = None,
    grant: str = "client_credentials",
    redirect_uris: Sequence[str] = (),
    public: bool = False,
) -> ClientCree:
    """Create a client with a fresh secret (and optionally a public JWKS for private_key_jwt).

    `grant`: "client_credentials" (a partner tool, with its scopes) or "authorization_code" (one of
    ANCT's tools acting for the person signed in: no scopes, one or more exact redirect URIs, and
    the refresh token grant; `public`: no secret, PKCE alone)."""
    nom = nom.strip()
    if not nom:
        raise ClientError("a client needs a name")
    if grant not in GRANTS:
        raise ClientError(f"--grant must be one of {', '.join(GRANTS)}")
    code = grant == "authorization_code"
    unknown = sorted(set(scopes) - SCOPES.keys())
    if code:
        if scopes:
            raise ClientError("an authorization_code client acts with the person's role: no --scope")
        if not redirect_uris:
            raise ClientError("an authorization_code client needs at least one --redirect-uri")
        for uri in redirect_uris:
            _verifier_redirection(uri)
    else:
        if unknown or not scopes:
            raise ClientError(
                f"scopes must be among {', '.join(SCOPES)} (got {', '.join(unknown) or 'none'})"
            )
        if redirect_uris or public:
            raise ClientError("--redirect-uri and --public are for --grant authorization_code")
    if public and jwks is not None:
        raise ClientError("a public client holds no key: --jwks is for confidential clients")
    if valid_days is not None and valid_days < 1:
        raise ClientError("--valid-days must be at least 1")
    now = now or utcnow()
    secret = None if public else secrets.token_urlsafe(32)
    client = ClientPartenaire(
        client_id=CLIENT_ID_PREFIX + secrets.token_urlsafe(12),
        nom=nom,
        secret_hash=hash_secret(secret) if secret is not None else None,
        jwks=jwks,
        scopes=sorted(set(scopes)),
        valide_du=now,
        valide_au=now + timedelta(days=valid_days) if valid_days is not None else None,
        actif=True,
        grant_types=["authorization_code", "refresh_token"] if code else ["client_credentials"],
        redirect_uris=list(dict.fromkeys(redirect_uris)),
        public=public,
    )
    session.add(client)
    await session.flush()
    _journaliser(session, client, "client_partenaire.creer", avant=None)
    return ClientCree(
        client.client_id,
        secret,
        client.nom,
        tuple(client.scopes),
        client.valide_au,
        tuple(client.grant_types),
        tuple(client.redirect_uris),
    )


def _verifier_redirection(uri: str) -> None:
    """An absolute https URI without fragment (http only on loopback, RFC 8252 §7.3), ≤ 500 chars."""
    try:
        morceaux = urlsplit(uri)
    except ValueError:
        raise ClientError(f"--redirect-uri {uri!r} is not a URI") from None
    loopback = morceaux.scheme == "http" and morceaux.hostname in ("127.0.0.1", "localhost", "::1")
    if len(uri) > 500 or not morceaux.hostname or morceaux.fragment or "#" in uri:
        raise ClientError(f"--redirect-uri {uri!r} must be an absolute URI without fragment")
    if morceaux.scheme != "https" and not loopback:
        raise ClientError(f"--redirect-uri {uri!r} must be https (http only on 127.0.0.1 or localhost)")


async def desactiver_client(session: AsyncSession, client_id: str) -> ClientPartenaire:
    """Disable a client: it obtains no new token (tokens already issued expire within minutes)."""
    client = await find_client(session, client_id)
    if client is None:
        raise ClientError(f"no client with client_id {client_id!r}")
    avant = _resume(client)
    client.actif = False
    await session.flush()
    _journaliser(session, client, "client_partenaire.desactiver", avant=avant)
    return client


def _journaliser(session: AsyncSession, client: ClientPartenaire, action: str, avant: Any) -> None:
    # The command line is run by an operator with national rights; the OS user names who it was.
    session.add(
        Journal(
            role=Role.ANCT,
            sujet=f"cli:{getpass.getuser()}"[:200],
            action=action,
            entite="client_partenaire",
            entite_id=str(client.id),
            avant=avant,
            apres=_resume(client),
        )
    )


def _resume(client: ClientPartenaire) -> dict[str, Any]:
    return {
        "client_id": client.client_id,
        "nom": client.nom,
        "scopes": list(client.scopes),
        "grant_types": list(client.grant_types or []),
        "redirect_uris": list(client.redirect_uris or []),
        "public": bool(client.public),
        "actif": client.actif,
        "valide_au": client.valide_au.isoformat() if client.valide_au else None,
    }


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * n * r * 2, dklen=_HASH_BYTES
    )


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
