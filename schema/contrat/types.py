"""GraphQL type Contrat: a conseiller's employment contract on one poste of one structure."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Conseiller, Contrat
from schema.contrat.loaders import contrat_by_id
from schema.enums import MotifRupture, StatutContrat, TypeContrat
from schema.execution import contexte_seul
from schema.poste.loaders import poste_by_id
from schema.poste.types import PosteType, poste_de
from schema.prechargement import lien
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import DepartementRef, StructureType, departement_de, structure_de
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.conseiller.types import ConseillerType


@register_node
@strawberry.type(name="Contrat", description="Contrat d'un conseiller sur un poste d'une structure.")
class ContratType(Node):
    conseiller_id: strawberry.Private[uuid.UUID]
    structure_id: strawberry.Private[uuid.UUID]
    poste_id: strawberry.Private[uuid.UUID]
    departement_code: strawberry.Private[str]
    type: TypeContrat
    statut: StatutContrat
    date_debut: dt.date
    date_fin: dt.date | None
    date_rupture: dt.date | None
    motif_rupture: MotifRupture | None

    @classmethod
    def from_row(cls, row: Contrat) -> ContratType:
        return cls(
            pk=row.id,
            conseiller_id=row.conseiller_id,
            structure_id=row.structure_id,
            poste_id=row.poste_id,
            departement_code=row.departement_code,
            type=row.type,
            statut=row.statut,
            date_debut=row.date_debut,
            date_fin=row.date_fin,
            date_rupture=row.date_rupture,
            motif_rupture=row.motif_rupture,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> ContratType | None:
        row = await contrat_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="Le conseiller sous contrat.")
    @contexte_seul
    def conseiller(
        self, info: strawberry.Info
    ) -> Annotated[ConseillerType, strawberry.lazy("schema.conseiller.types")] | None:
        from schema.conseiller.types import conseiller_de

        return conseiller_de(info, self.conseiller_id)

    @strawberry.field(description="La structure employeuse.")
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.structure_id)

    @strawberry.field(description="Le poste occupé.")
    @contexte_seul
    def poste(self, info: strawberry.Info) -> PosteType | None:
        return poste_de(info, self.poste_id)

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.departement_code)


def _conseiller(info: strawberry.Info) -> DataLoader[uuid.UUID, Conseiller | None]:
    from schema.conseiller.loaders import conseiller_by_id

    return conseiller_by_id(info)


lien(Contrat, "conseiller", _conseiller, Contrat.conseiller_id)
lien(Contrat, "structure", structure_by_id, Contrat.structure_id)
lien(Contrat, "poste", poste_by_id, Contrat.poste_id)
lien(Contrat, "departement", departement_by_code, Contrat.departement_code)
