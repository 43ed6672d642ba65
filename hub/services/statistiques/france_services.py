"""France Services: labelled sites, by format and by type (principal or antenne)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import SiteFranceServices
from hub.models.enums import FormatFranceServices, TypeSiteFranceServices
from hub.services.statistiques.masque import Bucket, Masque
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee


@dataclass(frozen=True, slots=True)
class StatistiquesFranceServices:
    sites: int | None
    par_format: list[Bucket]
    par_type: list[Bucket]
    suppressions: int


async def statistiques_france_services(
    session: AsyncSession,
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    *,
    seuil: int | None = None,
    champs: Collection[str] | None = None,
) -> StatistiquesFranceServices | None:
    """Sites labelled in the période (date_labellisation; a bounded période leaves out undated sites)."""
    portee = Portee(principal, territoire, periode, champs)
    predicat = portee.predicat(SiteFranceServices)
    if predicat is None:
        return None
    async with contexte_statistiques(session):
        rows = await session.execute(
            select(SiteFranceServices.format, SiteFranceServices.type, func.count())
            .where(predicat, periode.contient(SiteFranceServices.date_labellisation))
            .group_by(SiteFranceServices.format, SiteFranceServices.type)
        )
    par_format: Counter[FormatFranceServices] = Counter()
    par_type: Counter[TypeSiteFranceServices] = Counter()
    for format_, type_, nombre in rows:
        par_format[format_] += nombre
        par_type[type_] += nombre
    masque = Masque(seuil)
    return StatistiquesFranceServices(
        sites=masque.total(sum(par_type.values())) if portee.demande("sites") else None,
        par_format=(
            masque.buckets([(f.name, f.libelle, par_format[f]) for f in FormatFranceServices])
            if portee.demande("par_format")
            else []
        ),
        par_type=(
            masque.buckets([(t.name, t.libelle, par_type[t]) for t in TypeSiteFranceServices])
            if portee.demande("par_type")
            else []
        ),
        suppressions=masque.suppressions,
    )
