"""GraphQL types of Aidants Connect: organisation, aidant (personal fields gated), mandat, autorisation."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from auth.policy import voit_donnees_personnelles_aidant
from auth.principal import Principal
from hub.models import Aidant, Autorisation, Mandat, OrganisationAidantsConnect
from schema.aidants_connect import loaders
from schema.aidants_connect.loaders import StatutMandat, statut_mandat
from schema.donnees_personnelles import champ_personnel
from schema.enums import Demarche
from schema.pagination import After, Before, Connection, First, Last, child_connection, page
from schema.relay import Node, register_node
from schema.structure.types import DepartementRef, StructureType, departement_of, structure_of


async def organisation_of(
    info: strawberry.Info, organisation_id: uuid.UUID
) -> OrganisationAidantsConnectType | None:
    row = await loaders.organisation_by_id(info).load(organisation_id)
    return OrganisationAidantsConnectType.from_row(row) if row is not None else None


@register_node
@strawberry.type(name="OrganisationAidantsConnect", description="Organisation habilitée Aidants Connect.")
class OrganisationAidantsConnectType(Node):
    structure_id: strawberry.Private[uuid.UUID | None]
    departement_code: strawberry.Private[str]
    siret: str
    nom: str
    demarches_autorisees: list[str]
    numero_france_services: int | None
    date_desactivation: dt.datetime | None = strawberry.field(
        description="Désactivée par l'ANCT : ses aidants ne créent plus de mandats."
    )

    @classmethod
    def from_row(cls, row: OrganisationAidantsConnect) -> OrganisationAidantsConnectType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            departement_code=row.departement_code,
            siret=row.siret,
            nom=row.nom,
            demarches_autorisees=list(row.demarches_autorisees),
            numero_france_services=row.numero_france_services,
            date_desactivation=row.date_desactivation,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> OrganisationAidantsConnectType | None:
        return await organisation_of(info, key)

    @strawberry.field
    async def structure(self, info: strawberry.Info) -> StructureType | None:
        return await structure_of(info, self.structure_id)

    @strawberry.field
    async def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return await departement_of(info, self.departement_code)

    @strawberry.field(description="Les aidants habilités de l'organisation.")
    async def aidants(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[AidantType]:
        demandee = page(info, loaders.AIDANTS_DE_ORGANISATION, first, after, "ID", last, before)
        return await child_connection(info, demandee, Aidant.organisation_id, self.pk, AidantType.from_row)

    @strawberry.field(
        description="Les mandats de l'organisation, de l'expiration la plus lointaine à la plus proche."
    )
    async def mandats(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[MandatType]:
        demandee = page(
            info, loaders.MANDATS_DE_ORGANISATION, first, after, "DATE_EXPIRATION_DESC", last, before
        )
        return await child_connection(info, demandee, Mandat.organisation_id, self.pk, MandatType.from_row)


@register_node
@strawberry.type(
    name="Aidant", description="Aidant habilité ; nom, prénom et email sont des données personnelles."
)
class AidantType(Node):
    row: strawberry.Private[Aidant]
    nom: str | None = champ_personnel("Nom")
    prenom: str | None = champ_personnel("Prénom")
    email: str | None = champ_personnel("Email")
    peut_creer_mandats: bool = strawberry.field(description="Habilité : crée des mandats.")
    responsable: bool = strawberry.field(
        description="Responsable de l'organisation : crée, habilite et désactive ses autres aidants."
    )
    date_desactivation: dt.datetime | None

    @classmethod
    def from_row(cls, row: Aidant) -> AidantType:
        return cls(
            pk=row.id,
            row=row,
            nom=row.nom,
            prenom=row.prenom,
            email=row.email,
            peut_creer_mandats=row.peut_creer_mandats,
            responsable=row.responsable,
            date_desactivation=row.date_desactivation,
        )

    def voit_donnees_personnelles(self, principal: Principal) -> bool:
        return voit_donnees_personnelles_aidant(principal, self.row)

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> AidantType | None:
        row = await loaders.aidant_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field
    async def organisation(self, info: strawberry.Info) -> OrganisationAidantsConnectType | None:
        return await organisation_of(info, self.row.organisation_id)


@register_node
@strawberry.type(
    name="Mandat", description="Mandat d'un usager (pseudonymisé) à une organisation, pour des démarches."
)
class MandatType(Node):
    row: strawberry.Private[Mandat]
    duree_jours: int = strawberry.field(description="1, 31, 182 ou 365 jours.")
    date_creation: dt.datetime
    date_expiration: dt.datetime
    a_distance: bool

    @classmethod
    def from_row(cls, row: Mandat) -> MandatType:
        return cls(
            pk=row.id,
            row=row,
            duree_jours=row.duree_jours,
            date_creation=row.date_creation,
            date_expiration=row.date_expiration,
            a_distance=row.a_distance,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> MandatType | None:
        row = await loaders.mandat_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(
        description="ACTIF tant qu'il n'a pas expiré et qu'une autorisation n'est pas révoquée."
    )
    async def statut(self, info: strawberry.Info) -> StatutMandat:
        autorisations = await loaders.autorisations_by_mandat(info).load(self.pk)
        return statut_mandat(self.row, autorisations, dt.datetime.now(dt.UTC))

    @strawberry.field(description="Une autorisation par démarche.")
    async def autorisations(self, info: strawberry.Info) -> list[AutorisationType]:
        return [
            AutorisationType.from_row(r) for r in await loaders.autorisations_by_mandat(info).load(self.pk)
        ]

    @strawberry.field
    async def organisation(self, info: strawberry.Info) -> OrganisationAidantsConnectType | None:
        return await organisation_of(info, self.row.organisation_id)

    @strawberry.field(description="L'aidant qui a créé le mandat.")
    async def aidant(self, info: strawberry.Info) -> AidantType | None:
        row = await loaders.aidant_by_id(info).load(self.row.aidant_id)
        return AidantType.from_row(row) if row is not None else None

    @strawberry.field
    async def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return await departement_of(info, self.row.departement_code)


@strawberry.type(name="Autorisation", description="Une démarche couverte par un mandat, révocable seule.")
class AutorisationType:
    demarche: Demarche
    date_revocation: dt.datetime | None

    @classmethod
    def from_row(cls, row: Autorisation) -> AutorisationType:
        return cls(demarche=row.demarche, date_revocation=row.date_revocation)

    @strawberry.field
    def revoquee(self) -> bool:
        return self.date_revocation is not None
