"""Conseillers: in post, in training, certified, coordinators, and contract ruptures by motif."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import Conseiller, Contrat
from hub.models.enums import MotifRupture, StatutContrat
from hub.services.statistiques.a_la_date import contrat_en_poste
from hub.services.statistiques.diffusion import cellule, colonnes_cellule
from hub.services.statistiques.masque import Bucket, Grille, Tableau
from hub.services.statistiques.periode import PARIS, Periode
from hub.services.statistiques.portee import Portee

ETATS = ("en_poste", "en_formation", "certifies", "coordinateurs")


@dataclass(frozen=True, slots=True)
class StatistiquesConseillers:
    en_poste: int | None
    en_formation: int | None
    certifies: int | None
    coordinateurs: int | None
    ruptures_par_motif: list[Bucket]
    suppressions: int


async def statistiques_conseillers(
    session: AsyncSession,
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    *,
    seuil: int | None = None,
    champs: Collection[str] | None = None,
    aujourdhui: date | None = None,
) -> StatistiquesConseillers | None:
    """Conseillers whose training started in the période (their entry in the programme), by current
    state; ruptures dated in the période. Two statements."""
    portee = Portee(principal, territoire, periode, champs, seuil)
    sur_conseillers = portee.predicat(Conseiller)
    sur_contrats = portee.predicat(Contrat)
    if sur_conseillers is None or sur_contrats is None:
        return None
    grille = Grille(seuil, (Tableau(tuple(m.name for m in MotifRupture)),))
    async with contexte_statistiques(session):
        if portee.demande(*ETATS):
            await _etats(
                session,
                portee,
                sur_conseillers,
                sur_contrats,
                aujourdhui or datetime.now(PARIS).date(),
                grille,
            )
        if portee.demande("ruptures_par_motif"):
            await _ruptures(session, portee, sur_contrats, grille)
    etats = {nom: grille.valeur(nom) if portee.demande(nom) else None for nom in ETATS}
    ruptures = (
        grille.buckets((m.name, m.libelle, m.name) for m in MotifRupture)
        if portee.demande("ruptures_par_motif")
        else []
    )
    return StatistiquesConseillers(
        en_poste=etats["en_poste"],
        en_formation=etats["en_formation"],
        certifies=etats["certifies"],
        coordinateurs=etats["coordinateurs"],
        ruptures_par_motif=ruptures,
        suppressions=grille.suppressions,
    )


async def _etats(
    session: AsyncSession,
    portee: Portee,
    sur_conseillers: ColumnElement[bool],
    sur_contrats: ColumnElement[bool],
    aujourdhui: date,
    grille: Grille,
) -> None:
    # En poste as of today (a_la_date.contrat_en_poste, which the daily snapshots share).
    en_poste = exists().where(
        Contrat.conseiller_id == Conseiller.id, contrat_en_poste(aujourdhui), sur_contrats
    )
    # In training: started, not over yet, not certified.
    en_formation = and_(
        Conseiller.date_debut_formation <= aujourdhui,
        or_(Conseiller.date_fin_formation.is_(None), Conseiller.date_fin_formation >= aujourdhui),
        Conseiller.certifie.is_(False),
    )
    conditions = (
        en_poste,
        en_formation,
        Conseiller.certifie.is_(True),
        Conseiller.est_coordinateur.is_(True),
    )
    case_ = colonnes_cellule(portee, Conseiller, Conseiller.departement_code, Conseiller.date_debut_formation)
    rows = await session.execute(
        select(*case_, *(func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions))
        .where(sur_conseillers, portee.periode.contient(Conseiller.date_debut_formation))
        .group_by(*case_)
    )
    for ligne in rows:
        lieu, dans, nombres = cellule(portee, ligne)
        grille.ajouter(lieu, {nom: int(n) for nom, n in zip(ETATS, nombres, strict=True)}, dans=dans)


async def _ruptures(
    session: AsyncSession, portee: Portee, sur_contrats: ColumnElement[bool], grille: Grille
) -> None:
    case_ = colonnes_cellule(portee, Contrat, Contrat.departement_code, Contrat.date_rupture)
    rows = await session.execute(
        select(*case_, Contrat.motif_rupture, func.count())
        .where(
            sur_contrats, Contrat.statut == StatutContrat.ROMPU, portee.periode.contient(Contrat.date_rupture)
        )
        .group_by(*case_, Contrat.motif_rupture)
    )
    for ligne in rows:
        lieu, dans, (motif, nombre) = cellule(portee, ligne)
        if motif is not None:
            grille.ajouter(lieu, {motif.name: nombre}, dans=dans)
