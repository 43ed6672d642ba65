"""The replay cache of client assertions (RFC 7523 §3 item 7), shared by every worker and instance.

It is the database's table `assertions_client_utilisees` (migration 0008, hub.models.technique):
`premiere_utilisation` is one atomic upsert that inserts the assertion's key, or takes over the row of
an *expired* earlier use, and says whether it did. Two requests carrying the same assertion, in two
workers or on two hosts, meet on the primary key: exactly one gets the row. Every
`NETTOYER_TOUTES_LES` first uses (per process), the expired rows are deleted in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Insert, delete
from sqlalchemy.dialects import postgresql, sqlite

from hub.db import Database
from hub.models.base import utcnow
from hub.models.technique import assertions_client_utilisees, avec_le_schema_technique

TABLE = assertions_client_utilisees
NETTOYER_TOUTES_LES = 200


class ReplayCache:
    """Client assertion ids already used, until they expire, in the database."""

    def __init__(self, nettoyer_toutes_les: int = NETTOYER_TOUTES_LES) -> None:
        self.nettoyer_toutes_les = nettoyer_toutes_les
        self._utilisations = 0

    async def premiere_utilisation(self, database: Database, cle: str, expire_le: datetime) -> bool:
        """True the first time `cle` is seen (or once its earlier use has expired), False on a replay."""
        maintenant = utcnow()
        async with database.engine.begin() as connexion:
            connexion = await avec_le_schema_technique(connexion)
            premiere = (await connexion.execute(_ajout(database, cle, expire_le, maintenant))).first()
            self._utilisations += 1
            if self._utilisations % self.nettoyer_toutes_les == 0:
                await connexion.execute(delete(TABLE).where(TABLE.c.expire_le < maintenant))
        return premiere is not None


def _ajout(database: Database, cle: str, expire_le: datetime, maintenant: datetime) -> Insert:
    """INSERT … ON CONFLICT (cle) DO UPDATE … WHERE the earlier use has expired, RETURNING cle:
    a row comes back when this use is the first (or the first since the earlier one expired)."""
    if database.is_postgresql:
        ajout: postgresql.Insert | sqlite.Insert = postgresql.insert(TABLE)
    else:
        ajout = sqlite.insert(TABLE)
    ajout = ajout.values(cle=cle, expire_le=expire_le).on_conflict_do_update(
        index_elements=[TABLE.c.cle],
        set_={"expire_le": ajout.excluded.expire_le},
        where=TABLE.c.expire_le < maintenant,
    )
    return ajout.returning(TABLE.c.cle)
