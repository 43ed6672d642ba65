"""Sessions of people: rows in the database, found by the hash of the cookie's random token.

A session is opened for an identity the provider verified (issuer, email, SIRET) and the principal
its habilitation gives. Its bounds (docs/identite.md §5):
- absolute: `HUB_SESSION_ABSOLUTE_SECONDS` (8 h) after sign-in, whatever happens;
- idle: `HUB_SESSION_IDLE_SECONDS` (1 h) without a request ends it (`vu_le` is written at most once
  a minute, so a busy page does not write at every request);
- the habilitation is read again every `HUB_SESSION_REREAD_SECONDS` (at most 5 minutes): withdrawn,
  expired or changed, the session ends (or takes the new territory).
Every instance and worker reads the same rows: ending a session (sign-out, `inclusion-hub session
revoke`) takes effect at the next request everywhere. The token is rotated when the principal is
chosen or changed, so a token seen before sign-in never becomes a signed-in one.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from auth.claims import InvalidClaimsError, claims_for, principal_from_claims
from auth.habilitations import HabilitationsMultiplesError, principal_for_identity
from auth.principal import Principal
from hub.db import Database
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.models.technique import avec_le_schema_technique, sessions_personnes
from hub.settings import Settings

TABLE = sessions_personnes
# `vu_le` is written when it is older than this: the idle bound is exact to within a minute.
ECRITURE_VU_LE = timedelta(seconds=60)
# The cookie's token: 32 random bytes (256 bits), URL-safe.
OCTETS_DU_JETON = 32
# Client id recorded in the principal of a person's session (tokens of the CLI say inclusion-hub-cli).
CLIENT_PAGES = "inclusion-hub-web"


@dataclass(frozen=True, slots=True)
class Identite:
    """A person as the OpenID provider (or the demo) vouched for them."""

    issuer: str
    email: str
    siret: str | None
    nom: str
    id_token: str | None = None


@dataclass(frozen=True, slots=True)
class SessionLue:
    """A live session. `principal` is None while the person has not chosen among several roles."""

    cle: str
    identite: Identite
    principal: Principal | None
    csrf: str
    expire_le: datetime  # the absolute end
    inactive_le: datetime  # the end if no request comes before


class SessionsPersonnes:
    """Opening, reading, rotating and ending the sessions of people, in the hub's database."""

    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.absolue = timedelta(seconds=settings.session_absolute_seconds)
        self.inactivite = timedelta(seconds=settings.session_idle_seconds)
        self.relecture = timedelta(seconds=settings.session_reread_seconds)

    async def ouvrir(
        self, identite: Identite, principal: Principal | None, *, remplace: str | None = None
    ) -> tuple[str, SessionLue]:
        """A new session (and its cookie token). `remplace`: the token of a session it succeeds, ended."""
        jeton = secrets.token_urlsafe(OCTETS_DU_JETON)
        maintenant = utcnow()
        ligne: dict[str, Any] = {
            "cle": _cle(jeton),
            "issuer": identite.issuer,
            "email": identite.email,
            "siret": identite.siret,
            "nom": identite.nom,
            "id_token": identite.id_token,
            "csrf": secrets.token_urlsafe(OCTETS_DU_JETON),
            "cree_le": maintenant,
            "vu_le": maintenant,
            "principal_lu_le": maintenant,
            "expire_le": maintenant + self.absolue,
            **_colonnes_du_principal(principal),
        }
        async with self.database.transaction() as session:
            connexion = await _connexion(session)
            if remplace is not None:
                await connexion.execute(delete(TABLE).where(TABLE.c.cle == _cle(remplace)))
            await connexion.execute(insert(TABLE).values(ligne))
            # Sessions past their absolute end are deleted as new ones open (one indexed statement).
            await connexion.execute(delete(TABLE).where(TABLE.c.expire_le < maintenant))
        return jeton, self._lue(ligne)

    async def lire(self, jeton: str, *, maintenant: datetime | None = None) -> SessionLue | None:
        """The live session of a cookie token, or None (unknown, ended, expired, habilitation gone)."""
        if not _jeton_plausible(jeton):
            return None
        maintenant = maintenant or utcnow()
        cle = _cle(jeton)
        async with self.database.transaction() as session:
            connexion = await _connexion(session)
            ligne = (await connexion.execute(select(TABLE).where(TABLE.c.cle == cle))).mappings().first()
            if ligne is None:
                return None
            if ligne["expire_le"] <= maintenant or ligne["vu_le"] + self.inactivite <= maintenant:
                await connexion.execute(delete(TABLE).where(TABLE.c.cle == cle))
                return None
            changements: dict[str, Any] = {}
            if ligne["vu_le"] + ECRITURE_VU_LE <= maintenant:
                changements["vu_le"] = maintenant
            lue = self._lue(dict(ligne))
            if lue.principal is not None and ligne["principal_lu_le"] + self.relecture <= maintenant:
                principal = await _relire(session, lue.identite, lue.principal.role, maintenant)
                if principal is None:
                    await connexion.execute(delete(TABLE).where(TABLE.c.cle == cle))
                    return None
                changements |= {"principal_lu_le": maintenant, **_colonnes_du_principal(principal)}
                lue = self._lue({**ligne, **changements})
            if changements:
                await connexion.execute(update(TABLE).where(TABLE.c.cle == cle).values(changements))
        return lue

    async def fermer(self, jeton: str) -> SessionLue | None:
        """End the session of `jeton` (sign-out); the row it was, for the provider's logout."""
        if not _jeton_plausible(jeton):
            return None
        async with self.database.transaction() as session:
            connexion = await _connexion(session)
            ligne = (
                (await connexion.execute(delete(TABLE).where(TABLE.c.cle == _cle(jeton)).returning(TABLE)))
                .mappings()
                .first()
            )
        return None if ligne is None else self._lue(dict(ligne))

    def _lue(self, ligne: dict[str, Any]) -> SessionLue:
        return _lue(ligne, self.inactivite)

    async def revoquer(self, email: str) -> int:
        """End every session of a person (operators: `inclusion-hub session revoke`); how many ended."""
        async with self.database.transaction() as session:
            connexion = await _connexion(session)
            resultat = await connexion.execute(
                delete(TABLE).where(TABLE.c.email == email.strip().lower()).returning(TABLE.c.cle)
            )
            return len(resultat.all())


