"""Financement: amounts committed (subventions) and paid (versements by tranche), against the budget.

Amounts are stored in integer centimes and returned in euros. An amount is hidden like a count when
the number of subventions or versements behind it is a small group: 150,000 € would say "3 postes".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import Enveloppe, PlafondDepartemental, Subvention, Versement
from hub.services.statistiques.masque import Bucket, Masque
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

TRANCHES = {1: "1re tranche", 2: "2e tranche", 3: "3e tranche"}


@dataclass(frozen=True, slots=True)
class StatistiquesFinancement:
    engage: float | None
    verse: float | None
    verses_par_tranche: list[Bucket]
    enveloppe: float | None
    plafond: float | None
    suppressions: int


def euros(centimes: int) -> float:
    return centimes / 100


async def statistiques_financement(
    session: AsyncSession,
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    *,
    seuil: int | None = None,
    champs: Collection[str] | None = None,
) -> StatistiquesFinancement | None:
    """Subventions whose convention starts in the période, versements paid in it; budget lines whatever
    the période (null for a principal who may not count them). At most four statements."""
    portee = Portee(principal, territoire, periode, champs)
    sur_subventions = portee.predicat(Subvention)
    sur_versements = portee.predicat(Versement)
    if sur_subventions is None or sur_versements is None:
        return None
    masque = Masque(seuil)
    engage = verse = None
    par_tranche: list[Bucket] = []
    async with contexte_statistiques(session):
        if portee.demande("engage"):
            nombre, centimes = (
                await session.execute(
                    select(func.count(), func.coalesce(func.sum(Subvention.montant_centimes), 0)).where(
                        sur_subventions, periode.contient(Subvention.date_debut_convention)
                    )
                )
            ).one()
            engage = masque.compte(nombre, euros(centimes))
        if portee.demande("verse", "verses_par_tranche"):
            verse, par_tranche = await _versements(session, portee, sur_versements, masque)
        plafond = await _plafond(session, portee) if portee.demande("plafond") else None
        enveloppe = (
            await _enveloppe(session, portee, sur_subventions) if portee.demande("enveloppe") else None
        )
    return StatistiquesFinancement(engage, verse, par_tranche, enveloppe, plafond, masque.suppressions)


async def _versements(
    session: AsyncSession, portee: Portee, sur_versements: ColumnElement[bool], masque: Masque
) -> tuple[float | None, list[Bucket]]:
    rows = await session.execute(
        select(Versement.numero, func.count(), func.sum(Versement.montant_centimes))
        .where(sur_versements, portee.periode.contient(Versement.date))
        .group_by(Versement.numero)
    )
    tranches = {numero: (n, c) for numero, n, c in rows}
    verse = None
    if portee.demande("verse"):
        nombre = sum(n for n, _ in tranches.values())
        verse = masque.compte(nombre, euros(sum(c for _, c in tranches.values())))
    par_tranche: list[Bucket] = []
    if portee.demande("verses_par_tranche"):
        par_tranche = masque.buckets(
            [(str(t), lib, tranches.get(t, (0, 0))[0]) for t, lib in TRANCHES.items()]
        )
    return verse, par_tranche


async def _plafond(session: AsyncSession, portee: Portee) -> float | None:
    """Σ of the départemental ceilings of the territory."""
    sur_plafonds = portee.predicat(PlafondDepartemental)
    if sur_plafonds is None:
        return None
    centimes = await session.scalar(
        select(func.coalesce(func.sum(PlafondDepartemental.montant_centimes), 0)).where(sur_plafonds)
    )
    return euros(centimes or 0)


async def _enveloppe(
    session: AsyncSession, portee: Portee, sur_subventions: ColumnElement[bool]
) -> float | None:
    """The national lines that fund the counted subventions (the conseillers line, 200 M€). An enveloppe
    is national: not shown for a région or a département (`plafond` is their budget figure)."""
    sur_enveloppes = portee.predicat(Enveloppe)
    if sur_enveloppes is None or portee.territoire.niveau != "national":
        return None
    lignes = select(Subvention.enveloppe_id).where(sur_subventions).distinct()
    centimes = await session.scalar(
        select(func.coalesce(func.sum(Enveloppe.montant_centimes), 0)).where(
            sur_enveloppes, Enveloppe.id.in_(lignes)
        )
    )
    return euros(centimes or 0)
