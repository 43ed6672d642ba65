"""Root field `contrats`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Contrat
from schema.contrat.loaders import CONTRATS
from schema.contrat.types import ContratType
from schema.enums import StatutContrat
from schema.filtres import territoire
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id
from schema.structure.types import StructureType


@strawberry.enum(description="Ordre des contrats (colonnes indexées, puis identifiant).")
class TriContrat(Enum):
    DEPARTEMENT = "DEPARTEMENT"
    STATUT = "STATUT"


@strawberry.input(description="Filtres des contrats ; tous facultatifs, combinés par ET.")
class ContratFiltre:
    departement: str | None = None
    region: str | None = None
    statut: StatutContrat | None = None
    structure: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [territoire(Contrat.departement_code, self.departement, self.region)]
        if self.statut is not None:
            conditions.append(Contrat.statut == self.statut)
        if self.structure is not None:
            structure_id = parse_global_id(self.structure, StructureType, "filtre.structure")
            conditions.append(Contrat.structure_id == structure_id)
        return conditions


@strawberry.type
class ContratQuery:
    @strawberry.field(description="Les contrats visibles par l'appelant.")
    async def contrats(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: ContratFiltre | None = None,
        tri: TriContrat = TriContrat.DEPARTEMENT,
    ) -> Connection[ContratType]:
        demandee = page(info, CONTRATS, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, ContratType.from_row)
