"""France Services: labelled sites, by format and by type (principal or antenne)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import SiteFranceServices
from hub.models.enums import FormatFranceServices, TypeSiteFranceServices
from hub.services.statistiques.diffusion import cellule, colonnes_cellule
from hub.services.statistiques.masque import Bucket, Grille, Tableau
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

TABLEAUX = (
    Tableau(tuple(f"format_{f.name}" for f in FormatFranceServices), "sites"),
    Tableau(tuple(f"type_{t.name}" for t in TypeSiteFranceServices), "sites"),
    # Sites carried by a structure of the programme, and the others: they add up to the sites, so that
    # a hidden count cannot be taken back by difference.
    Tableau(("portes", "non_portes"), "sites"),
)


@dataclass(frozen=True, slots=True)
class StatistiquesFranceServices:
    sites: int | None
    sites_portes: int | None
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
    """Sites labelled in the période (date_labellisation; a bounded période leaves out undated sites).

    A site absent from the latest ANCT list (`absent_depuis`) is no longer counted."""
    portee = Portee(principal, territoire, periode, champs, seuil)
    predicat = portee.predicat(SiteFranceServices)
    if predicat is None:
        return None
    case_ = colonnes_cellule(
        portee, SiteFranceServices, SiteFranceServices.departement_code, SiteFranceServices.date_labellisation
    )
    porte = SiteFranceServices.structure_id.is_not(None).label("porte")
    async with contexte_statistiques(session):
        rows = await session.execute(
            select(*case_, SiteFranceServices.format, SiteFranceServices.type, porte, func.count())
            .where(
                predicat,
                periode.contient(SiteFranceServices.date_labellisation),
                SiteFranceServices.absent_depuis.is_(None),
            )
            .group_by(*case_, SiteFranceServices.format, SiteFranceServices.type, porte)
        )
    grille = Grille(seuil, TABLEAUX)
    for ligne in rows:
        lieu, dans, (format_, type_, est_porte, nombre) = cellule(portee, ligne)
        grille.ajouter(
            lieu,
            {
                "sites": nombre,
                f"format_{format_.name}": nombre,
                f"type_{type_.name}": nombre,
                "portes" if est_porte else "non_portes": nombre,
            },
            dans=dans,
        )
    return StatistiquesFranceServices(
        sites=grille.valeur("sites") if portee.demande("sites") else None,
        sites_portes=grille.valeur("portes") if portee.demande("sites_portes") else None,
        par_format=(
            grille.buckets((f.name, f.libelle, f"format_{f.name}") for f in FormatFranceServices)
            if portee.demande("par_format")
            else []
        ),
        par_type=(
            grille.buckets((t.name, t.libelle, f"type_{t.name}") for t in TypeSiteFranceServices)
            if portee.demande("par_type")
            else []
        ),
        suppressions=grille.suppressions,
    )
