"""The départements' outlines (`departement.contour`, imported by `import contours-departements`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import read_predicate
from auth.principal import Principal
from hub.models import Departement


async def contours(session: AsyncSession, principal: Principal, codes: Sequence[str]) -> list[str | None]:
    """The outline (GeoJSON text) of each of `codes`, in their order; None when not imported. The
    column is outside `readable_rows` (kilobytes per row): only this statement reads it."""
    lignes = await session.execute(
        select(Departement.code, Departement.contour).where(
            Departement.code.in_(codes), read_predicate(Departement, principal)
        )
    )
    par_code: dict[str, str | None] = {ligne.code: ligne.contour for ligne in lignes}
    return [par_code.get(code) for code in codes]
