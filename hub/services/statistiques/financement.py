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
from hub.models.enums import ObjetEnveloppe
from hub.services.statistiques.diffusion import cellule, colonnes_cellule
from hub.services.statistiques.masque import Bucket, Grille, Tableau
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

TRANCHES = {1: "1re tranche", 2: "2e tranche", 3: "3e tranche"}
MONTANTS = ("engage_centimes", "verse_centimes")


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
    portee = Portee(principal, territoire, periode, champs, seuil)
    sur_subventions = portee.predicat(Subvention)
    sur_versements = portee.predicat(Versement)
    if sur_subventions is None or sur_versements is None:
        return None
    grille = Grille(seuil, (Tableau(tuple(f"tranche_{t}" for t in TRANCHES), "versements"),), MONTANTS)
    async with contexte_statistiques(session):
        if portee.demande("engage"):
            await _subventions(session, portee, sur_subventions, grille)
        if portee.demande("verse", "verses_par_tranche"):
            await _versements(session, portee, sur_versements, grille)
        plafond = await _plafond(session, portee) if portee.demande("plafond") else None
        enveloppe = (
            await _enveloppe(session, portee, sur_subventions) if portee.demande("enveloppe") else None
        )
    engage = (
        _euros(grille.valeur("engage_centimes", selon="subventions")) if portee.demande("engage") else None
    )
    verse = _euros(grille.valeur("verse_centimes", selon="versements")) if portee.demande("verse") else None
    par_tranche: list[Bucket] = []
    if portee.demande("verses_par_tranche"):
        par_tranche = grille.buckets((str(t), lib, f"tranche_{t}") for t, lib in TRANCHES.items())
    return StatistiquesFinancement(engage, verse, par_tranche, enveloppe, plafond, grille.suppressions)


def _euros(centimes: int | None) -> float | None:
    return None if centimes is None else euros(centimes)


async def _subventions(
    session: AsyncSession, portee: Portee, sur_subventions: ColumnElement[bool], grille: Grille
) -> None:
    case_ = colonnes_cellule(
        portee, Subvention, Subvention.departement_code, Subvention.date_debut_convention
    )
    rows = await session.execute(
        select(*case_, func.count(), func.coalesce(func.sum(Subvention.montant_centimes), 0))
        .where(sur_subventions, portee.periode.contient(Subvention.date_debut_convention))
        .group_by(*case_)
    )
    for ligne in rows:
        lieu, dans, (nombre, centimes) = cellule(portee, ligne)
        grille.ajouter(lieu, {"subventions": nombre, "engage_centimes": int(centimes)}, dans=dans)


async def _versements(
    session: AsyncSession, portee: Portee, sur_versements: ColumnElement[bool], grille: Grille
) -> None:
    case_ = colonnes_cellule(portee, Versement, Versement.departement_code, Versement.date)
    rows = await session.execute(
        select(*case_, Versement.numero, func.count(), func.sum(Versement.montant_centimes))
        .where(sur_versements, portee.periode.contient(Versement.date))
        .group_by(*case_, Versement.numero)
    )
    for ligne in rows:
        lieu, dans, (numero, nombre, centimes) = cellule(portee, ligne)
        grille.ajouter(
            lieu,
            {"versements": nombre, f"tranche_{numero}": nombre, "verse_centimes": int(centimes)},
            dans=dans,
        )


async def _plafond(session: AsyncSession, portee: Portee) -> float | None:
    """Σ of the départemental ceilings of the territory on the lines that fund postes: the kits' and
    Aidants Connect's plafonds are not the postes' budget (each enveloppe funds what it is for)."""
    sur_plafonds = portee.dans(PlafondDepartemental)
    if sur_plafonds is None:
        return None
    des_postes = select(Enveloppe.id).where(Enveloppe.objet == ObjetEnveloppe.POSTES)
    centimes = await session.scalar(
        select(func.coalesce(func.sum(PlafondDepartemental.montant_centimes), 0)).where(
            sur_plafonds, PlafondDepartemental.enveloppe_id.in_(des_postes)
        )
    )
    return euros(centimes or 0)


async def _enveloppe(
    session: AsyncSession, portee: Portee, sur_subventions: ColumnElement[bool]
) -> float | None:
    """The national lines that fund the counted subventions (the conseillers line, 200 M€). An enveloppe
    is national: not shown for a région or a département (`plafond` is their budget figure)."""
    sur_enveloppes = portee.dans(Enveloppe)
    if sur_enveloppes is None or portee.territoire.niveau != "national":
        return None
    lignes = select(Subvention.enveloppe_id).where(sur_subventions).distinct()
    centimes = await session.scalar(
        select(func.coalesce(func.sum(Enveloppe.montant_centimes), 0)).where(
            sur_enveloppes, Enveloppe.id.in_(lignes)
        )
    )
    return euros(centimes or 0)
