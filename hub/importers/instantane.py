"""Re-import of an open data list: what a newer file no longer holds is absent, an older file changes nothing.

An open data file (the ANCT France Services list, a lieux file of one source) is the whole list of
its source on its date. So, for the rows of the sources a file holds:
- a row an earlier import wrote that the file no longer holds is marked `absent_depuis` = the file's
  date, with the run (`absent_import_run_id`); it is never deleted, and it leaves the current lists
  and figures until a later file holds it again, which clears both (the row *comes back*);
- a row the hub holds from a newer file (its `date_source` or `absent_depuis` after this file's date)
  is left as it is, and so is a row new to the hub when the hub already holds a newer file of its
  source: an older file, imported late, neither rewrites nor marks absent anything newer;
- `date_source` of a row is the date of the newest file that held it as stored (a newer file holding
  it unchanged moves it forward), so that this comparison holds for unchanged rows too.
Rejected rows whose key can be read are still in the source: they are *seen*, never marked absent.
Everything runs in the import's transaction: a failed import marks nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol, cast, runtime_checkable

from sqlalchemy import ColumnElement, Table, and_, func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.ecriture import Compte, Valeurs
from hub.models.base import Base

TRANCHE = 1000
COLONNE_SOURCE = "source"


class Instantane:
    """The keys a file holds, per source; checks the batches before writing, marks absents at the end."""

    def __init__(self, modele: type[Base], cle: Sequence[str]) -> None:
        self.table = cast(Table, modele.__table__)
        self.cle = tuple(cle)
        self.vus: dict[str, set[tuple[Any, ...]]] = {}
        self._plus_recent: dict[str, date | None] = {}

    def voir(self, source: str, cle: tuple[Any, ...]) -> None:
        """The file holds the row of this key (accepted or rejected)."""
        self.vus.setdefault(source, set()).add(cle)

    async def avant_ecriture(
        self, session: AsyncSession, lot: Sequence[Valeurs], date_fichier: date
    ) -> tuple[list[Valeurs], Compte]:
        """The rows of `lot` to write (present again: absence cleared), and those left (`plus_recents`)."""
        compte = Compte()
        if not lot:
            return [], compte
        await self._charger_plus_recent(session, {ligne[COLONNE_SOURCE] for ligne in lot})
        stockees = await self._stockees(session, lot)
        retenues: list[Valeurs] = []
        a_dater: list[tuple[Any, ...]] = []
        for ligne in lot:
            cle = tuple(ligne[c] for c in self.cle)
            stockee = stockees.get(cle)
            if stockee is None:
                plus_recent = self._plus_recent.get(ligne[COLONNE_SOURCE])
                if plus_recent is not None and plus_recent > date_fichier:
                    compte.inchanges += 1
                    compte.plus_recents += 1
                    continue
            else:
                date_source, absent_depuis = stockee
                if _apres(date_source, date_fichier) or _apres(absent_depuis, date_fichier):
                    compte.inchanges += 1
                    compte.plus_recents += 1
                    continue
                if absent_depuis is not None:
                    compte.revenus += 1
                if date_source is not None and date_source < date_fichier:
                    a_dater.append(cle)
            retenues.append({**ligne, "absent_depuis": None, "absent_import_run_id": None})
        await self._dater(session, a_dater, date_fichier)
        return retenues, compte

    async def marquer_absents(self, session: AsyncSession, date_fichier: date, run_id: uuid.UUID) -> int:
        """Mark absent the imported, present rows of the file's sources that it does not hold."""
        t = self.table
        colonnes = [t.c[c] for c in self.cle]
        absents: list[tuple[Any, ...]] = []
        for source, vus in self.vus.items():
            candidates = await session.execute(
                select(*colonnes).where(
                    t.c[COLONNE_SOURCE] == source,
                    t.c.import_run_id.is_not(None),
                    t.c.absent_depuis.is_(None),
                    or_(t.c.date_source.is_(None), t.c.date_source <= date_fichier),
                )
            )
            absents += [tuple(ligne) for ligne in candidates if tuple(ligne) not in vus]
        for debut in range(0, len(absents), TRANCHE):
            await session.execute(
                update(t)
                .where(_parmi(colonnes, absents[debut : debut + TRANCHE]))
                .values(absent_depuis=date_fichier, absent_import_run_id=run_id)
            )
        return len(absents)

    async def _charger_plus_recent(self, session: AsyncSession, sources: set[str]) -> None:
        """The newest file date the hub holds of each source (once per source and run)."""
        t = self.table
        nouvelles = sorted(s for s in sources if s not in self._plus_recent)
        if not nouvelles:
            return
        self._plus_recent.update(dict.fromkeys(nouvelles))
        lignes = await session.execute(
            select(t.c[COLONNE_SOURCE], func.max(t.c.date_source), func.max(t.c.absent_depuis))
            .where(t.c[COLONNE_SOURCE].in_(nouvelles), t.c.import_run_id.is_not(None))
            .group_by(t.c[COLONNE_SOURCE])
        )
        for source, date_source, absent_depuis in lignes:
            self._plus_recent[source] = max((d for d in (date_source, absent_depuis) if d), default=None)

    async def _stockees(
        self, session: AsyncSession, lot: Sequence[Valeurs]
    ) -> dict[tuple[Any, ...], tuple[date | None, date | None]]:
        t = self.table
        colonnes = [t.c[c] for c in self.cle]
        cles = [tuple(ligne[c] for c in self.cle) for ligne in lot]
        stockees: dict[tuple[Any, ...], tuple[date | None, date | None]] = {}
        for debut in range(0, len(cles), TRANCHE):
            lignes = await session.execute(
                select(*colonnes, t.c.date_source, t.c.absent_depuis).where(
                    _parmi(colonnes, cles[debut : debut + TRANCHE])
                )
            )
            for ligne in lignes:
                stockees[tuple(ligne[: len(colonnes)])] = (ligne[-2], ligne[-1])
        return stockees

    async def _dater(self, session: AsyncSession, cles: list[tuple[Any, ...]], date_fichier: date) -> None:
        """A newer file holds these rows: their `date_source` moves forward (unchanged rows included)."""
        t = self.table
        colonnes = [t.c[c] for c in self.cle]
        for debut in range(0, len(cles), TRANCHE):
            await session.execute(
                update(t)
                .where(_parmi(colonnes, cles[debut : debut + TRANCHE]), t.c.date_source < date_fichier)
                .values(date_source=date_fichier)
            )


@runtime_checkable
class AvecInstantane(Protocol):
    """An importer of an open data list (hub.importers.execution marks the absents after its rows)."""

    instantane: Instantane


def _apres(valeur: date | None, date_fichier: date) -> bool:
    return valeur is not None and valeur > date_fichier


def _parmi(colonnes: Sequence[Any], cles: Sequence[tuple[Any, ...]]) -> ColumnElement[bool]:
    if len(colonnes) == 1:
        return cast(ColumnElement[bool], colonnes[0].in_([cle[0] for cle in cles]))
    premiere, *autres = colonnes
    groupes: dict[Any, list[tuple[Any, ...]]] = {}
    for cle in cles:
        groupes.setdefault(cle[0], []).append(cle[1:])
    if len(autres) == 1:
        seconde = autres[0]
        return or_(*(and_(premiere == v, seconde.in_([r[0] for r in reste])) for v, reste in groupes.items()))
    return cast(ColumnElement[bool], tuple_(*colonnes).in_(cles))
