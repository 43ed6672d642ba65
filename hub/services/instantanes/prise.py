"""Taking the daily snapshots: one row per territory and day, written once, safe to run twice at once.

`prendre_instantane` writes one day (today: the state the hub holds; a past day: rebuilt from the
history) and replaces that day's rows if they exist; `completer_depuis` writes every day from a date
to today that has no rows yet, in one pass (the figures of all those days come from the same seven
statements: hub.services.instantanes.chiffres). Both are trusted jobs (the CLI opens the transaction
as the system) and take a PostgreSQL advisory lock first, so two instances run one after the other:
the second replaces the first's rows with equal ones (a take) or finds no day left (a back-fill); the
upsert on (niveau, code, jour) could not write a day twice anyway. SQLite has one writer at a time.
Each run appends one journal line saying what it wrote.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.models import Departement, InstantaneTerritorial, Region
from hub.models.enums import Role
from hub.services import journal
from hub.services.ecriture import aujourdhui
from hub.services.instantanes.calendrier import calendrier
from hub.services.instantanes.chiffres import FIGURES, Chiffres, chiffres_par_departement, en_date

logger = logging.getLogger("hub.instantanes")

# The job acts as ANCT's programme rule, under this name in the journal (like `contrats terminer`).
TACHE_INSTANTANES = Principal(Role.ANCT, subject="tâche : instantanés quotidiens (inclusion-hub snapshots)")
VERROU = "inclusion-hub snapshots"
# First day of the programme's history (France Relance, the first coselec): the default of --depuis.
DEBUT_DU_PROGRAMME = dt.date(2020, 11, 17)
_LOT = 5_000  # rows per INSERT: bounded statements, few round trips


class DateFutureError(ValueError):
    """A snapshot of a day that has not come yet."""


@dataclass(frozen=True, slots=True)
class BilanInstantanes:
    """What a run wrote: the days, how many were rebuilt from the history, the rows."""

    jours: tuple[dt.date, ...]
    reconstitues: int
    lignes: int


@dataclass(frozen=True, slots=True)
class _Territoire:
    niveau: str
    code: str
    departements: frozenset[str]


async def prendre_instantane(
    session: AsyncSession, jour: dt.date | None = None, *, maintenant: dt.datetime | None = None
) -> BilanInstantanes:
    """The snapshot of `jour` (default today, Paris), its rows replaced if they exist."""
    instant = maintenant or dt.datetime.now(dt.UTC)
    jour = jour or aujourdhui(instant)
    _refuser_le_futur(jour, instant)
    await _verrouiller(session)
    bilan = await _ecrire(session, [jour], instant)
    await _journaliser(session, "instantanes.prendre", jour.isoformat(), bilan)
    return bilan


async def completer_depuis(
    session: AsyncSession, depuis: dt.date = DEBUT_DU_PROGRAMME, *, maintenant: dt.datetime | None = None
) -> BilanInstantanes:
    """Every day from `depuis` to today without a snapshot yet, rebuilt from the history (today: taken)."""
    instant = maintenant or dt.datetime.now(dt.UTC)
    _refuser_le_futur(depuis, instant)
    await _verrouiller(session)
    deja = set(
        map(
            en_date,
            await session.scalars(
                select(InstantaneTerritorial.jour).where(
                    InstantaneTerritorial.niveau == "national", InstantaneTerritorial.jour >= depuis
                )
            ),
        )
    )
    jours = [jour for jour in _jours(depuis, aujourdhui(instant)) if jour not in deja]
    bilan = await _ecrire(session, jours, instant)
    await _journaliser(session, "instantanes.completer", f"{depuis.isoformat()}/", bilan)
    return bilan


def _refuser_le_futur(jour: dt.date, instant: dt.datetime) -> None:
    if jour > aujourdhui(instant):
        raise DateFutureError(
            f"le {jour.isoformat()} n'est pas encore venu : un instantané se prend le jour même ou après"
        )


async def _verrouiller(session: AsyncSession) -> None:
    # Transaction-level: released at commit or rollback, whatever happens to the process.
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:v))"), {"v": VERROU})


async def _ecrire(session: AsyncSession, jours: Sequence[dt.date], instant: dt.datetime) -> BilanInstantanes:
    courant = aujourdhui(instant)
    territoires = await _territoires(session)
    async with calendrier(session, jours, courant, instant) as cal:
        chiffres = await chiffres_par_departement(session, cal) if jours else {}
    lignes = list(_lignes(territoires, jours, chiffres, courant, instant))
    for debut in range(0, len(lignes), _LOT):
        await session.execute(_upsert(session), lignes[debut : debut + _LOT])
    reconstitues = sum(1 for jour in jours if jour != courant)
    logger.info(
        "instantanés: %d jour(s), dont %d reconstitué(s), %d ligne(s)", len(jours), reconstitues, len(lignes)
    )
    return BilanInstantanes(tuple(jours), reconstitues, len(lignes))


async def _territoires(session: AsyncSession) -> list[_Territoire]:
    """The nation, every région (its départements) and every département or COM of the référentiel."""
    departements = (
        await session.execute(select(Departement.code, Departement.region_code, Departement.zone))
    ).all()
    regions = await session.scalars(select(Region.code).order_by(Region.code))
    territoires = [_Territoire("national", "", frozenset(code for code, _, _ in departements))]
    territoires += [
        _Territoire("region", region, frozenset(code for code, de, _ in departements if de == region))
        for region in regions
    ]
    territoires += [
        _Territoire("com" if zone == "com" else "departement", code, frozenset({code}))
        for code, _, zone in sorted(departements)
    ]
    return territoires


def _lignes(
    territoires: Sequence[_Territoire],
    jours: Sequence[dt.date],
    chiffres: Chiffres,
    courant: dt.date,
    instant: dt.datetime,
) -> Iterator[dict[str, Any]]:
    for jour in jours:
        for territoire in territoires:
            ligne = dict.fromkeys(FIGURES, 0)
            for departement in territoire.departements:
                for nom, valeur in chiffres.get((departement, jour), {}).items():
                    ligne[nom] += valeur
            yield {
                "niveau": territoire.niveau,
                "code": territoire.code,
                "jour": jour,
                **ligne,
                "reconstitue": jour != courant,
                "pris_le": instant,
            }


def _upsert(session: AsyncSession) -> Any:
    """One INSERT … ON CONFLICT, executed for many rows (SQLAlchemy batches them within the
    drivers' parameter limits)."""
    table = InstantaneTerritorial
    dialecte = session.get_bind().dialect.name
    insertion = postgresql.insert(table) if dialecte == "postgresql" else sqlite.insert(table)
    remplacees = {nom: insertion.excluded[nom] for nom in (*FIGURES, "reconstitue", "pris_le")}
    return insertion.on_conflict_do_update(index_elements=["niveau", "code", "jour"], set_=remplacees)


async def _journaliser(session: AsyncSession, action: str, quoi: str, bilan: BilanInstantanes) -> None:
    await journal.journaliser(
        session,
        TACHE_INSTANTANES,
        action=action,
        entite="instantane_territorial",
        entite_id=quoi,
        portee=journal.Portee(),
        avant=None,
        apres={
            "jours": len(bilan.jours),
            "premier": bilan.jours[0].isoformat() if bilan.jours else None,
            "dernier": bilan.jours[-1].isoformat() if bilan.jours else None,
            "reconstitues": bilan.reconstitues,
            "lignes": bilan.lignes,
        },
        request_id=None,
    )


def _jours(du: dt.date, au: dt.date) -> Iterator[dt.date]:
    jour = du
    while jour <= au:
        yield jour
        jour += dt.timedelta(days=1)
