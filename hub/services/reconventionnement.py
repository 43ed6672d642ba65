"""Reconventionnement (ANCT): a structure's renewal convention, the V2 phase, carrying its postes over.

Every poste of the structure that is not rendu (vacant or occupé: its contrat goes on) passes to
phase 2 with a new subvention for the new period, conventionné by `financement.conventionner` (the
same majoration, enveloppe and plafond checks under the same locks: if the postes do not all fit,
nothing is written). The poste's open convention, if any, is closed on the day the new one starts
(`date_cloture`): it keeps its amount and its versements (its last tranche may still be paid), and
both count in the funding engaged, phase 1 and phase 2 being two commitments. Each step is journaled.

Rules: a validated structure; the new convention starts after the current one started; at least one
poste to carry. The structure row is locked FOR UPDATE (two reconventionnements of one structure are
serialised), then each poste and its open subvention. The same reconventionnement again (same start
date) finds its postes carried already and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Poste, Structure, Subvention
from hub.models.enums import EtatPoste, Role, StatutStructure
from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from hub.services import journal
from hub.services.ecriture import charger_modifiable, exiger_role, modifier
from hub.services.erreurs import invalide
from hub.services.financement import conventionner

PHASE_V2 = 2


@dataclass(frozen=True, slots=True)
class Reconventionnement:
    structure: Structure
    postes: list[Poste] = field(default_factory=list)  # carried over by this call
    subventions: list[Subvention] = field(default_factory=list)  # their new conventions


async def reconventionner(
    session: AsyncSession,
    principal: Principal,
    structure_id: uuid.UUID,
    *,
    enveloppe_id: uuid.UUID,
    date_debut_convention: dt.date,
    date_fin_convention: dt.date,
    montant_centimes: int = MONTANT_PAR_POSTE_CENTIMES,
    majorations: Mapping[str, int] | None = None,
    request_id: str | None = None,
) -> Reconventionnement:
    exiger_role(principal, Role.ANCT)
    structure = await charger_modifiable(
        session, principal, Structure, structure_id, champ="structure_id", quoi="Structure", verrou=True
    )
    if structure.statut is not StatutStructure.VALIDEE:
        raise invalide(
            f"La structure est « {structure.statut.libelle} » : seule une structure validée est "
            "reconventionnée.",
            "structure_id",
        )
    postes = list(
        await session.scalars(
            readable(Poste, principal)
            .where(Poste.structure_id == structure.id, Poste.etat != EtatPoste.RENDU)
            .order_by(Poste.date_attribution, Poste.id)
            .with_for_update()
        )
    )
    if not postes:
        raise invalide("La structure n'a aucun poste à reconventionner (tous rendus).", "structure_id")
    fait = Reconventionnement(structure)
    for poste in postes:
        ouverte = await _convention_ouverte(session, principal, poste)
        if (
            poste.phase == PHASE_V2
            and ouverte is not None
            and ouverte.date_debut_convention == date_debut_convention
        ):
            continue  # carried over already by this reconventionnement
        if ouverte is not None:
            await _cloturer(session, principal, ouverte, date_debut_convention, request_id)
        await _passer_en_v2(session, principal, poste, request_id)
        fait.postes.append(poste)
        fait.subventions.append(
            await conventionner(
                session,
                principal,
                poste.id,
                enveloppe_id=enveloppe_id,
                date_debut_convention=date_debut_convention,
                date_fin_convention=date_fin_convention,
                montant_centimes=montant_centimes,
                majorations=majorations,
                request_id=request_id,
            )
        )
    if fait.postes:
        await journal.journaliser(
            session,
            principal,
            action="structure.reconventionner",
            entite="structure",
            entite_id=structure.id,
            portee=journal.Portee(structure.departement_code, structure.id),
            avant=None,
            apres={
                "phase": PHASE_V2,
                "date_debut_convention": date_debut_convention.isoformat(),
                "date_fin_convention": date_fin_convention.isoformat(),
                "postes": [str(p.id) for p in fait.postes],
            },
            request_id=request_id,
        )
    return fait


async def _convention_ouverte(session: AsyncSession, principal: Principal, poste: Poste) -> Subvention | None:
    return await session.scalar(
        readable(Subvention, principal)
        .where(Subvention.poste_id == poste.id, Subvention.date_cloture.is_(None))
        .with_for_update()
    )


async def _cloturer(
    session: AsyncSession, principal: Principal, ouverte: Subvention, jour: dt.date, request_id: str | None
) -> None:
    if jour <= ouverte.date_debut_convention:
        raise invalide(
            "La nouvelle convention commence après le début de la convention en cours "
            f"({ouverte.date_debut_convention.isoformat()}).",
            "date_debut_convention",
        )
    await modifier(session, principal, ouverte, date_cloture=jour)
    await journal.journaliser(
        session,
        principal,
        action="subvention.cloturer",
        entite="subvention",
        entite_id=ouverte.id,
        portee=journal.Portee(ouverte.departement_code, ouverte.structure_id),
        avant=None,
        apres=journal.resumer(ouverte, ("poste_id", "montant_centimes", "date_cloture")),
        request_id=request_id,
    )


async def _passer_en_v2(
    session: AsyncSession, principal: Principal, poste: Poste, request_id: str | None
) -> None:
    if poste.phase == PHASE_V2:
        return
    avant = journal.resumer(poste, ("phase",))
    await modifier(session, principal, poste, phase=PHASE_V2)
    await journal.journaliser(
        session,
        principal,
        action="poste.reconventionner",
        entite="poste",
        entite_id=poste.id,
        portee=journal.Portee(poste.departement_code, poste.structure_id),
        avant=avant,
        apres=journal.resumer(poste, ("phase",)),
        request_id=request_id,
    )
