"""Usager pseudonyms: an HMAC-SHA256 of the FranceConnect `sub` under the hub's pseudonymisation key.

The key is a file (HUB_PSEUDONYMISATION_KEY_PATH) holding at least 32 random bytes, base64url-encoded.
Like the signing key, it is created on first use in dev and test, and a start-up error in prod: a
production key is provisioned (and backed up) by the operator. Losing it means every returning usager
gets a new pseudonym; leaking it lets whoever holds FranceConnect subs link them to mandats.

The usager's row id is derived from the pseudonym (UUID v5), so that an aidant can attach a mandat to
an usager another organisation already registered without being able to read that row (row-level
security hides it): both compute the same id and the insert of the usager is skipped on conflict.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
import secrets
import threading
import uuid
from pathlib import Path

from hub.settings import Settings

LONGUEUR_MIN_OCTETS = 32
# Namespace of the usager ids derived from pseudonyms (a constant of the hub, not a secret).
ESPACE_USAGERS = uuid.UUID("6b0f3c52-4f7e-4d55-9d1e-2a7c1e0f6a41")


class ClePseudonymisationError(RuntimeError):
    """The pseudonymisation key is missing (in prod) or unusable; the hub must not start."""


def charger_cle(settings: Settings) -> bytes:
    """The key of `settings`, read once per file; created in dev/test when missing, refused in prod."""
    chemin = settings.pseudonymisation_key_path
    if not chemin.exists():
        if not settings.dev_tools_allowed:
            raise ClePseudonymisationError(
                f"HUB_PSEUDONYMISATION_KEY_PATH={chemin} does not exist; in prod the key is provisioned "
                "by the operator (32+ random bytes, base64url), never generated"
            )
        _creer(chemin)
    cache = (str(chemin.resolve()), chemin.stat().st_mtime_ns)
    with _VERROU:
        cle = _CACHE.get(cache)
        if cle is None:
            cle = _CACHE[cache] = _lire(chemin)
    return cle


def pseudonyme(cle: bytes, sub: str) -> str:
    """The usager's pseudonym: 64 hex characters, the same for the same `sub` under the same key."""
    return hmac.new(cle, sub.encode("utf-8"), hashlib.sha256).hexdigest()


def usager_id(pseudo: str) -> uuid.UUID:
    """The row id of the usager with pseudonym `pseudo` (derived, so every organisation finds it)."""
    return uuid.uuid5(ESPACE_USAGERS, pseudo)


_CACHE: dict[tuple[str, int], bytes] = {}
_VERROU = threading.Lock()


def _lire(chemin: Path) -> bytes:
    try:
        texte = chemin.read_text(encoding="ascii").strip()
        cle = base64.urlsafe_b64decode(texte + "=" * (-len(texte) % 4))
    except (OSError, UnicodeError, ValueError, binascii.Error) as erreur:
        raise ClePseudonymisationError(f"{chemin}: unreadable pseudonymisation key ({erreur})") from None
    if len(cle) < LONGUEUR_MIN_OCTETS:
        raise ClePseudonymisationError(f"{chemin}: the key must hold at least {LONGUEUR_MIN_OCTETS} bytes")
    return cle


def _creer(chemin: Path) -> None:
    """Write a new key atomically (private temporary file, then a hard link that fails if another
    process created the key first: both then use the same one)."""
    chemin.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    contenu = base64.urlsafe_b64encode(secrets.token_bytes(LONGUEUR_MIN_OCTETS)).decode("ascii")
    temporaire = chemin.parent / f".{chemin.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp"
    descripteur = os.open(temporaire, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descripteur, "w", encoding="ascii") as fichier:
            fichier.write(contenu + "\n")
            fichier.flush()
            os.fsync(fichier.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporaire, chemin)
    finally:
        temporaire.unlink(missing_ok=True)
