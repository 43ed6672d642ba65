"""France Services: labelled sites, by format and by type (principal or antenne)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import SiteFranceServices
from hub.models.enums import FormatFranceServices, TypeSiteFranceServices
from hub.services.statistiques import communes
from hub.services.statistiques.diffusion import cellule, colonnes_cellule
from hub.services.statistiques.masque import Bucket, Grille, Tableau
from hub.services.statistiques.masque_communal import GrilleCommunale
from hub.services.statistiques.mois import mois
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
    if seuil is not None and territoire.communal:
        async with contexte_statistiques(session):
            return _publier(portee, await _grille_communale(session, portee, predicat))
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
        grille.ajouter(lieu, _mesures(format_, type_, est_porte, nombre), dans=dans)
    return _publier(portee, grille)


def _mesures(
    format_: FormatFranceServices, type_: TypeSiteFranceServices, porte: bool, n: int
) -> dict[str, int]:
    return {
        "sites": n,
        f"format_{format_.name}": n,
        f"type_{type_.name}": n,
        "portes" if porte else "non_portes": n,
    }


async def _grille_communale(session: AsyncSession, portee: Portee, predicat: Any) -> Grille:
    """Under suppression, on an EPCI or a commune: the sites of the whole country by département ×
    month (the département grid), and those of the territory's départements by commune × month."""
    s = SiteFranceServices
    mois_ = mois(s.date_labellisation)
    porte = s.structure_id.is_not(None).label("porte")
    cle = (s.departement_code, s.code_insee, mois_, s.format, s.type, porte)
    rows = await session.execute(
        select(*cle, func.count())
        .where(predicat, portee.periode.contient(s.date_labellisation))
        .group_by(*cle)
    )
    grille = GrilleCommunale(portee.seuil, TABLEAUX, Grille(portee.seuil, TABLEAUX))
    codes = await communes.membres(session, portee)
    for departement, insee, mois_du_site, format_, type_, est_porte, nombre in rows:
        mesures = _mesures(format_, type_, est_porte, nombre)
        grille.departementale.ajouter((departement, mois_du_site), mesures)
        if departement in portee.territoire.departements:
            grille.ajouter_commune(departement, insee, mois_du_site, mesures, dans=insee in codes)
    return grille


def _publier(portee: Portee, grille: Grille) -> StatistiquesFranceServices:
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
