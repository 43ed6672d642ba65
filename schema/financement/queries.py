"""Root fields `subventions` and `enveloppes`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Subvention
from schema.filtres import territoire
from schema.financement.loaders import ENVELOPPES, SUBVENTIONS
from schema.financement.types import EnveloppeType, SubventionType
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id
from schema.structure.types import StructureType


@strawberry.enum(description="Ordre des subventions (colonnes indexées, puis identifiant).")
class TriSubvention(Enum):
    DEPARTEMENT = "DEPARTEMENT"


@strawberry.input(description="Filtres des subventions ; tous facultatifs, combinés par ET.")
class SubventionFiltre:
    departement: str | None = None
    region: str | None = None
    structure: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")
    enveloppe: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [territoire(Subvention.departement_code, self.departement, self.region)]
        if self.structure is not None:
            structure_id = parse_global_id(self.structure, StructureType, "filtre.structure")
            conditions.append(Subvention.structure_id == structure_id)
        if self.enveloppe is not None:
            enveloppe_id = parse_global_id(self.enveloppe, EnveloppeType, "filtre.enveloppe")
            conditions.append(Subvention.enveloppe_id == enveloppe_id)
        return conditions


@strawberry.type
class FinancementQuery:
    @strawberry.field(description="Les subventions visibles par l'appelant.")
    async def subventions(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: SubventionFiltre | None = None,
        tri: TriSubvention = TriSubvention.DEPARTEMENT,
    ) -> Connection[SubventionType]:
        demandee = page(info, SUBVENTIONS, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, SubventionType.from_row)

    @strawberry.field(description="Les enveloppes budgétaires visibles par l'appelant, par code.")
    async def enveloppes(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[EnveloppeType]:
        demandee = page(info, ENVELOPPES, first, after, "CODE", last, before)
        return await root_connection(info, demandee, [], EnveloppeType.from_row)
