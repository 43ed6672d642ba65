"""Recrutement mutations: `enregistrerContrat`, `declarerRupture` (structure), `validerRecrutement` (ANCT)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Contrat
from hub.services.contrats import declarer_rupture, enregistrer_contrat, valider_recrutement
from schema.conseiller.types import ConseillerType
from schema.context import Context
from schema.contrat.types import ContratType
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import MotifRupture, Role, TypeContrat
from schema.poste.types import PosteType


@strawberry.input(description="Contrat signé par la structure du jeton sur un de ses postes vacants.")
class ContratInput:
    poste_id: strawberry.ID
    conseiller_id: strawberry.ID = strawberry.field(
        description="Identifiant global (pseudonyme) du conseiller."
    )
    type: TypeContrat
    date_debut: dt.date
    date_fin: dt.date | None = strawberry.field(
        default=None, description="Aucune pour un CDI, requise sinon."
    )


@strawberry.input(description="Rupture d'un contrat de la structure du jeton ; le poste redevient vacant.")
class RuptureInput:
    contrat_id: strawberry.ID
    motif: MotifRupture
    date_rupture: dt.date


@strawberry.input(description="Validation par l'ANCT d'un recrutement (contrat recruté → actif).")
class ValidationRecrutementInput:
    contrat_id: strawberry.ID


@strawberry.type
class ContratPayload:
    contrat: ContratType


ContratResultat = Annotated[ContratPayload | UserError, strawberry.union("ContratResultat")]


def _payload(contrat: Contrat) -> ContratPayload:
    return ContratPayload(contrat=ContratType.from_row(contrat))


@strawberry.type
class ContratMutation:
    @strawberry.mutation(
        description="Structure : enregistre un contrat sur un poste vacant (statut RECRUTE)."
    )
    async def enregistrer_contrat(self, info: strawberry.Info, input: ContratInput) -> ContratResultat:
        async def travail(session: AsyncSession, context: Context) -> Contrat:
            return await enregistrer_contrat(
                session,
                context.principal,
                poste_id=identifiant(input.poste_id, PosteType, "poste_id"),
                conseiller_id=identifiant(input.conseiller_id, ConseillerType, "conseiller_id"),
                type=input.type,
                date_debut=input.date_debut,
                date_fin=input.date_fin,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.STRUCTURE,), travail, _payload)

    @strawberry.mutation(description="Structure : déclare la rupture d'un contrat ; le poste est libéré.")
    async def declarer_rupture(self, info: strawberry.Info, input: RuptureInput) -> ContratResultat:
        async def travail(session: AsyncSession, context: Context) -> Contrat:
            return await declarer_rupture(
                session,
                context.principal,
                identifiant(input.contrat_id, ContratType, "contrat_id"),
                motif=input.motif,
                date_rupture=input.date_rupture,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.STRUCTURE,), travail, _payload)

    @strawberry.mutation(description="ANCT : valide un recrutement ; le conseiller rejoint la structure.")
    async def valider_recrutement(
        self, info: strawberry.Info, input: ValidationRecrutementInput
    ) -> ContratResultat:
        async def travail(session: AsyncSession, context: Context) -> Contrat:
            return await valider_recrutement(
                session,
                context.principal,
                identifiant(input.contrat_id, ContratType, "contrat_id"),
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT,), travail, _payload)
