"""ANCT and the préfecture create and end coordinations: which conseillers a coordinateur coordinates.

A coordination is in progress while its `date_fin` is null; the coordinateur then reads the
conseiller and their activités (auth.policy_lecture). Creating one that is already in progress changes
nothing (idempotent); ending one already ended changes nothing. Both are journaled under the
coordinated conseiller's scope, so the préfecture of its département and the person read the line.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Conseiller, Coordination
from hub.models.enums import Role
from hub.services import journal
from hub.services.ecriture import aujourdhui, charger, charger_modifiable, exiger_role, inserer, modifier
from hub.services.erreurs import introuvable, invalide

RESUME = ("coordinateur_id", "conseiller_id", "date_debut", "date_fin")


async def creer_coordination(
    session: AsyncSession,
    principal: Principal,
    coordinateur_id: uuid.UUID,
    conseiller_id: uuid.UUID,
    *,
    date_debut: dt.date | None = None,
    request_id: str | None = None,
) -> Coordination:
    exiger_role(principal, Role.ANCT, Role.PREFECTURE)
    # Both through the caller's read rule: a préfecture names conseillers of its départements only.
    coordinateur = await charger(
        session, principal, Conseiller, coordinateur_id, champ="coordinateur_id", quoi="Coordinateur"
    )
    conseiller = await charger(
        session, principal, Conseiller, conseiller_id, champ="conseiller_id", quoi="Conseiller"
    )
    if not coordinateur.est_coordinateur:
        raise invalide("Ce conseiller n'occupe pas un poste de coordination.", "coordinateur_id")
    if coordinateur.id == conseiller.id:
        raise invalide("Un coordinateur ne se coordonne pas lui-même.", "conseiller_id")
    debut = date_debut or aujourdhui()
    if debut > aujourdhui():
        raise invalide("La date de début ne peut pas être dans le futur.", "date_debut")
    en_cours = await session.scalar(
        readable(Coordination, principal).where(
            Coordination.coordinateur_id == coordinateur.id,
            Coordination.conseiller_id == conseiller.id,
            Coordination.date_fin.is_(None),
        )
    )
    if en_cours is not None:
        return en_cours  # already so: nothing written, nothing journaled
    coordination = await inserer(
        session,
        principal,
        Coordination(
            coordinateur_id=coordinateur.id,
            conseiller_id=conseiller.id,
            departement_code=conseiller.departement_code,
            date_debut=debut,
        ),
    )
    await _journaliser(session, principal, "coordination.creer", coordination, None, request_id)
    return coordination


async def terminer_coordination(
    session: AsyncSession,
    principal: Principal,
    coordination_id: uuid.UUID,
    *,
    date_fin: dt.date | None = None,
    request_id: str | None = None,
) -> Coordination:
    exiger_role(principal, Role.ANCT, Role.PREFECTURE)
    coordination = await charger_modifiable(
        session,
        principal,
        Coordination,
        coordination_id,
        champ="coordination_id",
        quoi="Coordination",
        verrou=True,
    )
    if coordination.date_fin is not None:
        return coordination  # already ended
    fin = date_fin or aujourdhui()
    # Not in the future: the rules read "ended" as "has an end date", from today.
    if fin > aujourdhui() or fin < coordination.date_debut:
        raise invalide(
            "La date de fin doit être entre le début de la coordination et aujourd'hui.", "date_fin"
        )
    avant = journal.resumer(coordination, RESUME)
    await modifier(session, principal, coordination, date_fin=fin)
    await _journaliser(session, principal, "coordination.terminer", coordination, avant, request_id)
    return coordination


async def _journaliser(
    session: AsyncSession,
    principal: Principal,
    action: str,
    coordination: Coordination,
    avant: journal.Resume | None,
    request_id: str | None,
) -> None:
    await journal.journaliser(
        session,
        principal,
        action=action,
        entite="coordination",
        entite_id=coordination.id,
        portee=journal.Portee(coordination.departement_code, conseiller_id=coordination.conseiller_id),
        avant=avant,
        apres=journal.resumer(coordination, RESUME),
        request_id=request_id,
    )


async def terminer_la_coordination_en_cours(
    session: AsyncSession,
    principal: Principal,
    coordinateur_id: uuid.UUID,
    conseiller_id: uuid.UUID,
    *,
    date_fin: dt.date | None = None,
    request_id: str | None = None,
) -> Coordination:
    """End the coordination in progress between two conseillers (NOT_FOUND when there is none the
    caller reads); ending it again once ended is the last one, unchanged."""
    exiger_role(principal, Role.ANCT, Role.PREFECTURE)
    paire = readable(Coordination, principal).where(
        Coordination.coordinateur_id == coordinateur_id, Coordination.conseiller_id == conseiller_id
    )
    coordination = await session.scalar(
        paire.order_by(Coordination.date_fin.is_(None).desc(), Coordination.date_debut.desc()).limit(1)
    )
    if coordination is None:
        raise introuvable("conseiller_id", "Coordination")
    return await terminer_coordination(
        session, principal, coordination.id, date_fin=date_fin, request_id=request_id
    )
