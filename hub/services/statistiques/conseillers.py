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
from hub.services.statistiques.masque import Bucket, Masque
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
    portee = Portee(principal, territoire, periode, champs)
    sur_conseillers = portee.predicat(Conseiller)
    sur_contrats = portee.predicat(Contrat)
    if sur_conseillers is None or sur_contrats is None:
        return None
    masque = Masque(seuil)
    async with contexte_statistiques(session):
        etats: dict[str, int | None] = dict.fromkeys(ETATS)
        if portee.demande(*ETATS):
            nombres = await _etats(
                session, portee, sur_conseillers, sur_contrats, aujourdhui or datetime.now(PARIS).date()
            )
            etats = {nom: masque.total(n) if portee.demande(nom) else None for nom, n in nombres.items()}
        ruptures: list[Bucket] = []
        if portee.demande("ruptures_par_motif"):
            ruptures = await _ruptures(session, portee, sur_contrats, masque)
    return StatistiquesConseillers(
        en_poste=etats["en_poste"],
        en_formation=etats["en_formation"],
        certifies=etats["certifies"],
        coordinateurs=etats["coordinateurs"],
        ruptures_par_motif=ruptures,
        suppressions=masque.suppressions,
    )


async def _etats(
    session: AsyncSession,
    portee: Portee,
    sur_conseillers: ColumnElement[bool],
    sur_contrats: ColumnElement[bool],
    aujourdhui: date,
) -> dict[str, int]:
    en_poste = exists().where(
        Contrat.conseiller_id == Conseiller.id, Contrat.statut == StatutContrat.ACTIF, sur_contrats
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
    row = (
        await session.execute(
            select(*(func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions)).where(
                sur_conseillers, portee.periode.contient(Conseiller.date_debut_formation)
            )
        )
    ).one()
    return {nom: int(nombre) for nom, nombre in zip(ETATS, row, strict=True)}


async def _ruptures(
    session: AsyncSession, portee: Portee, sur_contrats: ColumnElement[bool], masque: Masque
) -> list[Bucket]:
    rows = await session.execute(
        select(Contrat.motif_rupture, func.count())
        .where(
            sur_contrats, Contrat.statut == StatutContrat.ROMPU, portee.periode.contient(Contrat.date_rupture)
        )
        .group_by(Contrat.motif_rupture)
    )
    par_motif: dict[MotifRupture | None, int] = dict(rows.all())
    return masque.buckets([(m.name, m.libelle, par_motif.get(m, 0)) for m in MotifRupture])
