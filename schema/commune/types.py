"""GraphQL types Commune and Epci: public référentiel rows (code INSEE, SIREN), imported from open data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from hub.models import Commune, Epci
from schema.commune.loaders import COMMUNES_DE_L_EPCI, commune_by_code, departements_by_epci, epci_by_code
from schema.execution import contexte_seul
from schema.pagination import After, Before, Connection, First, Last, child_connection, page
from schema.prechargement import lien, relation
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.territoire.types import DepartementType

DepartementRef = Annotated["DepartementType", strawberry.lazy("schema.territoire.types")]


def _departement_type(row: Any) -> DepartementType:
    from schema.territoire.types import DepartementType

    return DepartementType.from_row(row)


@strawberry.type(
    name="Commune",
    description="Commune du code officiel géographique (code INSEE, 5 caractères : « 57463 », "
    "« 2A004 »), importée avec son EPCI (`inclusion-hub import epci`).",
)
class CommuneType:
    code_insee: str = strawberry.field(description="Code INSEE (pas le code postal).")
    nom: str
    population: int | None = strawberry.field(description="Population municipale, si le fichier la donne.")
    departement_code: strawberry.Private[str]
    epci_code: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: Commune) -> CommuneType:
        return cls(
            code_insee=row.code,
            nom=row.nom,
            population=row.population,
            departement_code=row.departement_code,
            epci_code=row.epci_code,
        )

    @strawberry.field(description="Le département de la commune.")
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return relation(departement_by_code(info), self.departement_code, _departement_type)

    @strawberry.field(description="L'EPCI à fiscalité propre dont la commune est membre, ou null.")
    @contexte_seul
    def epci(self, info: strawberry.Info) -> EpciType | None:
        return relation(epci_by_code(info), self.epci_code, EpciType.from_row)


@strawberry.type(
    name="Epci",
    description="Établissement public de coopération intercommunale à fiscalité propre (SIREN), "
    "avec ses communes membres.",
)
class EpciType:
    siren: str = strawberry.field(description="SIREN (9 chiffres).")
    nom: str
    nature: str = strawberry.field(
        description="Nature juridique : CC (communauté de communes), CA (d'agglomération), CU "
        "(urbaine), METRO (métropole), MET69 (métropole de Lyon)."
    )
    population: int | None = strawberry.field(description="Population municipale totale, si connue.")

    @classmethod
    def from_row(cls, row: Epci) -> EpciType:
        return cls(siren=row.code, nom=row.nom, nature=row.type, population=row.population)

    @strawberry.field(description="Les communes membres, par code INSEE.")
    async def communes(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[CommuneType]:
        demandee = page(info, COMMUNES_DE_L_EPCI, first, after, "CODE", last, before)
        return await child_connection(info, demandee, Commune.epci_code, self.siren, CommuneType.from_row)

    @strawberry.field(
        description="Les départements de ses communes membres, par code (un EPCI peut en chevaucher "
        "plusieurs)."
    )
    async def departements(self, info: strawberry.Info) -> list[DepartementRef]:
        codes = await departements_by_epci(info).load(self.siren)
        rows = await departement_by_code(info).load_many(codes)
        return [_departement_type(row) for row in rows if row is not None]


def commune_de(info: strawberry.Info, code_insee: str | None) -> CommuneType | None:
    """The référentiel's commune of a row's code INSEE (null: no code, or a commune not imported);
    without a coroutine when the request already loaded it (schema.prechargement)."""
    return relation(commune_by_code(info), code_insee, CommuneType.from_row)


lien(Commune, "departement", departement_by_code, Commune.departement_code)
lien(Commune, "epci", epci_by_code, Commune.epci_code)
