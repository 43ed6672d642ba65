"""GraphQL types of the territorial référentiel."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.scalars import JSON

from hub.models import Departement, Region, Structure
from schema.pagination import Connection, child_connection, page

if TYPE_CHECKING:
    from schema.structure.types import StructureType


@strawberry.type(name="Region", description="Région (code INSEE, une chaîne : « 11 », « 01 »).")
class RegionType:
    code: str
    nom: str

    @classmethod
    def from_row(cls, row: Region) -> RegionType:
        return cls(code=row.code, nom=row.nom)


@strawberry.type(
    name="Departement", description="Département (code « 01 »…« 95 », « 2A », « 2B », « 971 »…)."
)
class DepartementType:
    code: str
    nom: str
    region_code: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: Departement) -> DepartementType:
        return cls(code=row.code, nom=row.nom, region_code=row.region_code)

    @strawberry.field(description="La région du département.")
    async def region(self, info: strawberry.Info) -> RegionType:
        from schema.territoire.loaders import region_by_code

        return await region_by_code(info).load(self.region_code)

    @strawberry.field(
        description="Contour simplifié du département (géométrie GeoJSON MultiPolygon, WGS84), pour "
        "les cartes ; null tant que les contours n'ont pas été importés."
    )
    async def contour(self, info: strawberry.Info) -> JSON | None:
        from schema.territoire.loaders import contour_by_code

        texte = await contour_by_code(info).load(self.code)
        return None if texte is None else JSON(json.loads(texte))

    @strawberry.field(description="Les structures du département visibles par l'appelant, par nom.")
    async def structures(
        self, info: strawberry.Info, first: int, after: str | None = None
    ) -> Connection[Annotated[StructureType, strawberry.lazy("schema.structure.types")]]:
        from schema.structure.loaders import STRUCTURES_DU_DEPARTEMENT
        from schema.structure.types import StructureType

        demandee = page(info, STRUCTURES_DU_DEPARTEMENT, first, after, "NOM")
        return await child_connection(
            info, demandee, Structure.departement_code, self.code, StructureType.from_row
        )
