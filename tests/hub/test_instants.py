"""hub/models/base.UtcDateTime: an instant comes back aware and in UTC on both backends, whatever
offset it was written with (on PostgreSQL, asyncpg's own decoding, without a conversion per value)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Departement, Region, Structure
from hub.models.enums import TypeStructure

PARIS_ETE = timezone(timedelta(hours=2))


async def test_un_instant_ecrit_avec_un_decalage_se_relit_en_utc(database: Database) -> None:
    ecrit = datetime(2026, 7, 14, 10, 30, 15, 123456, tzinfo=PARIS_ETE)
    identifiant = uuid.uuid4()
    async with database.transaction() as session:
        await contexte_systeme(session)
        session.add(Region(code="99", nom="Région d'essai"))
        session.add(Departement(code="999", nom="Département d'essai", region_code="99"))
        await session.flush()
        session.add(
            Structure(
                id=identifiant,
                siret="12345678901234",
                nom="Structure d'essai",
                type=TypeStructure.COMMUNE,
                departement_code="999",
                created_at=ecrit,
                updated_at=None,
            )
        )

    async with database.transaction() as session:
        await contexte_systeme(session)
        ligne = (
            await session.execute(
                select(Structure.__table__.c.created_at, Structure.__table__.c.updated_at).where(
                    Structure.__table__.c.id == identifiant
                )
            )
        ).one()

    relu = ligne.created_at
    assert relu == ecrit
    assert relu.utcoffset() == timedelta(0)
    assert relu.hour == 8  # 10:30 in Paris in July is 08:30 UTC: the instant, converted
    assert relu.tzinfo == UTC
    assert ligne.updated_at is None
