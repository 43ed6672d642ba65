"""Authorization codes and refresh tokens of the code grant (ANCT's own tools), in the hub's database.

Shared by every worker and instance (the schema `oauth`, migration 0011). A code or a refresh token
is a random string given once; only its SHA-256 is stored, so a read of these tables lets no one in.
The grant logic is authlib's (auth/oauth_server.py); this module only loads a row before authlib runs
and, once authlib has accepted the request, *consumes* it with one conditional UPDATE: of two
requests racing with the same code or refresh token, exactly one wins.

- a code lives `DUREE_CODE` seconds and is used once; presenting it again revokes the refresh-token
  family its first exchange started (RFC 6749 §4.1.2);
- a refresh token is rotated at each use; presenting a used one again revokes its whole family (the
  signal that it was stolen, OAuth 2.0 Security BCP §4.14); a family lives at most
  HUB_REFRESH_FAMILY_SECONDS from the sign-in, each token HUB_REFRESH_TOKEN_SECONDS;
- each exchange reads the person's habilitation again: a withdrawn one stops the family.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from auth.sessions_personnes import Identite
from hub.db import Database
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.models.technique import avec_le_schema_technique, codes_autorisation, jetons_rafraichissement
from hub.settings import Settings

DUREE_CODE = timedelta(seconds=60)
OCTETS = 32  # 256 bits of randomness: 43 URL-safe characters
_LONGUEUR = 43


def nouveau_secret() -> str:
    return secrets.token_urlsafe(OCTETS)


def empreinte(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def plausible(secret: str | None) -> bool:
    """A string that could be one of ours (so that no garbage reaches the database)."""
    return (
        isinstance(secret, str)
        and len(secret) == _LONGUEUR
        and all(c.isascii() and (c.isalnum() or c in "-_") for c in secret)
    )


@dataclass(frozen=True, slots=True)
class CodeAutorisation:
    """A stored code, as authlib's AuthorizationCodeMixin wants it."""

    cle: str
    client_id: str
    redirect_uri: str
    code_challenge: str
    identite: Identite
    role: Role
    expire_le: datetime
    utilise: bool
    famille: str | None

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return ""  # a person's token: the role decides, not scopes

    def get_nonce(self) -> None:
        return None

    def get_auth_time(self) -> None:
        return None


@dataclass(frozen=True, slots=True)
class JetonRafraichissement:
    """A stored refresh token, as authlib's refresh-token grant wants it."""

    cle: str
    famille: str
    client_id: str
    identite: Identite
    role: Role
    expire_le: datetime
    famille_expire_le: datetime
    utilise: bool
    revoque: bool

    def check_client(self, client: Any) -> bool:
        return bool(client.get_client_id() == self.client_id)

    def get_scope(self) -> str:
        return ""

    def vivant(self, maintenant: datetime) -> bool:
        return not self.revoque and maintenant < min(self.expire_le, self.famille_expire_le)