async def principal_de_l_identite(
    database: Database, identite: Identite, role: Role | None = None
) -> Principal | list[Role] | None:
    """The principal of a verified identity; the roles to choose from when it holds several; None
    when it holds no usable habilitation."""
    async with database.transaction() as session:
        try:
            principal = await principal_for_identity(
                session, identite.issuer, identite.email, identite.siret, role=role
            )
        except HabilitationsMultiplesError as plusieurs:
            return plusieurs.roles
    return None if principal is None else _pour_les_pages(principal)


async def _relire(
    session: AsyncSession, identite: Identite, role: Role, maintenant: datetime
) -> Principal | None:
    try:
        principal = await principal_for_identity(
            session, identite.issuer, identite.email, identite.siret, role=role, now=maintenant
        )
    except HabilitationsMultiplesError:  # one role asked: one row per (issuer, email, role)
        return None
    return None if principal is None else _pour_les_pages(principal)


def _pour_les_pages(principal: Principal) -> Principal:
    # Every territorial field kept (a hub territorial's régions and id, a grand réseau's id: a copy
    # that dropped them would fail the claims check and open a session without role); the pages'
    # client id added.
    return replace(principal, scopes=frozenset(), client_id=CLIENT_PAGES)


def _colonnes_du_principal(principal: Principal | None) -> dict[str, Any]:
    if principal is None:
        return {"role": None, "principal": None}
    return {"role": principal.role.value, "principal": claims_for(principal)}


def _lue(ligne: dict[str, Any], inactivite: timedelta) -> SessionLue:
    principal: Principal | None = None
    if ligne["principal"] is not None:
        try:
            principal = principal_from_claims(dict(ligne["principal"]))
        except InvalidClaimsError:
            principal = None
    return SessionLue(
        cle=ligne["cle"],
        identite=Identite(
            issuer=ligne["issuer"],
            email=ligne["email"],
            siret=ligne["siret"],
            nom=ligne["nom"],
            id_token=ligne["id_token"],
        ),
        principal=principal,
        csrf=ligne["csrf"],
        expire_le=ligne["expire_le"],
        inactive_le=min(ligne["expire_le"], ligne["vu_le"] + inactivite),
    )


def _cle(jeton: str) -> str:
    return hashlib.sha256(jeton.encode("ascii")).hexdigest()


def _jeton_plausible(jeton: str) -> bool:
    """43 URL-safe characters: anything else is not one of ours and is not looked up."""
    return len(jeton) == 43 and jeton.isascii() and all(c.isalnum() or c in "-_" for c in jeton)


async def _connexion(session: AsyncSession) -> AsyncConnection:
    return await avec_le_schema_technique(await session.connection())
