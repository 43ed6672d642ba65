"""Root field `activites`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Activite
from schema.activite.loaders import ACTIVITES
from schema.activite.types import ActiviteType
from schema.conseiller.types import ConseillerType
from schema.filtres import Periode, periode, territoire
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id
from schema.structure.types import StructureType


@strawberry.enum(description="Ordre des activités (date indexée, puis identifiant).")
class TriActivite(Enum):
    DATE = "DATE"
    DATE_DESC = "DATE_DESC"


@strawberry.input(description="Filtres des activités ; tous facultatifs, combinés par ET.")
class ActiviteFiltre:
    departement: str | None = None
    region: str | None = None
    periode: Periode | None = None
    conseiller: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")
    structure: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [
            territoire(Activite.departement_code, self.departement, self.region),
            periode(Activite.date, self.periode),
        ]
        if self.conseiller is not None:
            conseiller_id = parse_global_id(self.conseiller, ConseillerType, "filtre.conseiller")
            conditions.append(Activite.conseiller_id == conseiller_id)
        if self.structure is not None:
            structure_id = parse_global_id(self.structure, StructureType, "filtre.structure")
            conditions.append(Activite.structure_id == structure_id)
        return conditions


@strawberry.type
class ActiviteQuery:
    @strawberry.field(description="Les comptes-rendus d'activité visibles par l'appelant.")
    async def activites(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: ActiviteFiltre | None = None,
        tri: TriActivite = TriActivite.DATE_DESC,
    ) -> Connection[ActiviteType]:
        demandee = page(info, ACTIVITES, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, ActiviteType.from_row)
