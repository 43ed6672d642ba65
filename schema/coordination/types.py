"""GraphQL type Coordination: a coordinateur coordinates a conseiller, from a date until an end date."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from hub.models import Coordination
from schema.conseiller.types import ConseillerType, conseiller_de
from schema.coordination.loaders import coordination_by_id
from schema.execution import contexte_seul
from schema.relay import Node, register_node


@register_node
@strawberry.type(
    name="Coordination",
    description="Une relation de coordination entre deux conseillers, gérée par l'ANCT et la préfecture "
    "du conseiller coordonné. Chaque conseiller y est null pour qui ne peut pas le lire.",
)
class CoordinationType(Node):
    date_debut: dt.date
    date_fin: dt.date | None = strawberry.field(description="Null : en cours.")
    coordinateur_id: strawberry.Private[uuid.UUID]
    conseiller_id: strawberry.Private[uuid.UUID]

    @classmethod
    def from_row(cls, row: Coordination) -> CoordinationType:
        return cls(
            pk=row.id,
            date_debut=row.date_debut,
            date_fin=row.date_fin,
            coordinateur_id=row.coordinateur_id,
            conseiller_id=row.conseiller_id,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> CoordinationType | None:
        row = await coordination_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="Le coordinateur (un conseiller sur un poste de coordination).")
    @contexte_seul
    def coordinateur(self, info: strawberry.Info) -> ConseillerType | None:
        return conseiller_de(info, self.coordinateur_id)

    @strawberry.field(description="Le conseiller coordonné.")
    @contexte_seul
    def conseiller(self, info: strawberry.Info) -> ConseillerType | None:
        return conseiller_de(info, self.conseiller_id)
