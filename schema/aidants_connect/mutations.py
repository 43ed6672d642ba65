"""Mutations of Aidants Connect (aidant): `creerMandat`, `revoquerAutorisation`, `revoquerMandat`."""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Mandat
from hub.services.aidants_connect import creer_mandat, revoquer_autorisation, revoquer_mandat
from hub.services.pseudonymes import charger_cle
from schema.aidants_connect.types import MandatType
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Demarche, Role


@strawberry.input(description="Mandat d'un usager à l'organisation de l'aidant du jeton.")
class MandatInput:
    usager_sub: str = strawberry.field(
        description="Identifiant FranceConnect (sub) de l'usager : "
        "seul un condensat à clé (HMAC) en est conservé."
    )
    annee_naissance: int
    demarches: list[Demarche] = strawberry.field(
        description="Démarches couvertes, parmi celles de l'organisation."
    )
    duree_jours: int = strawberry.field(description="1, 31, 182 ou 365.")
    a_distance: bool = False


@strawberry.input(description="Révocation d'une démarche d'un mandat.")
class RevocationAutorisationInput:
    mandat_id: strawberry.ID
    demarche: Demarche


@strawberry.input(description="Révocation de toutes les démarches encore en vigueur d'un mandat.")
class RevocationMandatInput:
    mandat_id: strawberry.ID


@strawberry.type
class MandatPayload:
    mandat: MandatType


MandatResultat = Annotated[MandatPayload | UserError, strawberry.union("MandatResultat")]


def _payload(mandat: Mandat) -> MandatPayload:
    return MandatPayload(mandat=MandatType.from_row(mandat))


@strawberry.type
class MandatMutation:
    @strawberry.mutation(
        description="Aidant : crée un mandat (usager pseudonymisé) pour des démarches et une durée."
    )
    async def creer_mandat(self, info: strawberry.Info, input: MandatInput) -> MandatResultat:
        async def travail(session: AsyncSession, context: Context) -> Mandat:
            return await creer_mandat(
                session,
                context.principal,
                usager_sub=input.usager_sub,
                annee_naissance=input.annee_naissance,
                demarches=input.demarches,
                duree_jours=input.duree_jours,
                a_distance=input.a_distance,
                cle_pseudonymisation=charger_cle(context.settings),
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.AIDANT,), travail, _payload)

    @strawberry.mutation(description="Aidant : révoque une démarche d'un mandat de son organisation.")
    async def revoquer_autorisation(
        self, info: strawberry.Info, input: RevocationAutorisationInput
    ) -> MandatResultat:
        async def travail(session: AsyncSession, context: Context) -> Mandat:
            return await revoquer_autorisation(
                session,
                context.principal,
                identifiant(input.mandat_id, MandatType, "mandat_id"),
                input.demarche,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.AIDANT,), travail, _payload)

    @strawberry.mutation(description="Aidant : révoque un mandat de son organisation (toutes ses démarches).")
    async def revoquer_mandat(self, info: strawberry.Info, input: RevocationMandatInput) -> MandatResultat:
        async def travail(session: AsyncSession, context: Context) -> Mandat:
            return await revoquer_mandat(
                session,
                context.principal,
                identifiant(input.mandat_id, MandatType, "mandat_id"),
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.AIDANT,), travail, _payload)
