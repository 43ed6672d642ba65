"""Root field `imports`: the import runs, most recent first (ANCT only; an empty list for others)."""

from __future__ import annotations

from enum import Enum

import strawberry

from schema.imports.loaders import IMPORTS
from schema.imports.types import ImportRunType
from schema.pagination import After, Before, Connection, First, Last, page, root_connection


@strawberry.enum(description="Ordre des imports (début indexé, puis identifiant).")
class TriImport(Enum):
    DEBUT_DESC = "DEBUT_DESC"
    DEBUT = "DEBUT"


@strawberry.type
class ImportQuery:
    @strawberry.field(description="Les exécutions d'import de données ouvertes et leurs comptes (ANCT).")
    async def imports(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        tri: TriImport = TriImport.DEBUT_DESC,
    ) -> Connection[ImportRunType]:
        demandee = page(info, IMPORTS, first, after, tri.value, last, before)
        return await root_connection(info, demandee, [], ImportRunType.from_row)
