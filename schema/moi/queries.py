"""Root field `moi`: answered from the verified principal alone, without touching the database."""

from __future__ import annotations

import strawberry

from schema.context import Context
from schema.moi.types import MoiType


@strawberry.type
class MoiQuery:
    @strawberry.field(description="Qui suis-je ? Le rôle et le périmètre du jeton de la requête.")
    def moi(self, info: strawberry.Info) -> MoiType:
        context: Context = info.context
        return MoiType.from_principal(context.principal)
