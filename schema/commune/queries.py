"""Root fields `commune(codeInsee)` and `epci(siren)`: one référentiel row by its code, or null."""

from __future__ import annotations

import strawberry

from schema.commune.loaders import commune_by_code, epci_by_code
from schema.commune.types import CommuneType, EpciType


@strawberry.type
class CommuneQuery:
    @strawberry.field(
        description="Une commune par son code INSEE (« 57463 », « 2A004 »), ou null si elle n'est pas "
        "dans le référentiel importé."
    )
    async def commune(self, info: strawberry.Info, code_insee: str) -> CommuneType | None:
        row = await commune_by_code(info).load(code_insee.strip().upper())
        return CommuneType.from_row(row) if row is not None else None

    @strawberry.field(description="Un EPCI à fiscalité propre par son SIREN (« 200039865 »), ou null.")
    async def epci(self, info: strawberry.Info, siren: str) -> EpciType | None:
        row = await epci_by_code(info).load(siren.strip())
        return EpciType.from_row(row) if row is not None else None
