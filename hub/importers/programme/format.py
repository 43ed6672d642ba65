"""A programme import format: its columns, its key in the source, what it references, its rules.

Every format is declared once (hub.importers.programme.entites) and everything follows from it: the
JSON Table Schema printed by `inclusion-hub import --schema`, the reading and checking of a file,
the upsert, and the export that writes the hub's records back in the same format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne
from hub.importers.programme.colonnes import Colonne
from hub.models.base import Base

# A referenced record, as loaded once per run: its hub id and the attributes its format exposes.
Cible = dict[str, Any]


@dataclass(frozen=True)
class Reference:
    """File columns naming a record of another format by that format's key (never a hub id).

    Empty cells name nothing (the foreign key is null); whether they may be empty is the columns'
    `requis`. Cells that name an unknown record reject the row.
    """

    colonnes: tuple[str, ...]
    format: str
    attribut: str  # the foreign key column it fills
    herite: tuple[str, ...] = ()  # attributes copied from the referenced record (its département…)


class Regles:
    """A format's business rules, over the rows already in the hub and those accepted from the file.

    `charger` reads what the checks need once per run (in the import's transaction); `verifier`
    rejects a row by calling `ligne.rejeter`; `retenir` records an accepted row so that the next
    rows of the file are checked against it too (two contrats in progress for one poste, a sum of
    versements over the subvention).
    """

    async def charger(self, session: AsyncSession) -> None:
        return None

    def deriver(self, ligne: Ligne, valeurs: dict[str, Any]) -> None:
        """Sets the values a row's own columns decide, once its references are resolved (before the
        history check compares the row with the record in the hub): e.g. an activité's département."""

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        return None

    def retenir(self, valeurs: dict[str, Any]) -> None:
        return None

    async def avant_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        """Called with the accepted rows of a batch before their upsert (values may still be set)."""
        return None

    async def apres_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        return None

    async def conclure(self, session: AsyncSession) -> None:
        """Called once the whole file is written."""
        return None

    async def completer(self, session: AsyncSession, lignes: list[dict[str, Any]]) -> None:
        """The export: add to rows read from the table (with their `id`) the values of `extras`."""
        return None


@dataclass(frozen=True)
class Format:
    nom: str
    titre: str
    description: str
    modele: type[Base]
    cle: tuple[str, ...]  # the file columns that identify a record in its source
    colonnes: tuple[Colonne, ...]
    references: tuple[Reference, ...] = ()
    expose: tuple[str, ...] = ()  # attributes other formats' references may inherit or check
    uniques: tuple[str, ...] = ()  # model columns unique in the hub besides the key (id_source, email)
    regles: type[Regles] = Regles
    extras: tuple[str, ...] = field(default=())  # values of a row written by the rules' hooks, not upserted

    def colonne(self, nom: str) -> Colonne | None:
        return next((c for c in self.colonnes if c.nom == nom), None)

    @property
    def noms(self) -> tuple[str, ...]:
        return tuple(c.nom for c in self.colonnes)

    @property
    def cle_modele(self) -> tuple[str, ...]:
        """The key as model columns: a key column that is a reference gives its foreign key."""
        cle: list[str] = []
        for nom in self.cle:
            reference = next((r for r in self.references if nom in r.colonnes), None)
            if reference is not None:
                if reference.attribut not in cle:
                    cle.append(reference.attribut)
            else:
                colonne = self.colonne(nom)
                cle.append(colonne.cible or nom if colonne is not None else nom)
        return tuple(cle)

    def schema(self, formats: Mapping[str, Format]) -> dict[str, Any]:
        """The format as a JSON Table Schema (https://specs.frictionlessdata.io/table-schema/)."""
        return {
            "name": self.nom,
            "title": self.titre,
            "description": self.description,
            "fields": [c.schema() for c in self.colonnes],
            "primaryKey": list(self.cle),
            "foreignKeys": [
                {
                    "fields": _un_ou_plusieurs(r.colonnes),
                    "reference": {"resource": r.format, "fields": _un_ou_plusieurs(formats[r.format].cle)},
                }
                for r in self.references
            ],
            "missingValues": [""],
        }


def _un_ou_plusieurs(noms: tuple[str, ...]) -> str | list[str]:
    return noms[0] if len(noms) == 1 else list(noms)
