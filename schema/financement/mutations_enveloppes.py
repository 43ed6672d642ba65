"""Mutations of the budget lines (ANCT): `creerEnveloppe`, `ajusterEnveloppe`, `fixerPlafondDepartemental`.

Amounts are euros exact to the centime, as in `schema.financement.mutations`; the services
(hub.services.enveloppes) hold Σ subventions ≤ enveloppe and ≤ plafond under concurrent writes.
"""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Enveloppe, PlafondDepartemental
from hub.services.enveloppes import ajuster_enveloppe, creer_enveloppe, fixer_plafond
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import ObjetEnveloppe, Role
from schema.financement.mutations import centimes
from schema.financement.types import EnveloppeType, PlafondDepartementalType


@strawberry.input(description="Nouvelle ligne budgétaire ; le même code avec les mêmes valeurs la rend.")
class EnveloppeInput:
    code: str = strawberry.field(description="Clé : a-z, 0-9 et « _ » (50 car.).")
    libelle: str
    objet: ObjetEnveloppe = strawberry.field(description="Ce que la ligne finance.")
    montant: float = strawberry.field(description="En euros, au centime près.")


@strawberry.input(description="Nouveau montant d'une enveloppe, jamais sous ce qu'elle engage déjà.")
class AjustementEnveloppeInput:
    enveloppe_id: strawberry.ID
    montant: float = strawberry.field(description="En euros, au centime près.")


@strawberry.input(
    description="Plafond d'un département sur une enveloppe (créé ou ajusté), jamais sous ce que le "
    "département y engage déjà."
)
class PlafondInput:
    enveloppe_id: strawberry.ID
    departement: str = strawberry.field(description="Code du département (57, 2A, 971…).")
    montant: float = strawberry.field(description="En euros, au centime près ; 0 : plus rien à engager.")


@strawberry.type
class EnveloppePayload:
    enveloppe: EnveloppeType


@strawberry.type
class FixerPlafondPayload:
    enveloppe: EnveloppeType
    plafond: PlafondDepartementalType


EnveloppeResultat = Annotated[EnveloppePayload | UserError, strawberry.union("EnveloppeResultat")]
FixerPlafondResultat = Annotated[FixerPlafondPayload | UserError, strawberry.union("FixerPlafondResultat")]


def _payload(enveloppe: Enveloppe) -> EnveloppePayload:
    return EnveloppePayload(enveloppe=EnveloppeType.from_row(enveloppe))


@strawberry.type
class EnveloppeMutation:
    @strawberry.mutation(description="ANCT : crée une enveloppe (ligne budgétaire et ce qu'elle finance).")
    async def creer_enveloppe(self, info: strawberry.Info, input: EnveloppeInput) -> EnveloppeResultat:
        async def travail(session: AsyncSession, context: Context) -> Enveloppe:
            return await creer_enveloppe(
                session,
                context.principal,
                code=input.code,
                libelle=input.libelle,
                objet=input.objet,
                montant_centimes=centimes(input.montant),
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT,), travail, _payload)

    @strawberry.mutation(
        description="ANCT : ajuste le montant d'une enveloppe (jamais sous le montant des subventions "
        "qu'elle finance)."
    )
    async def ajuster_enveloppe(
        self, info: strawberry.Info, input: AjustementEnveloppeInput
    ) -> EnveloppeResultat:
        async def travail(session: AsyncSession, context: Context) -> Enveloppe:
            return await ajuster_enveloppe(
                session,
                context.principal,
                identifiant(input.enveloppe_id, EnveloppeType, "enveloppe_id"),
                montant_centimes=centimes(input.montant),
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT,), travail, _payload)

    @strawberry.mutation(
        description="ANCT : crée ou ajuste le plafond d'un département sur une enveloppe (jamais sous ce "
        "que le département y engage déjà)."
    )
    async def fixer_plafond_departemental(
        self, info: strawberry.Info, input: PlafondInput
    ) -> FixerPlafondResultat:
        async def travail(session: AsyncSession, context: Context) -> tuple[Enveloppe, PlafondDepartemental]:
            return await fixer_plafond(
                session,
                context.principal,
                identifiant(input.enveloppe_id, EnveloppeType, "enveloppe_id"),
                input.departement.strip().upper(),
                montant_centimes=0 if input.montant == 0 else centimes(input.montant),
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda ecrit: FixerPlafondPayload(
                enveloppe=EnveloppeType.from_row(ecrit[0]),
                plafond=PlafondDepartementalType.from_row(ecrit[1]),
            ),
        )
