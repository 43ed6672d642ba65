"""What every importer yields for each source row, and the references its checks need."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.ecriture import Compte
from hub.importers.fichier import Fichier, LigneCsv
from hub.importers.rejets import Rejet
from hub.models import Departement, Structure


@dataclass(frozen=True)
class Lecture:
    """One source row: its values ready to write, or the problems that reject it."""

    ligne: int
    enregistrement: Any | None
    rejets: list[Rejet] = field(default_factory=list)
    # Source rows rejected by this reading; by default the row itself when it has problems.
    # A record holding several rows (an EPCI and its communes) may be partly rejected.
    rejetes: int | None = None
    # Problems that left the row in (a dropped value): reported as warnings, not counted as rejects.
    avertissements: list[Rejet] = field(default_factory=list)
    # The row's key in its source, read even when the row is rejected (a re-import must not mark the
    # record of a rejected row absent: the source still holds it). None when it cannot be read.
    cle: tuple[Any, ...] | None = None

    @property
    def nombre_rejetes(self) -> int:
        if self.rejetes is not None:
            return self.rejetes
        return 1 if self.rejets else 0

    @classmethod
    def mal_formee(cls, brute: LigneCsv) -> Lecture:
        return cls(brute.ligne, None, [Rejet(brute.ligne, "", "", brute.probleme or "ligne mal formée")])


@dataclass
class Referentiel:
    """Loaded once per run: the départements rows may point to, and structures by SIRET."""

    departements: frozenset[str] = frozenset()
    structures_par_siret: dict[str, uuid.UUID] = field(default_factory=dict)
    structures_par_id_fs: dict[int, uuid.UUID] = field(default_factory=dict)

    @classmethod
    async def charger(cls, session: AsyncSession) -> Referentiel:
        departements = frozenset((await session.scalars(select(Departement.code))).all())
        par_siret: dict[str, uuid.UUID] = {}
        par_id_fs: dict[int, uuid.UUID] = {}
        for identifiant, siret, externes in await session.execute(
            select(Structure.id, Structure.siret, Structure.external_ids)
        ):
            par_siret[siret] = identifiant
            id_fs = (externes or {}).get("id_fs")
            if isinstance(id_fs, int | str) and str(id_fs).isdigit():
                par_id_fs[int(id_fs)] = identifiant
            for porte in (externes or {}).get("ids_fs") or ():  # sites named by the structures format
                if isinstance(porte, int):
                    par_id_fs[porte] = identifiant
        return cls(departements, par_siret, par_id_fs)


class Importeur(Protocol):
    """One kind of import: reads and checks rows, then writes batches of valid ones."""

    kind: str

    async def preparer(self, session: AsyncSession) -> None:
        """Before reading: load what the checks need (in the import's transaction)."""
        ...

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]: ...

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte: ...

    async def conclure(self, session: AsyncSession, fichier: Fichier) -> None:
        """After the last batch is written, in the same transaction."""
        ...


@runtime_checkable
class DateDesDonnees(Protocol):
    """An importer whose files may carry their own date (a column): used when the name has none."""

    def date_des_donnees(self, fichier: Fichier) -> date | None: ...


class SansPreparation:
    """For an importer whose checks need only the Referentiel and that writes nothing at the end."""

    async def preparer(self, session: AsyncSession) -> None:
        return None

    async def conclure(self, session: AsyncSession, fichier: Fichier) -> None:
        return None