class AutorisationsOAuth:
    """Codes and refresh tokens: stored, loaded, consumed, revoked."""

    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.duree_jeton = timedelta(seconds=settings.refresh_token_seconds)
        self.duree_famille = timedelta(seconds=settings.refresh_family_seconds)

    async def enregistrer_code(
        self,
        code: str,
        *,
        client_id: str,
        redirect_uri: str,
        code_challenge: str,
        identite: Identite,
        role: Role,
    ) -> None:
        maintenant = utcnow()
        ligne = {
            "cle": empreinte(code),
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "code_challenge": code_challenge,
            **_colonnes_identite(identite),
            "role": role.value,
            "cree_le": maintenant,
            "expire_le": maintenant + DUREE_CODE,
        }
        async with self._connexion() as connexion:
            await connexion.execute(insert(codes_autorisation).values(ligne))
            # Codes past their life are deleted as new ones are made (they are few and short-lived).
            await connexion.execute(
                codes_autorisation.delete().where(codes_autorisation.c.expire_le < maintenant - DUREE_CODE)
            )

    async def code(self, code: str) -> CodeAutorisation | None:
        if not plausible(code):
            return None
        async with self._connexion() as connexion:
            ligne = (
                (
                    await connexion.execute(
                        select(codes_autorisation).where(codes_autorisation.c.cle == empreinte(code))
                    )
                )
                .mappings()
                .first()
            )
        if ligne is None:
            return None
        return CodeAutorisation(
            cle=ligne["cle"],
            client_id=ligne["client_id"],
            redirect_uri=ligne["redirect_uri"],
            code_challenge=ligne["code_challenge"],
            identite=_identite(ligne),
            role=Role(ligne["role"]),
            expire_le=ligne["expire_le"],
            utilise=ligne["utilise_le"] is not None,
            famille=ligne["famille"],
        )

    async def echanger_code(self, code: CodeAutorisation, jeton: str | None) -> bool:
        """Consume `code` and store the first refresh token of its family (`jeton`, if the client may
        refresh); False (nothing stored) when the code was used meanwhile, in which case the family
        it started is revoked."""
        maintenant = utcnow()
        famille = nouveau_secret()
        async with self._connexion() as connexion:
            consomme = await connexion.execute(
                update(codes_autorisation)
                .where(
                    codes_autorisation.c.cle == code.cle,
                    codes_autorisation.c.utilise_le.is_(None),
                    codes_autorisation.c.expire_le > maintenant,
                )
                .values(utilise_le=maintenant, famille=famille)
            )
            if consomme.rowcount != 1:
                await self._revoquer_la_famille_du_code(connexion, code.cle, maintenant)
                return False
            if jeton is None:
                return True
            await connexion.execute(
                insert(jetons_rafraichissement).values(
                    cle=empreinte(jeton),
                    famille=famille,
                    client_id=code.client_id,
                    **_colonnes_identite(code.identite),
                    role=code.role.value,
                    cree_le=maintenant,
                    expire_le=maintenant + self.duree_jeton,
                    famille_expire_le=maintenant + self.duree_famille,
                )
            )
        return True

    async def revoquer_la_famille_du_code(self, code: CodeAutorisation) -> None:
        """A used code presented again: the tokens of its first exchange are revoked."""
        async with self._connexion() as connexion:
            await self._revoquer_la_famille_du_code(connexion, code.cle, utcnow())

    async def jeton(self, jeton: str) -> JetonRafraichissement | None:
        if not plausible(jeton):
            return None
        async with self._connexion() as connexion:
            ligne = (
                (
                    await connexion.execute(
                        select(jetons_rafraichissement).where(
                            jetons_rafraichissement.c.cle == empreinte(jeton)
                        )
                    )
                )
                .mappings()
                .first()
            )
        if ligne is None:
            return None
        return JetonRafraichissement(
            cle=ligne["cle"],
            famille=ligne["famille"],
            client_id=ligne["client_id"],
            identite=_identite(ligne),
            role=Role(ligne["role"]),
            expire_le=ligne["expire_le"],
            famille_expire_le=ligne["famille_expire_le"],
            utilise=ligne["utilise_le"] is not None,
            revoque=ligne["revoque_le"] is not None,
        )

    async def tourner(self, ancien: JetonRafraichissement, nouveau: str) -> bool:
        """Consume `ancien` and store its successor in the same family; False (nothing stored, the
        family revoked) when `ancien` was used or revoked meanwhile."""
        maintenant = utcnow()
        async with self._connexion() as connexion:
            consomme = await connexion.execute(
                update(jetons_rafraichissement)
                .where(
                    jetons_rafraichissement.c.cle == ancien.cle,
                    jetons_rafraichissement.c.utilise_le.is_(None),
                    jetons_rafraichissement.c.revoque_le.is_(None),
                )
                .values(utilise_le=maintenant)
            )
            if consomme.rowcount != 1:
                await _revoquer(connexion, ancien.famille, maintenant)
                return False
            await connexion.execute(
                insert(jetons_rafraichissement).values(
                    cle=empreinte(nouveau),
                    famille=ancien.famille,
                    client_id=ancien.client_id,
                    **_colonnes_identite(ancien.identite),
                    role=ancien.role.value,
                    cree_le=maintenant,
                    expire_le=min(maintenant + self.duree_jeton, ancien.famille_expire_le),
                    famille_expire_le=ancien.famille_expire_le,
                )
            )
        return True

    async def revoquer_famille(self, famille: str) -> None:
        async with self._connexion() as connexion:
            await _revoquer(connexion, famille, utcnow())

    async def revoquer_personne(self, email: str) -> int:
        """Revoke every refresh token of a person (`inclusion-hub session revoke`); how many."""
        async with self._connexion() as connexion:
            resultat = await connexion.execute(
                update(jetons_rafraichissement)
                .where(
                    jetons_rafraichissement.c.email == email.strip().lower(),
                    jetons_rafraichissement.c.revoque_le.is_(None),
                    jetons_rafraichissement.c.utilise_le.is_(None),
                )
                .values(revoque_le=utcnow())
            )
            return int(resultat.rowcount)

    async def _revoquer_la_famille_du_code(
        self, connexion: AsyncConnection, cle: str, maintenant: datetime
    ) -> None:
        famille = await connexion.scalar(
            select(codes_autorisation.c.famille).where(codes_autorisation.c.cle == cle)
        )
        if famille is not None:
            await _revoquer(connexion, famille, maintenant)

    @asynccontextmanager
    async def _connexion(self) -> AsyncIterator[AsyncConnection]:
        """One transaction on the technical schema."""
        async with self.database.transaction() as session:
            yield await avec_le_schema_technique(await session.connection())


async def _revoquer(connexion: AsyncConnection, famille: str, maintenant: datetime) -> None:
    await connexion.execute(
        update(jetons_rafraichissement)
        .where(jetons_rafraichissement.c.famille == famille, jetons_rafraichissement.c.revoque_le.is_(None))
        .values(revoque_le=maintenant)
    )


def _colonnes_identite(identite: Identite) -> dict[str, Any]:
    return {"issuer": identite.issuer, "email": identite.email, "siret": identite.siret}


def _identite(ligne: Any) -> Identite:
    return Identite(issuer=ligne["issuer"], email=ligne["email"], siret=ligne["siret"], nom=ligne["email"])
