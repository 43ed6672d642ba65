"""Postes: validated, occupied, vacant and given-back postes, and their split by phase."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import Poste
from hub.models.enums import EtatPoste
from hub.services.statistiques.diffusion import cellule, colonnes_cellule
from hub.services.statistiques.masque import Bucket, Grille, Tableau
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

PHASES = {1: "Phase 1 (2020–2021)", 2: "Phase 2 (renouvellements)"}
ETATS = {"occupes": EtatPoste.OCCUPE, "vacants": EtatPoste.VACANT, "rendus": EtatPoste.RENDU}
TABLEAUX = (
    Tableau(tuple(etat.value for etat in ETATS.values()), "valides"),
    Tableau(tuple(f"phase_{phase}" for phase in PHASES), "valides"),
)


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
    portee = Portee(principal, territoire, periode, champs, seuil)
    predicat = portee.predicat(Poste)
    if predicat is None:
        return None
    grille_ = colonnes_cellule(portee, Poste, Poste.departement_code, Poste.date_attribution)
    async with contexte_statistiques(session):
        rows = await session.execute(
            select(*grille_, Poste.etat, Poste.phase, func.count())
            .where(predicat, periode.contient(Poste.date_attribution))
            .group_by(*grille_, Poste.etat, Poste.phase)
        )
    grille = Grille(seuil, TABLEAUX)
    for ligne in rows:
        case_, dans, (etat, phase, nombre) = cellule(portee, ligne)
        grille.ajouter(case_, {"valides": nombre, etat.value: nombre, f"phase_{phase}": nombre}, dans=dans)
    valides = grille.valeur("valides") if portee.demande("valides") else None
    # The three parts of `valides`: hiding one alone would give it away by difference.
    occupes, vacants, rendus = (
        grille.valeur(etat.value, montree=portee.demande(nom)) if portee.demande(*ETATS) else None
        for nom, etat in ETATS.items()
    )
    phases: list[Bucket] = []
    if portee.demande("par_phase"):
        phases = grille.buckets((str(phase), lib, f"phase_{phase}") for phase, lib in PHASES.items())
    return StatistiquesPostes(valides, occupes, vacants, rendus, phases, grille.suppressions)
