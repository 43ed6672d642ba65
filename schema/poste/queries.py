"""Root field `postes`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Poste
from schema.enums import EtatPoste
from schema.filtres import territoire
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.poste.loaders import POSTES
from schema.poste.types import PosteType
from schema.relay import parse_global_id
from schema.structure.types import StructureType


@strawberry.enum(description="Ordre des postes (colonnes indexées, puis identifiant).")
class TriPoste(Enum):
    DEPARTEMENT = "DEPARTEMENT"
    ETAT = "ETAT"


@strawberry.input(description="Filtres des postes ; tous facultatifs, combinés par ET.")
class PosteFiltre:
    departement: str | None = None
    region: str | None = None
    etat: EtatPoste | None = None
    structure: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [territoire(Poste.departement_code, self.departement, self.region)]
        if self.etat is not None:
            conditions.append(Poste.etat == self.etat)
        if self.structure is not None:
            structure_id = parse_global_id(self.structure, StructureType, "filtre.structure")
            conditions.append(Poste.structure_id == structure_id)
        return conditions


@strawberry.type
class PosteQuery:
    @strawberry.field(description="Les postes visibles par l'appelant.")
    async def postes(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: PosteFiltre | None = None,
        tri: TriPoste = TriPoste.DEPARTEMENT,
    ) -> Connection[PosteType]:
        demandee = page(info, POSTES, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, PosteType.from_row)
