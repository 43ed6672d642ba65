"""`reconventionner` (ANCT): a structure's renewal convention (phase 2), carrying its postes over."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from hub.services.reconventionnement import Reconventionnement, reconventionner
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role
from schema.financement.mutations import centimes
from schema.financement.types import EnveloppeType, SubventionType
from schema.poste.types import PosteType
from schema.structure.types import StructureType


@strawberry.input(
    description="Reconventionnement d'une structure validée : chaque poste non rendu passe en phase 2 "
    "avec une nouvelle subvention ; la convention en cours est close le jour où la nouvelle commence."
)
class ReconventionnementInput:
    structure_id: strawberry.ID
    enveloppe_id: strawberry.ID
    date_debut_convention: dt.date
    date_fin_convention: dt.date = strawberry.field(description="Au plus 36 mois après le début.")
    montant: float = strawberry.field(
        default=MONTANT_PAR_POSTE_CENTIMES / 100, description="Par poste, en euros (hors majoration)."
    )


@strawberry.type
class ReconventionnerPayload:
    structure: StructureType
    postes: list[PosteType] = strawberry.field(description="Les postes reconventionnés par cet appel.")
    subventions: list[SubventionType] = strawberry.field(description="Leurs nouvelles subventions.")


ReconventionnerResultat = Annotated[
    ReconventionnerPayload | UserError, strawberry.union("ReconventionnerResultat")
]


@strawberry.type
class ReconventionnementMutation:
    @strawberry.mutation(
        description="ANCT : reconventionne une structure (phase 2), dans l'enveloppe et le plafond."
    )
    async def reconventionner(
        self, info: strawberry.Info, input: ReconventionnementInput
    ) -> ReconventionnerResultat:
        async def travail(session: AsyncSession, context: Context) -> Reconventionnement:
            return await reconventionner(
                session,
                context.principal,
                identifiant(input.structure_id, StructureType, "structure_id"),
                enveloppe_id=identifiant(input.enveloppe_id, EnveloppeType, "enveloppe_id"),
                date_debut_convention=input.date_debut_convention,
                date_fin_convention=input.date_fin_convention,
                montant_centimes=centimes(input.montant),
                majorations=context.settings.majorations(),
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda fait: ReconventionnerPayload(
                structure=StructureType.from_row(fait.structure),
                postes=[PosteType.from_row(p) for p in fait.postes],
                subventions=[SubventionType.from_row(s) for s in fait.subventions],
            ),
        )
