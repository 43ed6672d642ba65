"""Batched loaders for the référentiel (one SELECT per request whatever the number of keys)."""

from __future__ import annotations

from collections.abc import Sequence

import strawberry
from strawberry.dataloader import DataLoader

from auth.policy import readable
from hub.models import Departement, Region
from hub.services.contours import contours
from schema.batching import one_by
from schema.context import Context
from schema.territoire.types import RegionType


def region_by_code(info: strawberry.Info) -> DataLoader[str, RegionType]:
    context: Context = info.context
    loader = context.loaders.get("region_by_code")
    if loader is None:

        async def load(codes: Sequence[str]) -> list[RegionType]:
            result = await context.db.execute(
                readable(Region, context.principal).where(Region.code.in_(codes))
            )
            by_code = {row.code: RegionType.from_row(row) for row in result.scalars()}
            return [by_code[code] for code in codes]

        loader = context.loaders["region_by_code"] = DataLoader(load_fn=load)
    return loader


def departement_by_code(info: strawberry.Info) -> DataLoader[str, Departement | None]:
    return one_by(info, Departement, Departement.code)


def contour_by_code(info: strawberry.Info) -> DataLoader[str, str | None]:
    """The outline (GeoJSON text) of each département asked, in one SELECT."""
    context: Context = info.context
    loader = context.loaders.get("contour_by_code")
    if loader is None:

        async def load(codes: Sequence[str]) -> list[str | None]:
            return await context.db.run(lambda session: contours(session, context.principal, codes))

        loader = context.loaders["contour_by_code"] = DataLoader(load_fn=load)
    return loader
