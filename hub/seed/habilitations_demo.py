"""The habilitations of the demo's people (hub/services/personnes_demo.py), written once by
`inclusion-hub demo` after seeding: a trusted job, in the system context, idempotent."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from auth.rls import contexte_systeme
from hub.db import Database
from hub.models import Conseiller, Habilitation, OrganisationAidantsConnect, Structure
from hub.models.enums import Role
from hub.services.personnes_demo import DEPARTEMENT_DE_LA_STRUCTURE, ISSUER_DEMO, PERSONNES_DEMO, PersonneDemo


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
    identifiants = (habilitation.structure_id, habilitation.conseiller_id, habilitation.organisation_id)
    if personne.role in (Role.STRUCTURE, Role.CONSEILLER, Role.AIDANT) and not any(identifiants):
        return None
    return habilitation


async def _premier(
    session: AsyncSession, colonne: InstrumentedAttribute[uuid.UUID], departement: InstrumentedAttribute[str]
) -> uuid.UUID | None:
    statement = select(colonne).where(departement == DEPARTEMENT_DE_LA_STRUCTURE).order_by(colonne).limit(1)
    return (await session.execute(statement)).scalar_one_or_none()
