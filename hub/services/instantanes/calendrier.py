"""The days a snapshot run computes, as a temporary table that every figure's statement joins.

One row per day: the day, the instant its figures are read at (the end of the Paris day; for the day
being taken, the instant of the run) and whether it is the day being taken (`courant`: the state the
hub holds now is that day's state, read as the statistics of today read it). A table rather than a
generated series: the same SQL on PostgreSQL and SQLite, any set of days (a back-fill skips the days
already kept), and the per-day instants that mandats are compared with are computed in Python, where
the Paris time zone is known. Dropped at the end of the run;
after an error, the transaction's rollback undoes its creation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from sqlalchemy import Boolean, Column, Date, MetaData, Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models.base import UtcDateTime
from hub.services.statistiques.periode import PARIS

CALENDRIER = Table(
    "instantane_calendrier",
    MetaData(),
    Column("jour", Date, primary_key=True),
    Column("fin", UtcDateTime(), nullable=False),
    Column("courant", Boolean, nullable=False),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)


def fin_du_jour(jour: dt.date) -> dt.datetime:
    """The first instant of the next Paris day, in UTC: what was true during `jour` and still at its end."""
    lendemain = dt.datetime.combine(jour + dt.timedelta(days=1), dt.time.min, tzinfo=PARIS)
    return lendemain.astimezone(dt.UTC)


@asynccontextmanager
async def calendrier(
    session: AsyncSession, jours: Sequence[dt.date], courant: dt.date, maintenant: dt.datetime
) -> AsyncIterator[Table]:
    """The temporary table of `jours` for the length of the block; `courant` is read at `maintenant`."""
    await session.run_sync(lambda s: CALENDRIER.create(s.connection(), checkfirst=True))
    lignes = [
        {
            "jour": jour,
            "fin": maintenant if jour == courant else fin_du_jour(jour),
            "courant": jour == courant,
        }
        for jour in jours
    ]
    if lignes:
        await session.execute(insert(CALENDRIER), lignes)
    yield CALENDRIER
    # Not in a `finally`: after an error the transaction is aborted (PostgreSQL refuses any statement,
    # and a DROP there would hide the real error) and its rollback undoes the CREATE on both backends.
    await session.run_sync(lambda s: CALENDRIER.drop(s.connection(), checkfirst=True))
