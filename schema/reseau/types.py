"""GraphQL type Reseau: a grand réseau and its member structures (those the caller reads)."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry

from hub.models import Reseau, Structure
from schema.pagination import After, Before, Connection, First, Last, child_connection, page
from schema.prechargement import relation
from schema.relay import Node, register_node
from schema.reseau.loaders import STRUCTURES_DU_RESEAU, reseau_by_id
from schema.structure.types import StructureType


def reseau_de(info: strawberry.Info, reseau_id: uuid.UUID | None) -> ReseauType | None:
    """The Reseau of a row's `reseau_id` (null without one), through the batched loader."""
    return relation(reseau_by_id(info), reseau_id, ReseauType.from_row)


@register_node
@strawberry.type(
    name="Reseau",
    description="Grand réseau national (Emmaüs Connect, Groupe SOS…) dont les structures membres sont "
    "réparties dans de nombreux départements. L'annuaire des réseaux est public.",
)
class ReseauType(Node):
    nom: str

    @classmethod
    def from_row(cls, row: Reseau) -> ReseauType:
        return cls(pk=row.id, nom=row.nom)

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> ReseauType | None:
        row = await reseau_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(
        description="Les structures membres du réseau, par nom, parmi celles que l'appelant peut lire "
        "(une préfecture n'y voit que celles de ses départements)."
    )
    async def structures(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[StructureType]:
        demandee = page(info, STRUCTURES_DU_RESEAU, first, after, "NOM", last, before)
        return await child_connection(info, demandee, Structure.reseau_id, self.pk, StructureType.from_row)
