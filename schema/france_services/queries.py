"""Root field `sitesFranceServices` (public data: every role, anonymous included)."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import SiteFranceServices
from schema.enums import FormatFranceServices, TypeSiteFranceServices
from schema.filtres import PresenceSource, nom_contient, presence, territoire
from schema.france_services.loaders import SITES_FRANCE_SERVICES
from schema.france_services.types import SiteFranceServicesType
from schema.pagination import After, Before, Connection, First, Last, page, root_connection


@strawberry.enum(description="Ordre des sites France Services (colonnes indexées, puis identifiant).")
class TriSiteFranceServices(Enum):
    NOM = "NOM"
    DEPARTEMENT = "DEPARTEMENT"


@strawberry.input(description="Filtres des sites France Services ; tous facultatifs, combinés par ET.")
class SiteFranceServicesFiltre:
    departement: str | None = None
    region: str | None = None
    type: TypeSiteFranceServices | None = None
    format: FormatFranceServices | None = None
    nom: str | None = strawberry.field(default=None, description="Contient ce texte (sans casse).")
    presence: PresenceSource = strawberry.field(
        default=PresenceSource.ACTUELS,
        description="Les sites présents dans la liste ANCT (par défaut), absents, ou tous.",
    )

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [
            territoire(SiteFranceServices.departement_code, self.departement, self.region),
            nom_contient(SiteFranceServices.nom, self.nom),
            presence(SiteFranceServices.absent_depuis, self.presence),
        ]
        if self.type is not None:
            conditions.append(SiteFranceServices.type == self.type)
        if self.format is not None:
            conditions.append(SiteFranceServices.format == self.format)
        return conditions


@strawberry.type
class FranceServicesQuery:
    @strawberry.field(
        description="Les sites France Services (présents dans la liste ANCT, sauf `filtre.presence`)."
    )
    async def sites_france_services(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: SiteFranceServicesFiltre | None = None,
        tri: TriSiteFranceServices = TriSiteFranceServices.NOM,
    ) -> Connection[SiteFranceServicesType]:
        demandee = page(info, SITES_FRANCE_SERVICES, first, after, tri.value, last, before)
        conditions = (filtre or SiteFranceServicesFiltre()).conditions()  # absent sites left out by default
        return await root_connection(info, demandee, conditions, SiteFranceServicesType.from_row)
