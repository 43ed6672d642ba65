"""`renouvelerContrat` (structure): a contrat in progress gets a later end date, or becomes a CDI."""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Contrat
from hub.services.renouvellement import renouveler_contrat
from schema.context import Context
from schema.contrat.mutations import ContratPayload, ContratResultat
from schema.contrat.types import ContratType
from schema.ecriture import ecrire, identifiant
from schema.enums import Role, TypeContrat


@strawberry.input(
    description="Renouvellement d'un contrat en cours de la structure du jeton, sur le même poste "
    "(qui reste occupé)."
)
class RenouvellementContratInput:
    contrat_id: strawberry.ID
    date_fin: dt.date | None = strawberry.field(
        default=None, description="La nouvelle fin, après l'actuelle ; aucune si le contrat devient un CDI."
    )
    type: TypeContrat | None = strawberry.field(
        default=None, description="Le type du contrat renouvelé ; inchangé par défaut."
    )


@strawberry.type
class RenouvellementMutation:
    @strawberry.mutation(
        description="Structure : renouvelle un contrat en cours (nouvelle date de fin, ou CDI) ; "
        "le poste reste occupé et la fin naturelle ne le termine plus à l'ancienne date."
    )
    async def renouveler_contrat(
        self, info: strawberry.Info, input: RenouvellementContratInput
    ) -> ContratResultat:
        async def travail(session: AsyncSession, context: Context) -> Contrat:
            return await renouveler_contrat(
                session,
                context.principal,
                identifiant(input.contrat_id, ContratType, "contrat_id"),
                date_fin=input.date_fin,
                type=input.type,
                request_id=context.request_id,
            )

        return await ecrire(
            info, (Role.STRUCTURE,), travail, lambda c: ContratPayload(contrat=ContratType.from_row(c))
        )
