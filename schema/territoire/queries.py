"""Root fields of the référentiel: `regions`, `departements`, `departement(code)`.

These are short, fixed reference lists (18 and 107 rows), so they are plain lists, not connections.
"""

from __future__ import annotations

import strawberry

from auth.policy import readable
from hub.models import Departement, Region
from schema.context import Context
from schema.territoire.types import DepartementType, RegionType


@strawberry.type
class TerritoireQuery:
    @strawberry.field(description="Les 18 régions, par code.")
    async def regions(self, info: strawberry.Info) -> list[RegionType]:
        context: Context = info.context
        result = await context.db.execute(readable(Region, context.principal).order_by(Region.code))
        return [RegionType.from_row(row) for row in result.scalars()]

    @strawberry.field(
        description="Les 101 départements et les 6 collectivités d'outre-mer, par code ; "
        "filtrables par région."
    )
    async def departements(self, info: strawberry.Info, region: str | None = None) -> list[DepartementType]:
        context: Context = info.context
        statement = readable(Departement, context.principal).order_by(Departement.code)
        if region is not None:
            statement = statement.where(Departement.region_code == region)
        result = await context.db.execute(statement)
        return [DepartementType.from_row(row) for row in result.scalars()]

    @strawberry.field(description="Un département par son code (« 57 », « 2A », « 971 »), ou null.")
    async def departement(self, info: strawberry.Info, code: str) -> DepartementType | None:
        context: Context = info.context
        result = await context.db.execute(
            readable(Departement, context.principal).where(Departement.code == code)
        )
        row = result.scalar_one_or_none()
        return DepartementType.from_row(row) if row is not None else None
