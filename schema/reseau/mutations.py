"""`creerReseau`, `rattacherStructureReseau` (ANCT): the grands réseaux and their member structures."""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Reseau, Structure
from hub.services.reseaux import creer_reseau, rattacher_structure_reseau
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role
from schema.reseau.types import ReseauType
from schema.structure.types import StructureType


@strawberry.input(description="Un grand réseau, par son nom (le même nom donne le même réseau).")
class CreerReseauInput:
    nom: str


@strawberry.input(description="Une structure et le grand réseau dont elle est membre (null : aucun).")
class RattachementReseauInput:
    structure: strawberry.ID
    reseau: strawberry.ID | None = None


@strawberry.type
class ReseauPayload:
    reseau: ReseauType


@strawberry.type
class RattacherStructureReseauPayload:
    structure: StructureType


ReseauResultat = Annotated[ReseauPayload | UserError, strawberry.union("ReseauResultat")]
RattacherStructureReseauResultat = Annotated[
    RattacherStructureReseauPayload | UserError, strawberry.union("RattacherStructureReseauResultat")
]


@strawberry.type
class ReseauMutation:
    @strawberry.mutation(
        description="ANCT : crée un grand réseau (idempotent : un réseau de ce nom existant est rendu "
        "tel quel, rien n'est écrit)."
    )
    async def creer_reseau(self, info: strawberry.Info, input: CreerReseauInput) -> ReseauResultat:
        async def travail(session: AsyncSession, context: Context) -> Reseau:
            return await creer_reseau(session, context.principal, input.nom, request_id=context.request_id)

        return await ecrire(
            info, (Role.ANCT,), travail, lambda row: ReseauPayload(reseau=ReseauType.from_row(row))
        )

    @strawberry.mutation(
        description="ANCT : rattache une structure à un grand réseau, ou l'en détache (reseau: null) ; "
        "idempotent : le même rattachement ne change rien."
    )
    async def rattacher_structure_reseau(
        self, info: strawberry.Info, input: RattachementReseauInput
    ) -> RattacherStructureReseauResultat:
        async def travail(session: AsyncSession, context: Context) -> Structure:
            reseau = None if input.reseau is None else identifiant(input.reseau, ReseauType, "reseau")
            return await rattacher_structure_reseau(
                session,
                context.principal,
                identifiant(input.structure, StructureType, "structure"),
                reseau,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda row: RattacherStructureReseauPayload(structure=StructureType.from_row(row)),
        )
