"""Partner clients (OAuth2 client credentials): secrets hashed with scrypt, creation and disabling."""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

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


class ClientError(ValueError):
    """A client cannot be created or changed as asked; the message says why."""


@dataclass(frozen=True)
class ClientCree:
    """A newly created client. `secret` exists only here: it is shown once, then only its hash is kept."""

    client_id: str
    secret: str
    nom: str
    scopes: tuple[str, ...]
    valide_au: datetime | None


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
) -> ClientCree:
    """Create a partner client with a fresh secret (and optionally a public JWKS for private_key_jwt)."""
    nom = nom.strip()
    if not nom:
        raise ClientError("a client needs a name")
    unknown = sorted(set(scopes) - SCOPES.keys())
    if unknown or not scopes:
        raise ClientError(f"scopes must be among {', '.join(SCOPES)} (got {', '.join(unknown) or 'none'})")
    if valid_days is not None and valid_days < 1:
        raise ClientError("--valid-days must be at least 1")
    now = now or utcnow()
    secret = secrets.token_urlsafe(32)
    client = ClientPartenaire(
        client_id=CLIENT_ID_PREFIX + secrets.token_urlsafe(12),
        nom=nom,
        secret_hash=hash_secret(secret),
        jwks=jwks,
        scopes=sorted(set(scopes)),
        valide_du=now,
        valide_au=now + timedelta(days=valid_days) if valid_days is not None else None,
        actif=True,
    )
    session.add(client)
    await session.flush()
    _journaliser(session, client, "client_partenaire.creer", avant=None)
    return ClientCree(client.client_id, secret, client.nom, tuple(client.scopes), client.valide_au)


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
