"""`creerCoordination`, `terminerCoordination` (ANCT, a préfecture): whom a coordinateur coordinates."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Coordination
from hub.services.coordinations import creer_coordination, terminer_la_coordination_en_cours
from schema.conseiller.types import ConseillerType
from schema.context import Context
from schema.coordination.types import CoordinationType
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role


@strawberry.input(
    description="Un coordinateur (conseiller sur un poste de coordination) et un conseiller qu'il coordonne."
)
class CoordinationInput:
    coordinateur_id: strawberry.ID
    conseiller_id: strawberry.ID
    date: dt.date | None = strawberry.field(
        default=None, description="Début (création) ou fin (fin de la coordination) ; aujourd'hui par défaut."
    )


@strawberry.type
class CoordinationPayload:
    coordination: CoordinationType


CoordinationResultat = Annotated[CoordinationPayload | UserError, strawberry.union("CoordinationResultat")]


def _payload(coordination: Coordination) -> CoordinationPayload:
    return CoordinationPayload(coordination=CoordinationType.from_row(coordination))


@strawberry.type
class CoordinationMutation:
    @strawberry.mutation(
        description="ANCT, ou la préfecture du conseiller coordonné : un coordinateur coordonne ce "
        "conseiller (idempotent : une coordination en cours est rendue telle quelle)."
    )
    async def creer_coordination(
        self, info: strawberry.Info, input: CoordinationInput
    ) -> CoordinationResultat:
        async def travail(session: AsyncSession, context: Context) -> Coordination:
            return await creer_coordination(
                session,
                context.principal,
                identifiant(input.coordinateur_id, ConseillerType, "coordinateur_id"),
                identifiant(input.conseiller_id, ConseillerType, "conseiller_id"),
                date_debut=input.date,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT, Role.PREFECTURE), travail, _payload)

    @strawberry.mutation(
        description="ANCT, ou la préfecture du conseiller coordonné : met fin à la coordination en cours "
        "(idempotent : une coordination terminée est rendue telle quelle)."
    )
    async def terminer_coordination(
        self, info: strawberry.Info, input: CoordinationInput
    ) -> CoordinationResultat:
        async def travail(session: AsyncSession, context: Context) -> Coordination:
            return await terminer_la_coordination_en_cours(
                session,
                context.principal,
                identifiant(input.coordinateur_id, ConseillerType, "coordinateur_id"),
                identifiant(input.conseiller_id, ConseillerType, "conseiller_id"),
                date_fin=input.date,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT, Role.PREFECTURE), travail, _payload)
