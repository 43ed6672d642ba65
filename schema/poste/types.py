"""GraphQL type Poste: one funded position, its contract in progress and its subvention."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from hub.models import Poste
from schema.enums import EtatPoste
from schema.poste.loaders import poste_by_id
from schema.relay import Node, register_node
from schema.structure.types import DepartementRef, StructureType, departement_of, structure_of

if TYPE_CHECKING:
    from schema.contrat.types import ContratType
    from schema.financement.types import SubventionType

ContratRef = Annotated["ContratType", strawberry.lazy("schema.contrat.types")]


async def poste_of(info: strawberry.Info, poste_id: uuid.UUID | None) -> PosteType | None:
    if poste_id is None:
        return None
    row = await poste_by_id(info).load(poste_id)
    return PosteType.from_row(row) if row is not None else None


@register_node
@strawberry.type(name="Poste", description="Poste subventionné d'une structure (vacant, occupé ou rendu).")
class PosteType(Node):
    structure_id: strawberry.Private[uuid.UUID]
    departement_code: strawberry.Private[str]
    etat: EtatPoste
    phase: int
    date_attribution: dt.date
    date_rendu: dt.date | None

    @classmethod
    def from_row(cls, row: Poste) -> PosteType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            departement_code=row.departement_code,
            etat=row.etat,
            phase=row.phase,
            date_attribution=row.date_attribution,
            date_rendu=row.date_rendu,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> PosteType | None:
        return await poste_of(info, key)

    @strawberry.field(description="La structure du poste.")
    async def structure(self, info: strawberry.Info) -> StructureType | None:
        return await structure_of(info, self.structure_id)

    @strawberry.field
    async def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return await departement_of(info, self.departement_code)

    @strawberry.field(description="Le contrat en cours (recruté ou actif) sur ce poste, ou null.")
    async def contrat(self, info: strawberry.Info) -> ContratRef | None:
        from schema.contrat.loaders import contrat_en_cours_by_poste
        from schema.contrat.types import ContratType

        row = await contrat_en_cours_by_poste(info).load(self.pk)
        return ContratType.from_row(row) if row is not None else None

    @strawberry.field(description="Tous les contrats passés et en cours sur ce poste, par date de début.")
    async def contrats(self, info: strawberry.Info) -> list[ContratRef]:
        from schema.contrat.loaders import contrats_by_poste
        from schema.contrat.types import ContratType

        return [ContratType.from_row(row) for row in await contrats_by_poste(info).load(self.pk)]

    @strawberry.field(description="La subvention du poste, ou null.")
    async def subvention(
        self, info: strawberry.Info
    ) -> Annotated[SubventionType, strawberry.lazy("schema.financement.types")] | None:
        from schema.financement.loaders import subvention_by_poste
        from schema.financement.types import SubventionType

        row = await subvention_by_poste(info).load(self.pk)
        return SubventionType.from_row(row) if row is not None else None
