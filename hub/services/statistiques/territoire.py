"""The territory a statistics request is about: national, a région, a département, an EPCI or a commune.

An EPCI or a commune is resolved from the imported référentiel with the départements of its communes
(the préfecture rule and the suppression grid need them). Only the blocks whose rows are placed in
a commune (`auth.localisation`) are counted there; the others are null and say why
(`blocs_non_localisables`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire, readable
from auth.principal import Principal
from hub.models import Commune, Departement, Epci, Region

NATIONAL = Territoire(niveau="national", code=None)

# Blocks that cannot be placed in a commune, and why (GraphQL names: the API says it as is).
_NON_LOCALISABLES = {
    "postes": "un poste est rattaché au département de sa structure, pas à une commune",
    "conseillers": "un conseiller est rattaché au département de sa structure, pas à une commune",
    "financement": "subventions, versements, enveloppes et plafonds sont départementaux ou nationaux",
    "aidantsConnect": "les mandats Aidants Connect sont comptés par organisation et par département",
}


class TerritoireInconnuError(LookupError):
    """No région, département, EPCI or commune has this code."""


@dataclass(frozen=True, slots=True)
class TerritoireNomme:
    territoire: Territoire
    nom: str


def blocs_non_localisables(territoire: Territoire) -> dict[str, str]:
    """Blocks (GraphQL names) null on `territoire` because their rows have no commune, with the reason."""
    return dict(_NON_LOCALISABLES) if territoire.communal else {}


async def nommer_territoire(
    session: AsyncSession, principal: Principal, territoire: Territoire
) -> TerritoireNomme:
    """The territory with its name (an EPCI or a commune also with its départements), or
    TerritoireInconnuError when its code is not in the référentiel."""
    if territoire.niveau == "national":
        return TerritoireNomme(territoire, "France")
    if territoire.communal:
        return await _nommer_communal(session, principal, territoire)
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


async def _nommer_communal(
    session: AsyncSession, principal: Principal, territoire: Territoire
) -> TerritoireNomme:
    if territoire.niveau == "commune":
        commune = await session.scalar(readable(Commune, principal).where(Commune.code == territoire.code))
        if commune is None:
            raise TerritoireInconnuError(
                f"aucune commune de code INSEE {territoire.code!r} dans le référentiel"
            )
        return TerritoireNomme(
            replace(territoire, departements=frozenset({commune.departement_code})), commune.nom
        )
    epci = await session.scalar(readable(Epci, principal).where(Epci.code == territoire.code))
    departements = await session.scalars(
        readable(Commune, principal)
        .where(Commune.epci_code == territoire.code)
        .with_only_columns(Commune.departement_code)
        .distinct()
    )
    codes = frozenset(departements)
    if epci is None or not codes:
        raise TerritoireInconnuError(
            f"aucun EPCI de SIREN {territoire.code!r} (avec des communes) dans le référentiel"
        )
    return TerritoireNomme(replace(territoire, departements=codes), epci.nom)
