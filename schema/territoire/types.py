"""GraphQL types of the territorial référentiel."""

from __future__ import annotations

import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.scalars import JSON

from hub.models import Commune, Departement, Region, Structure
from schema.pagination import After, Before, Connection, First, Last, child_connection, page

if TYPE_CHECKING:
    from schema.commune.types import CommuneType
    from schema.structure.types import StructureType


@strawberry.type(name="Region", description="Région (code INSEE, une chaîne : « 11 », « 01 »).")
class RegionType:
    code: str
    nom: str

    @classmethod
    def from_row(cls, row: Region) -> RegionType:
        return cls(code=row.code, nom=row.nom)


@strawberry.enum(
    description="Zone d'un territoire : métropole, départements et régions d'outre-mer, "
    "collectivités d'outre-mer."
)
class ZoneTerritoire(Enum):
    METROPOLE = "metropole"
    DROM = "drom"
    COM = "com"


@strawberry.type(
    name="Departement",
    description="Département (code « 01 »…« 95 », « 2A », « 2B », « 971 »…) ou collectivité d'outre-mer "
    "(« 975 », « 977 », « 978 », « 986 », « 987 », « 988 ») : l'unité de portée d'une préfecture.",
)
class DepartementType:
    code: str
    nom: str
    zone: ZoneTerritoire
    region_code: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: Departement) -> DepartementType:
        return cls(code=row.code, nom=row.nom, zone=ZoneTerritoire(row.zone), region_code=row.region_code)

    @strawberry.field(description="La région du département ; null pour une collectivité d'outre-mer.")
    async def region(self, info: strawberry.Info) -> RegionType | None:
        from schema.territoire.loaders import region_by_code

        if self.region_code is None:
            return None
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
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Annotated[StructureType, strawberry.lazy("schema.structure.types")]]:
        from schema.structure.loaders import STRUCTURES_DU_DEPARTEMENT
        from schema.structure.types import StructureType

        demandee = page(info, STRUCTURES_DU_DEPARTEMENT, first, after, "NOM", last, before)
        return await child_connection(
            info, demandee, Structure.departement_code, self.code, StructureType.from_row
        )

    @strawberry.field(description="Les communes du département dans le référentiel importé, par code INSEE.")
    async def communes(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Annotated[CommuneType, strawberry.lazy("schema.commune.types")]]:
        from schema.commune.loaders import COMMUNES_DU_DEPARTEMENT
        from schema.commune.types import CommuneType

        demandee = page(info, COMMUNES_DU_DEPARTEMENT, first, after, "CODE", last, before)
        return await child_connection(
            info, demandee, Commune.departement_code, self.code, CommuneType.from_row
        )
