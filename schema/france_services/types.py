"""GraphQL type SiteFranceServices: a labelled France Services site, principal or antenne."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON

from hub.models import SiteFranceServices
from schema.commune.loaders import commune_by_code
from schema.commune.types import CommuneType, commune_de
from schema.enums import FormatFranceServices, TypeSiteFranceServices
from schema.execution import contexte_seul
from schema.france_services.loaders import site_by_id
from schema.prechargement import lien
from schema.relay import Node, register_node
from schema.structure.types import DepartementRef, StructureType, departement_of, structure_of


@register_node
@strawberry.type(name="SiteFranceServices", description="Site France Services labellisé.")
class SiteFranceServicesType(Node):
    structure_id: strawberry.Private[uuid.UUID | None]
    departement_code: strawberry.Private[str]
    id_fs: int = strawberry.field(description="Identifiant du site dans la liste ANCT.")
    nom: str
    adresse: str
    code_postal: str
    commune: str
    code_insee: str
    latitude: float | None
    longitude: float | None
    type: TypeSiteFranceServices
    format: FormatFranceServices
    date_labellisation: dt.date | None
    horaires: JSON = strawberry.field(description="Horaires par jour, tels que publiés.")
    telephone: str | None
    courriel: str | None
    absent_depuis: dt.date | None = strawberry.field(
        default=None,
        description="Date de la liste ANCT qui ne contenait plus ce site (absent depuis), null s'il y est. "
        "Les listes et les statistiques ne comptent par défaut que les sites présents.",
    )

    @classmethod
    def from_row(cls, row: SiteFranceServices) -> SiteFranceServicesType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            departement_code=row.departement_code,
            id_fs=row.id_fs,
            nom=row.nom,
            adresse=row.adresse,
            code_postal=row.code_postal,
            commune=row.commune,
            code_insee=row.code_insee,
            latitude=row.latitude,
            longitude=row.longitude,
            type=row.type,
            format=row.format,
            date_labellisation=row.date_labellisation,
            horaires=JSON(row.horaires),
            telephone=row.telephone,
            courriel=row.courriel,
            absent_depuis=row.absent_depuis,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> SiteFranceServicesType | None:
        row = await site_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="La structure porteuse, ou null (absente ou hors de portée).")
    async def structure(self, info: strawberry.Info) -> StructureType | None:
        return await structure_of(info, self.structure_id)

    @strawberry.field
    async def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return await departement_of(info, self.departement_code)

    @strawberry.field(
        description="La commune de `codeInsee` dans le référentiel importé (avec son EPCI), ou null."
    )
    @contexte_seul
    def commune_referentiel(self, info: strawberry.Info) -> CommuneType | None:
        return commune_de(info, self.code_insee)


lien(SiteFranceServices, "communeReferentiel", commune_by_code, SiteFranceServices.code_insee)
