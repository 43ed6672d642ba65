"""Postes: validated, occupied, vacant and given-back postes, and their split by phase."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import Poste
from hub.models.enums import EtatPoste
from hub.services.statistiques.masque import Bucket, Masque
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

PHASES = {1: "Phase 1 (2020–2021)", 2: "Phase 2 (renouvellements)"}


@dataclass(frozen=True, slots=True)
class StatistiquesPostes:
    valides: int | None
    occupes: int | None
    vacants: int | None
    rendus: int | None
    par_phase: list[Bucket]
    suppressions: int


async def statistiques_postes(
    session: AsyncSession,
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    *,
    seuil: int | None = None,
    champs: Collection[str] | None = None,
) -> StatistiquesPostes | None:
    """Postes attributed in the période (date_attribution), by their current état; one statement."""
    portee = Portee(principal, territoire, periode, champs)
    predicat = portee.predicat(Poste)
    if predicat is None:
        return None
    async with contexte_statistiques(session):
        rows = await session.execute(
            select(Poste.etat, Poste.phase, func.count())
            .where(predicat, periode.contient(Poste.date_attribution))
            .group_by(Poste.etat, Poste.phase)
        )
    par_etat: Counter[EtatPoste] = Counter()
    par_phase: Counter[int] = Counter()
    for etat, phase, nombre in rows:
        par_etat[etat] += nombre
        par_phase[phase] += nombre
    masque = Masque(seuil)
    valides = masque.total(sum(par_etat.values())) if portee.demande("valides") else None
    etats = ("occupes", "vacants", "rendus")
    occupes = vacants = rendus = None
    if portee.demande(*etats):
        # The three parts of `valides`: hiding one alone would give it away by difference.
        occupes, vacants, rendus = masque.parties(
            [par_etat[EtatPoste.OCCUPE], par_etat[EtatPoste.VACANT], par_etat[EtatPoste.RENDU]],
            [portee.demande(etat) for etat in etats],
        )
    phases: list[Bucket] = []
    if portee.demande("par_phase"):
        phases = masque.buckets([(str(phase), lib, par_phase[phase]) for phase, lib in PHASES.items()])
    return StatistiquesPostes(valides, occupes, vacants, rendus, phases, masque.suppressions)
