"""GraphQL type Lieu: a place of médiation numérique (public), with its conseillers (scoped)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from hub.models import Lieu
from schema.commune.loaders import commune_by_code
from schema.commune.types import CommuneType, commune_de
from schema.execution import contexte_seul
from schema.lieu import loaders
from schema.prechargement import lien
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import DepartementRef, StructureType, departement_de, structure_de
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.conseiller.types import ConseillerType


async def lieu_of(info: strawberry.Info, lieu_id: uuid.UUID | None) -> LieuType | None:
    if lieu_id is None:
        return None
    row = await loaders.lieu_by_id(info).load(lieu_id)
    return LieuType.from_row(row) if row is not None else None


@register_node
@strawberry.type(name="Lieu", description="Lieu de médiation numérique (standard national des lieux).")
class LieuType(Node):
    structure_id: strawberry.Private[uuid.UUID | None]
    departement_code: strawberry.Private[str]
    nom: str
    pivot: str | None = strawberry.field(description="SIRET ou RNA de la structure porteuse.")
    adresse: str
    code_postal: str
    commune: str
    code_insee: str | None
    latitude: float | None
    longitude: float | None
    services: list[str]
    publics: list[str]
    frais: list[str]
    dispositifs: list[str]
    horaires: str | None = strawberry.field(description="Horaires au format OpenStreetMap opening_hours.")
    telephone: str | None
    courriel: str | None
    site_web: str | None
    date_maj: dt.date
    absent_depuis: dt.date | None = strawberry.field(
        default=None,
        description="Date du fichier de sa source qui ne contenait plus ce lieu (absent depuis), null "
        "s'il y est. Les listes ne comptent par défaut que les lieux présents.",
    )
    distance_km: float | None = strawberry.field(
        default=None,
        description="Distance au point de `filtre.pres` (listes triées par DISTANCE), sinon null.",
    )

    @classmethod
    def from_row(cls, row: Lieu, distance_km: float | None = None) -> LieuType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            departement_code=row.departement_code,
            nom=row.nom,
            pivot=row.pivot,
            adresse=row.adresse,
            code_postal=row.code_postal,
            commune=row.commune,
            code_insee=row.code_insee,
            latitude=row.latitude,
            longitude=row.longitude,
            services=list(row.services),
            publics=list(row.publics),
            frais=list(row.frais),
            dispositifs=list(row.dispositifs),
            horaires=row.horaires,
            telephone=row.telephone,
            courriel=row.courriel,
            site_web=row.site_web,
            date_maj=row.date_maj,
            absent_depuis=row.absent_depuis,
            distance_km=distance_km,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> LieuType | None:
        return await lieu_of(info, key)

    @strawberry.field(description="La structure porteuse, ou null (absente ou hors de portée).")
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.structure_id)

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.departement_code)

    @strawberry.field(
        description="La commune de `codeInsee` dans le référentiel importé (avec son EPCI), ou null."
    )
    @contexte_seul
    def commune_referentiel(self, info: strawberry.Info) -> CommuneType | None:
        return commune_de(info, self.code_insee)

    @strawberry.field(description="Les conseillers qui y interviennent, parmi ceux visibles par l'appelant.")
    async def conseillers(
        self, info: strawberry.Info
    ) -> list[Annotated[ConseillerType, strawberry.lazy("schema.conseiller.types")]]:
        from schema.conseiller.types import ConseillerType

        return [ConseillerType.from_row(row) for row in await loaders.conseillers_by_lieu(info).load(self.pk)]


lien(Lieu, "structure", structure_by_id, Lieu.structure_id)
lien(Lieu, "departement", departement_by_code, Lieu.departement_code)
lien(Lieu, "communeReferentiel", commune_by_code, Lieu.code_insee)
