"""Root fields `conseillers` and `conseiller(id)`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Conseiller
from schema.conseiller.loaders import CONSEILLERS
from schema.conseiller.types import ConseillerType, conseiller_of
from schema.filtres import territoire
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id
from schema.structure.types import StructureType


@strawberry.enum(description="Ordre des conseillers (colonnes indexées, puis identifiant).")
class TriConseiller(Enum):
    ID = "ID"
    DEPARTEMENT = "DEPARTEMENT"


@strawberry.input(description="Filtres des conseillers ; pas de recherche sur le nom (donnée personnelle).")
class ConseillerFiltre:
    departement: str | None = None
    region: str | None = None
    structure: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")
    certifie: bool | None = strawberry.field(default=None, description="Certification CCP1 obtenue (ou non).")
    coordinateur: bool | None = strawberry.field(
        default=None, description="Conseillers coordinateurs (ou non)."
    )

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [territoire(Conseiller.departement_code, self.departement, self.region)]
        if self.certifie is not None:
            conditions.append(Conseiller.certifie.is_(self.certifie))
        if self.coordinateur is not None:
            conditions.append(Conseiller.est_coordinateur.is_(self.coordinateur))
        if self.structure is not None:
            structure_id = parse_global_id(self.structure, StructureType, "filtre.structure")
            conditions.append(Conseiller.structure_id == structure_id)
        return conditions


@strawberry.type
class ConseillerQuery:
    @strawberry.field(description="Les conseillers visibles par l'appelant.")
    async def conseillers(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: ConseillerFiltre | None = None,
        tri: TriConseiller = TriConseiller.ID,
    ) -> Connection[ConseillerType]:
        demandee = page(info, CONSEILLERS, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, ConseillerType.from_row)

    @strawberry.field(description="Un conseiller par son identifiant global, ou null si hors de portée.")
    async def conseiller(self, info: strawberry.Info, id: strawberry.ID) -> ConseillerType | None:
        return await conseiller_of(info, parse_global_id(id, ConseillerType))
