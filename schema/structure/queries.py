"""Root fields of the structure domain: `structures` and `structure(id)`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Structure
from schema.enums import StatutStructure, TypeStructure
from schema.errors import bad_user_input
from schema.filtres import nom_contient, territoire
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id
from schema.structure.loaders import STRUCTURES
from schema.structure.types import StructureType, structure_of


@strawberry.enum(description="Ordre des structures (colonnes indexées, puis identifiant).")
class TriStructure(Enum):
    NOM = "NOM"
    DEPARTEMENT = "DEPARTEMENT"


@strawberry.input(description="Filtres des structures ; tous facultatifs, combinés par ET.")
class StructureFiltre:
    departement: str | None = None
    region: str | None = None
    type: TypeStructure | None = None
    statut: StatutStructure | None = None
    nom: str | None = strawberry.field(default=None, description="Contient ce texte (sans casse).")
    siret: str | None = strawberry.field(
        default=None, description="Ce SIRET exact (14 chiffres, espaces admis)."
    )

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [
            territoire(Structure.departement_code, self.departement, self.region),
            nom_contient(Structure.nom, self.nom),
        ]
        if self.siret is not None:
            conditions.append(Structure.siret == lire_siret(self.siret))
        if self.type is not None:
            conditions.append(Structure.type == self.type)
        if self.statut is not None:
            conditions.append(Structure.statut == self.statut)
        return conditions


def lire_siret(texte: str) -> str:
    """14 digits once spaces are removed; anything else is the caller's mistake, said in French."""
    chiffres = "".join(texte.split())
    if not (len(chiffres) == 14 and chiffres.isascii() and chiffres.isdigit()):
        raise bad_user_input("filtre.siret : un SIRET a 14 chiffres", "filtre.siret")
    return chiffres


@strawberry.type
class StructureQuery:
    @strawberry.field(description="Les structures visibles par l'appelant.")
    async def structures(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: StructureFiltre | None = None,
        tri: TriStructure = TriStructure.NOM,
    ) -> Connection[StructureType]:
        demandee = page(info, STRUCTURES, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, StructureType.from_row)

    @strawberry.field(description="Une structure par son identifiant global, ou null si hors de portée.")
    async def structure(self, info: strawberry.Info, id: strawberry.ID) -> StructureType | None:
        return await structure_of(info, parse_global_id(id, StructureType))
