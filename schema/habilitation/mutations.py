"""Habilitation mutations: `accorderHabilitation`, `retirerHabilitation` (ANCT, préfecture, structure)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Habilitation
from hub.services.habilitations import (
    GESTIONNAIRES,
    accorder_habilitation,
    fournisseurs_d_identite,
    retirer_habilitation,
)
from hub.services.habilitations_portee import DemandeHabilitation
from schema.aidants_connect.types import OrganisationAidantsConnectType
from schema.conseiller.types import ConseillerType
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role
from schema.habilitation.types import HabilitationType
from schema.relay import Node
from schema.structure.types import StructureType


@strawberry.input(
    description="Habilitation accordée (ou mise à jour et réactivée) : une personne, un rôle, son "
    "territoire. ANCT : tout rôle (coordinateur, hub territorial et grand réseau compris) ; préfecture : "
    "ses agents, pour un de ses départements ; structure : ses collègues (liés à son SIRET)."
)
class HabilitationInput:
    email: str = strawberry.field(description="Adresse électronique professionnelle.")
    role: Role
    departements: list[str] | None = strawberry.field(default=None, description="Rôle préfecture.")
    structure_id: strawberry.ID | None = strawberry.field(
        default=None, description="Rôle structure (par défaut, celle de l'appelant)."
    )
    conseiller_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Rôle conseiller, ou coordinateur (le conseiller occupe un poste de coordination).",
    )
    organisation_id: strawberry.ID | None = strawberry.field(default=None, description="Rôle aidant.")
    hub_territorial: str | None = strawberry.field(
        default=None,
        description="Rôle hub territorial : le nom du hub (il couvre au moins une région).",
    )
    reseau: str | None = strawberry.field(
        default=None,
        description="Rôle grand réseau : le nom du réseau, tel que `Structure.reseau` "
        "(ex. « Emmaüs Connect »).",
    )
    valide_au: dt.datetime | None = strawberry.field(default=None, description="Fin de validité.")
    issuer: str | None = strawberry.field(
        default=None, description="Fournisseur d'identité ; par défaut ProConnect (celui du hub)."
    )


@strawberry.input(
    description="Retrait d'une habilitation (gardée, inactive) ; effet à la prochaine relecture."
)
class RetraitHabilitationInput:
    habilitation_id: strawberry.ID


@strawberry.type
class HabilitationPayload:
    habilitation: HabilitationType


HabilitationResultat = Annotated[HabilitationPayload | UserError, strawberry.union("HabilitationResultat")]


def _payload(habilitation: Habilitation) -> HabilitationPayload:
    return HabilitationPayload(habilitation=HabilitationType.from_row(habilitation))


@strawberry.type
class HabilitationMutation:
    @strawberry.mutation(
        description="Accorde une habilitation (ou la met à jour) ; prise en compte à la prochaine relecture "
        "des sessions (5 minutes au plus)."
    )
    async def accorder_habilitation(
        self, info: strawberry.Info, input: HabilitationInput
    ) -> HabilitationResultat:
        async def travail(session: AsyncSession, context: Context) -> Habilitation:
            demande = DemandeHabilitation(
                email=input.email,
                role=input.role,
                departements=tuple(input.departements or ()),
                structure_id=_option(input.structure_id, StructureType, "structure_id"),
                conseiller_id=_option(input.conseiller_id, ConseillerType, "conseiller_id"),
                organisation_id=_option(
                    input.organisation_id, OrganisationAidantsConnectType, "organisation_id"
                ),
                hub_territorial=input.hub_territorial,
                reseau=input.reseau,
                valide_au=input.valide_au,
                issuer=input.issuer,
            )
            return await accorder_habilitation(
                session,
                context.principal,
                demande,
                fournisseurs=fournisseurs_d_identite(context.settings),
                request_id=context.request_id,
            )

        return await ecrire(info, GESTIONNAIRES, travail, _payload)

    @strawberry.mutation(
        description="Retire une habilitation ; la personne perd l'accès à la prochaine relecture."
    )
    async def retirer_habilitation(
        self, info: strawberry.Info, input: RetraitHabilitationInput
    ) -> HabilitationResultat:
        async def travail(session: AsyncSession, context: Context) -> Habilitation:
            return await retirer_habilitation(
                session,
                context.principal,
                identifiant(input.habilitation_id, HabilitationType, "habilitation_id"),
                request_id=context.request_id,
            )

        return await ecrire(info, GESTIONNAIRES, travail, _payload)


def _option(valeur: strawberry.ID | None, type_noeud: type[Node], champ: str) -> uuid.UUID | None:
    return None if valeur is None else identifiant(valeur, type_noeud, champ)
