"""GraphQL type of an avenant: the request, the préfet's avis, ANCT's decision."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from hub.models import Avenant
from schema.avenant.loaders import avenant_by_id
from schema.enums import Avis, StatutAvenant, TypeAvenant
from schema.poste.types import PosteType, poste_of
from schema.relay import Node, register_node
from schema.structure.types import StructureType, structure_of


@register_node
@strawberry.type(
    name="Avenant",
    description="Avenant à la convention d'une structure : ajout de postes (demandé par la structure, "
    "avis du préfet, décision de l'ANCT) ou rendu d'un poste (décision de l'ANCT).",
)
class AvenantType(Node):
    structure_id: strawberry.Private[uuid.UUID]
    poste_id: strawberry.Private[uuid.UUID | None]
    type: TypeAvenant
    statut: StatutAvenant
    nb_postes: int = strawberry.field(description="Postes demandés (1 pour un rendu).")
    motif: str
    date_demande: dt.date
    avis_prefet: Avis | None
    commentaire_prefet: str
    date_avis_prefet: dt.date | None
    nb_postes_accordes: int | None = strawberry.field(description="Postes ajoutés par la décision.")
    date_decision: dt.date | None

    @classmethod
    def from_row(cls, row: Avenant) -> AvenantType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            poste_id=row.poste_id,
            type=row.type,
            statut=row.statut,
            nb_postes=row.nb_postes,
            motif=row.motif,
            date_demande=row.date_demande,
            avis_prefet=row.avis_prefet,
            commentaire_prefet=row.commentaire_prefet,
            date_avis_prefet=row.date_avis_prefet,
            nb_postes_accordes=row.nb_postes_accordes,
            date_decision=row.date_decision,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> AvenantType | None:
        row = await avenant_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="La structure qui demande l'avenant.")
    async def structure(self, info: strawberry.Info) -> StructureType | None:
        return await structure_of(info, self.structure_id)

    @strawberry.field(description="Le poste rendu (avenant de rendu).")
    async def poste(self, info: strawberry.Info) -> PosteType | None:
        return await poste_of(info, self.poste_id)
