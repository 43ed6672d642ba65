"""GraphQL type HubTerritorial: an organisation covering régions, and its public contact data."""

from __future__ import annotations

from typing import Any

import strawberry

from hub.models import HubTerritorial
from schema.hub_territorial.loaders import hub_territorial_by_id, regions_by_hub_territorial
from schema.relay import Node, register_node
from schema.territoire.loaders import region_by_code
from schema.territoire.types import RegionType


@register_node
@strawberry.type(
    name="HubTerritorial",
    description="Hub territorial : organisation qui anime l'inclusion numérique sur une ou plusieurs "
    "régions. Son nom, ses régions et ses coordonnées (celles d'une organisation, pas d'une "
    "personne) forment un annuaire public ; le hub modifie lui-même ses coordonnées.",
)
class HubTerritorialType(Node):
    nom: str
    email: str | None = strawberry.field(description="Adresse électronique de contact.")
    telephone: str | None = strawberry.field(description="Téléphone de contact, forme internationale.")
    site_web: str | None
    adresse: str | None

    @classmethod
    def from_row(cls, row: HubTerritorial) -> HubTerritorialType:
        return cls(
            pk=row.id,
            nom=row.nom,
            email=row.email,
            telephone=row.telephone,
            site_web=row.site_web,
            adresse=row.adresse,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> HubTerritorialType | None:
        row = await hub_territorial_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="Les régions que le hub couvre (son périmètre), par code.")
    async def regions(self, info: strawberry.Info) -> list[RegionType]:
        liens = await regions_by_hub_territorial(info).load(self.pk)
        return list(await region_by_code(info).load_many([lien.region_code for lien in liens]))
