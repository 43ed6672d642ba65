"""Root field `mandats` (rows only for the aidant's own organisation; others see none)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Mandat
from schema.aidants_connect.loaders import MANDATS, StatutMandat, condition_statut
from schema.aidants_connect.types import MandatType, OrganisationAidantsConnectType
from schema.context import Context
from schema.filtres import Periode, periode_horodatee, territoire
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id


@strawberry.enum(description="Ordre des mandats (date d'expiration indexée, puis identifiant).")
class TriMandat(Enum):
    DATE_EXPIRATION = "DATE_EXPIRATION"
    DATE_EXPIRATION_DESC = "DATE_EXPIRATION_DESC"


@strawberry.input(description="Filtres des mandats ; tous facultatifs, combinés par ET.")
class MandatFiltre:
    departement: str | None = None
    region: str | None = None
    statut: StatutMandat | None = None
    expiration: Periode | None = strawberry.field(
        default=None, description="Date d'expiration entre du et au."
    )
    organisation: strawberry.ID | None = strawberry.field(default=None, description="Identifiant global.")

    def conditions(self, context: Context) -> list[ColumnElement[bool]]:
        conditions = [
            territoire(Mandat.departement_code, self.departement, self.region),
            periode_horodatee(Mandat.date_expiration, self.expiration, "filtre.expiration"),
        ]
        if self.statut is not None:
            conditions.append(condition_statut(self.statut, context.principal, dt.datetime.now(dt.UTC)))
        if self.organisation is not None:
            organisation_id = parse_global_id(
                self.organisation, OrganisationAidantsConnectType, "filtre.organisation"
            )
            conditions.append(Mandat.organisation_id == organisation_id)
        return conditions


@strawberry.type
class MandatQuery:
    @strawberry.field(
        description="Les mandats Aidants Connect visibles (ceux de l'organisation de l'aidant)."
    )
    async def mandats(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: MandatFiltre | None = None,
        tri: TriMandat = TriMandat.DATE_EXPIRATION_DESC,
    ) -> Connection[MandatType]:
        demandee = page(info, MANDATS, first, after, tri.value, last, before)
        conditions = filtre.conditions(info.context) if filtre is not None else []
        return await root_connection(info, demandee, conditions, MandatType.from_row)
