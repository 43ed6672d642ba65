"""The territory a statistics request is about: national, one région or one département, by its code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire, readable
from auth.principal import Principal
from hub.models import Departement, Region

NATIONAL = Territoire(niveau="national", code=None)


class TerritoireInconnuError(LookupError):
    """No région or département has this code."""


@dataclass(frozen=True, slots=True)
class TerritoireNomme:
    territoire: Territoire
    nom: str


async def nommer_territoire(
    session: AsyncSession, principal: Principal, territoire: Territoire
) -> TerritoireNomme:
    """The territory with its name, or TerritoireInconnuError when its code is not in the référentiel."""
    if territoire.niveau == "national":
        return TerritoireNomme(territoire, "France")
    if territoire.niveau == "region":
        region = await session.scalar(readable(Region, principal).where(Region.code == territoire.code))
        nom = region.nom if region is not None else None
    else:
        departement = await session.scalar(
            readable(Departement, principal).where(Departement.code == territoire.code)
        )
        nom = departement.nom if departement is not None else None
    if nom is None:
        raise TerritoireInconnuError(f"aucun(e) {territoire.niveau} de code {territoire.code!r}")
    return TerritoireNomme(territoire, nom)
