"""Aidants Connect: mandats (active ones, by durée), their démarches, and habilitated organisations.

Mandats are counted, never read: the policy lets anct and préfectures count them, an aidant count
its own organisation's; for anyone else the block is null.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import Autorisation, Mandat, OrganisationAidantsConnect
from hub.models.enums import DUREES_MANDAT_JOURS, Demarche
from hub.services.statistiques.a_la_date import mandat_actif_le
from hub.services.statistiques.masque import UNIQUE, Bucket, Grille, Tableau
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

LIBELLES_DUREES = {1: "1 jour", 31: "1 mois (31 jours)", 182: "6 mois (182 jours)", 365: "1 an (365 jours)"}


@dataclass(frozen=True, slots=True)
class StatistiquesAidantsConnect:
    mandats: int | None
    mandats_actifs: int | None
    organisations: int | None
    par_demarche: list[Bucket]
    par_duree: list[Bucket]
    suppressions: int


async def statistiques_aidants_connect(
    session: AsyncSession,
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    *,
    seuil: int | None = None,
    champs: Collection[str] | None = None,
    maintenant: datetime | None = None,
) -> StatistiquesAidantsConnect | None:
    """Mandats created in the période (date_creation, Paris days) and their autorisations; organisations
    habilitated in the territory (whatever the période). At most three statements."""
    portee = Portee(principal, territoire, periode, champs, seuil)
    sur_mandats = portee.predicat(Mandat)
    sur_autorisations = portee.predicat(Autorisation)
    sur_organisations = portee.predicat(OrganisationAidantsConnect)
    if sur_mandats is None or sur_autorisations is None or sur_organisations is None:
        return None
    mandats_comptes = and_(sur_mandats, periode.contient_instant(Mandat.date_creation))
    # Counted by ANCT, préfectures and aidants only, none of them under suppression: one cell (the
    # grid is kept so that a threshold given here would still apply the one model).
    grille = Grille(seuil, (Tableau(tuple(f"duree_{d}" for d in DUREES_MANDAT_JOURS), "mandats"),))
    mandats = actifs = organisations = None
    par_duree: list[Bucket] = []
    par_demarche: list[Bucket] = []
    async with contexte_statistiques(session):
        if portee.demande("mandats", "mandats_actifs", "par_duree"):
            mandats, actifs, par_duree = await _mandats(
                session, portee, mandats_comptes, maintenant or datetime.now(UTC), grille
            )
        if portee.demande("par_demarche"):
            rows = await session.execute(
                select(Autorisation.demarche, func.count())
                .join(Mandat, Mandat.id == Autorisation.mandat_id)
                .where(mandats_comptes, sur_autorisations)
                .group_by(Autorisation.demarche)
            )
            grille.ajouter(UNIQUE, {f"demarche_{d.name}": n for d, n in rows.all()})
            par_demarche = grille.buckets((d.name, d.libelle, f"demarche_{d.name}") for d in Demarche)
        if portee.demande("organisations"):
            compte = await session.scalar(
                select(func.count()).select_from(OrganisationAidantsConnect).where(sur_organisations)
            )
            grille.ajouter(UNIQUE, {"organisations": compte or 0})
            organisations = grille.valeur("organisations")
    return StatistiquesAidantsConnect(
        mandats=mandats,
        mandats_actifs=actifs,
        organisations=organisations,
        par_demarche=par_demarche,
        par_duree=par_duree,
        suppressions=grille.suppressions,
    )


async def _mandats(
    session: AsyncSession,
    portee: Portee,
    mandats_comptes: ColumnElement[bool],
    maintenant: datetime,
    grille: Grille,
) -> tuple[int | None, int | None, list[Bucket]]:
    # Actif: not expired and at least one démarche not revoked (DESIGN.md §1); the daily snapshots
    # count with the same rule.
    actif = mandat_actif_le(maintenant)
    rows = await session.execute(
        select(Mandat.duree_jours, func.count(), func.coalesce(func.sum(case((actif, 1), else_=0)), 0))
        .where(mandats_comptes)
        .group_by(Mandat.duree_jours)
    )
    for duree, nombre, actif_ in rows:
        grille.ajouter(UNIQUE, {"mandats": nombre, "mandats_actifs": int(actif_), f"duree_{duree}": nombre})
    mandats = grille.valeur("mandats") if portee.demande("mandats") else None
    actifs = grille.valeur("mandats_actifs") if portee.demande("mandats_actifs") else None
    par_duree: list[Bucket] = []
    if portee.demande("par_duree"):
        par_duree = grille.buckets((str(d), LIBELLES_DUREES[d], f"duree_{d}") for d in DUREES_MANDAT_JOURS)
    return mandats, actifs, par_duree
