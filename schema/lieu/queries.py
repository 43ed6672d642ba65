"""Root fields `lieux` and `lieu(id)` (public data: every role, anonymous included)."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Lieu
from schema.errors import bad_user_input
from schema.filtres import PresenceSource, nom_contient, presence, territoire
from schema.lieu.loaders import LIEUX
from schema.lieu.proximite import Centre, PresInput, lieux_par_distance
from schema.lieu.types import LieuType, lieu_of
from schema.pagination import After, Before, Connection, First, Last, page, root_connection
from schema.relay import parse_global_id


@strawberry.enum(description="Ordre des lieux (colonnes indexées, puis identifiant).")
class TriLieu(Enum):
    NOM = "NOM"
    DEPARTEMENT = "DEPARTEMENT"
    DISTANCE = strawberry.enum_value("DISTANCE", description="Du plus proche au plus loin de `filtre.pres`.")


@strawberry.input(description="Filtres des lieux ; tous facultatifs, combinés par ET.")
class LieuFiltre:
    departement: str | None = None
    region: str | None = None
    nom: str | None = strawberry.field(default=None, description="Contient ce texte (sans casse).")
    pivot: str | None = strawberry.field(default=None, description="SIRET ou RNA exact.")
    pres: PresInput | None = strawberry.field(
        default=None,
        description="À moins de `rayonKm` de ce point (avec `tri: DISTANCE` : les plus proches d'abord).",
    )
    presence: PresenceSource = strawberry.field(
        default=PresenceSource.ACTUELS,
        description="Les lieux présents dans leur source (par défaut), absents, ou tous.",
    )

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [
            territoire(Lieu.departement_code, self.departement, self.region),
            nom_contient(Lieu.nom, self.nom),
            presence(Lieu.absent_depuis, self.presence),
        ]
        if self.pivot is not None:
            conditions.append(Lieu.pivot == self.pivot)
        if self.pres is not None:
            conditions += Centre.de(self.pres).conditions()
        return conditions


@strawberry.type
class LieuQuery:
    @strawberry.field(
        description="Les lieux de médiation numérique (présents dans leur source, sauf `filtre.presence`)."
    )
    async def lieux(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: LieuFiltre | None = None,
        tri: TriLieu = TriLieu.NOM,
    ) -> Connection[LieuType]:
        conditions = (filtre or LieuFiltre()).conditions()  # absent lieux left out by default
        if tri is TriLieu.DISTANCE:
            if filtre is None or filtre.pres is None:
                raise bad_user_input("`tri: DISTANCE` demande un point : `filtre.pres`.", "tri")
            centre = Centre.de(filtre.pres)
            return await lieux_par_distance(
                info,
                centre,
                conditions,
                LieuType.from_row,
                first=first,
                after=after,
                last=last,
                before=before,
            )
        demandee = page(info, LIEUX, first, after, tri.value, last, before)
        return await root_connection(info, demandee, conditions, LieuType.from_row)

    @strawberry.field(description="Un lieu par son identifiant global, ou null.")
    async def lieu(self, info: strawberry.Info, id: strawberry.ID) -> LieuType | None:
        return await lieu_of(info, parse_global_id(id, LieuType))
