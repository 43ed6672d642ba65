"""The habilitations of the demo's people (hub/services/personnes_demo.py), written once by
`inclusion-hub demo` after seeding: a trusted job, in the system context, idempotent.

Issue 21's people need rows the programme's seed does not hold: the hub territorial of the
Hauts-de-France with its région, and the coordinations of the Moselle's coordinateur (ANCT's to
create, here created by the job, like the seed's rows, without a journal line). Both are written when
missing, so a demo database seeded before them gets them at its next start.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import (
    Conseiller,
    Coordination,
    Habilitation,
    HubTerritorial,
    HubTerritorialRegion,
    OrganisationAidantsConnect,
    Reseau,
    Structure,
)
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.services.personnes_demo import (
    DEPARTEMENT_DE_LA_STRUCTURE,
    HUB_TERRITORIAL_DEMO,
    ISSUER_DEMO,
    PERSONNES_DEMO,
    REGION_DU_HUB_DEMO,
    RESEAU_DEMO,
    PersonneDemo,
)

COORDONNES_DEMO = 5  # conseillers the demo's coordinateur coordinates


async def assurer_habilitations_demo(database: Database) -> int:
    """Write the demo people's habilitations that are missing; how many were written."""
    ecrites = 0
    async with database.transaction() as session:
        await contexte_systeme(session)
        existantes = set(
            (
                await session.execute(select(Habilitation.email).where(Habilitation.issuer == ISSUER_DEMO))
            ).scalars()
        )
        for personne in PERSONNES_DEMO:
            if personne.email in existantes:
                continue
            habilitation = await _habilitation(session, personne)
            if habilitation is not None:
                session.add(habilitation)
                ecrites += 1
    return ecrites


async def _habilitation(session: AsyncSession, personne: PersonneDemo) -> Habilitation | None:
    """The habilitation of `personne`, attached to the seed's first row of its kind (None: no row)."""
    habilitation = Habilitation(
        issuer=ISSUER_DEMO, email=personne.email, role=personne.role, departements=[], actif=True
    )
    match personne.role:
        case Role.PREFECTURE:
            habilitation.departements = [personne.departement or DEPARTEMENT_DE_LA_STRUCTURE]
        case Role.STRUCTURE:
            habilitation.structure_id = await _premier(session, Structure.id, Structure.departement_code)
        case Role.CONSEILLER:
            habilitation.conseiller_id = await _premier(session, Conseiller.id, Conseiller.departement_code)
        case Role.AIDANT:
            habilitation.organisation_id = await _premier(
                session, OrganisationAidantsConnect.id, OrganisationAidantsConnect.departement_code
            )
        case Role.COORDINATEUR:
            habilitation.conseiller_id = await _coordinateur(session)
        case Role.HUB_TERRITORIAL:
            habilitation.hub_territorial_id = await _hub_territorial(session)
        case Role.GRAND_RESEAU:
            habilitation.reseau_id = await session.scalar(select(Reseau.id).where(Reseau.nom == RESEAU_DEMO))
    identifiants = (
        habilitation.structure_id,
        habilitation.conseiller_id,
        habilitation.organisation_id,
        habilitation.hub_territorial_id,
        habilitation.reseau_id,
    )
    if personne.role not in (Role.ANCT, Role.PREFECTURE) and not any(identifiants):
        return None
    return habilitation


async def _hub_territorial(session: AsyncSession) -> uuid.UUID:
    """The demo's hub territorial and its région, created when missing."""
    hub = await session.scalar(select(HubTerritorial).where(HubTerritorial.nom == HUB_TERRITORIAL_DEMO))
    if hub is None:
        hub = HubTerritorial(
            id=uuid.uuid4(),
            nom=HUB_TERRITORIAL_DEMO,
            email="contact@hub-hauts-de-france.demo.inclusion-hub.fr",
        )
        session.add(hub)
        await session.flush()
    couvre = await session.scalar(
        select(func.count())
        .select_from(HubTerritorialRegion)
        .where(HubTerritorialRegion.hub_territorial_id == hub.id)
    )
    if not couvre:
        session.add(HubTerritorialRegion(hub_territorial_id=hub.id, region_code=REGION_DU_HUB_DEMO))
    return hub.id


async def _coordinateur(session: AsyncSession) -> uuid.UUID | None:
    """The Moselle's first conseiller on a coordination poste, in post, with coordinations in progress
    (created when it has none) of the département's first other conseillers in post."""
    dans_le_departement = (
        Conseiller.departement_code == DEPARTEMENT_DE_LA_STRUCTURE,
        Conseiller.structure_id.is_not(None),
    )
    coordinateur = await session.scalar(
        select(Conseiller.id)
        .where(*dans_le_departement, Conseiller.est_coordinateur.is_(True))
        .order_by(Conseiller.id)
        .limit(1)
    )
    if coordinateur is None:
        return None
    en_cours = await session.scalar(
        select(func.count())
        .select_from(Coordination)
        .where(Coordination.coordinateur_id == coordinateur, Coordination.date_fin.is_(None))
    )
    if not en_cours:
        coordonnes = (
            await session.execute(
                select(Conseiller.id)
                .where(*dans_le_departement, Conseiller.est_coordinateur.is_(False))
                .order_by(Conseiller.id)
                .limit(COORDONNES_DEMO)
            )
        ).scalars()
        debut = utcnow().date()
        session.add_all(
            Coordination(
                coordinateur_id=coordinateur,
                conseiller_id=conseiller,
                departement_code=DEPARTEMENT_DE_LA_STRUCTURE,
                date_debut=debut,
            )
            for conseiller in coordonnes
        )
    return coordinateur


async def _premier(
    session: AsyncSession, colonne: InstrumentedAttribute[uuid.UUID], departement: InstrumentedAttribute[str]
) -> uuid.UUID | None:
    statement = select(colonne).where(departement == DEPARTEMENT_DE_LA_STRUCTURE).order_by(colonne).limit(1)
    return (await session.execute(statement)).scalar_one_or_none()
