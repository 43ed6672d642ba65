"""Mutations of Aidants Connect management: organisations (ANCT), aidants (ANCT or the responsable).

`creerOrganisationAidantsConnect`, `desactiverOrganisationAidantsConnect` (ANCT); `creerAidant`,
`habiliterAidant`, `desactiverAidant` (ANCT, or the responsable of the aidant's organisation);
`retirerResponsable` (ANCT: a responsable's row is ANCT's, the responsable hears why it may not).
"""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Aidant, OrganisationAidantsConnect
from hub.services.aidants_gestion import (
    creer_aidant,
    creer_organisation,
    desactiver_aidant,
    desactiver_organisation,
    habiliter_aidant,
    retirer_responsable,
)
from schema.aidants_connect.types import AidantType, OrganisationAidantsConnectType
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Demarche, Role
from schema.structure.types import StructureType


@strawberry.input(description="Nouvelle organisation habilitée Aidants Connect.")
class OrganisationAidantsConnectInput:
    siret: str = strawberry.field(description="14 chiffres (espaces admis), vérifiés (clé de Luhn).")
    nom: str
    departement: str = strawberry.field(description="Code du département.")
    demarches: list[Demarche] = strawberry.field(description="Démarches pour lesquelles elle est habilitée.")
    structure_id: strawberry.ID | None = strawberry.field(
        default=None, description="La structure accueillante qui la porte, s'il y en a une."
    )


@strawberry.input(description="Une organisation Aidants Connect.")
class OrganisationCibleInput:
    organisation_id: strawberry.ID


@strawberry.input(
    description="Nouvel aidant d'une organisation, créé non habilité (habiliterAidant ensuite)."
)
class AidantInput:
    organisation_id: strawberry.ID
    nom: str
    prenom: str
    email: str = strawberry.field(description="Son identifiant de connexion (unique).")
    responsable: bool = strawberry.field(
        default=False, description="Responsable de l'organisation : l'ANCT seule le désigne."
    )


@strawberry.input(description="Un aidant.")
class AidantCibleInput:
    aidant_id: strawberry.ID


@strawberry.type
class OrganisationAidantsConnectPayload:
    organisation: OrganisationAidantsConnectType


@strawberry.type
class AidantPayload:
    aidant: AidantType


OrganisationAidantsConnectResultat = Annotated[
    OrganisationAidantsConnectPayload | UserError, strawberry.union("OrganisationAidantsConnectResultat")
]
AidantResultat = Annotated[AidantPayload | UserError, strawberry.union("AidantResultat")]
GESTIONNAIRES = (Role.ANCT, Role.AIDANT)  # an aidant: its organisation's responsable (the service checks)


def _organisation(organisation: OrganisationAidantsConnect) -> OrganisationAidantsConnectPayload:
    return OrganisationAidantsConnectPayload(
        organisation=OrganisationAidantsConnectType.from_row(organisation)
    )


def _aidant(aidant: Aidant) -> AidantPayload:
    return AidantPayload(aidant=AidantType.from_row(aidant))


@strawberry.type
class GestionAidantsConnectMutation:
    @strawberry.mutation(description="ANCT : crée une organisation habilitée Aidants Connect.")
    async def creer_organisation_aidants_connect(
        self, info: strawberry.Info, input: OrganisationAidantsConnectInput
    ) -> OrganisationAidantsConnectResultat:
        async def travail(session: AsyncSession, context: Context) -> OrganisationAidantsConnect:
            structure = (
                None
                if input.structure_id is None
                else identifiant(input.structure_id, StructureType, "structure_id")
            )
            return await creer_organisation(
                session,
                context.principal,
                siret=input.siret,
                nom=input.nom,
                departement_code=input.departement.strip().upper(),
                demarches=input.demarches,
                structure_id=structure,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT,), travail, _organisation)

    @strawberry.mutation(
        description="ANCT : désactive une organisation ; ses aidants ne créent plus de mandats (ceux en "
        "vigueur restent révocables)."
    )
    async def desactiver_organisation_aidants_connect(
        self, info: strawberry.Info, input: OrganisationCibleInput
    ) -> OrganisationAidantsConnectResultat:
        async def travail(session: AsyncSession, context: Context) -> OrganisationAidantsConnect:
            return await desactiver_organisation(
                session,
                context.principal,
                identifiant(input.organisation_id, OrganisationAidantsConnectType, "organisation_id"),
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.ANCT,), travail, _organisation)

    @strawberry.mutation(
        description="ANCT, ou le responsable de l'organisation : crée un aidant (non habilité)."
    )
    async def creer_aidant(self, info: strawberry.Info, input: AidantInput) -> AidantResultat:
        async def travail(session: AsyncSession, context: Context) -> Aidant:
            return await creer_aidant(
                session,
                context.principal,
                identifiant(input.organisation_id, OrganisationAidantsConnectType, "organisation_id"),
                nom=input.nom,
                prenom=input.prenom,
                email=input.email,
                responsable=input.responsable,
                request_id=context.request_id,
            )

        return await ecrire(info, GESTIONNAIRES, travail, _aidant)

    @strawberry.mutation(
        description="ANCT, ou le responsable de l'organisation : habilite un aidant à créer des mandats."
    )
    async def habiliter_aidant(self, info: strawberry.Info, input: AidantCibleInput) -> AidantResultat:
        async def travail(session: AsyncSession, context: Context) -> Aidant:
            return await habiliter_aidant(
                session,
                context.principal,
                identifiant(input.aidant_id, AidantType, "aidant_id"),
                request_id=context.request_id,
            )

        return await ecrire(info, GESTIONNAIRES, travail, _aidant)

    @strawberry.mutation(
        description="ANCT, ou le responsable de l'organisation : désactive un aidant (plus de mandats)."
    )
    async def desactiver_aidant(self, info: strawberry.Info, input: AidantCibleInput) -> AidantResultat:
        async def travail(session: AsyncSession, context: Context) -> Aidant:
            return await desactiver_aidant(
                session,
                context.principal,
                identifiant(input.aidant_id, AidantType, "aidant_id"),
                request_id=context.request_id,
            )

        return await ecrire(info, GESTIONNAIRES, travail, _aidant)

    @strawberry.mutation(
        description="ANCT : retire à un aidant le rôle de responsable de son organisation (il reste "
        "aidant, habilité ou non comme avant, et ne gère plus rien) ; l'ANCT seule le fait, même pour "
        "le dernier responsable de l'organisation."
    )
    async def retirer_responsable(self, info: strawberry.Info, input: AidantCibleInput) -> AidantResultat:
        async def travail(session: AsyncSession, context: Context) -> Aidant:
            return await retirer_responsable(
                session,
                context.principal,
                identifiant(input.aidant_id, AidantType, "aidant_id"),
                request_id=context.request_id,
            )

        # The aidant role reaches the service, which tells a responsable why it may not.
        return await ecrire(info, GESTIONNAIRES, travail, _aidant)
