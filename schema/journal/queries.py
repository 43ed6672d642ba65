"""Root field `journal`."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import ColumnElement

from hub.models import Journal
from schema.filtres import Periode, periode_horodatee, territoire
from schema.journal.loaders import JOURNAL
from schema.journal.types import EntreeJournalType
from schema.pagination import After, Before, Connection, First, Last, page, root_connection


@strawberry.enum(description="Ordre du journal (horodatage indexé, puis identifiant).")
class TriJournal(Enum):
    HORODATAGE = "HORODATAGE"
    HORODATAGE_DESC = "HORODATAGE_DESC"


@strawberry.input(description="Filtres du journal ; tous facultatifs, combinés par ET.")
class JournalFiltre:
    departement: str | None = None
    region: str | None = None
    action: str | None = None
    entite: str | None = strawberry.field(
        default=None, description="Avec entiteId : l'historique d'un objet."
    )
    entite_id: str | None = None
    periode: Periode | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = [
            territoire(Journal.departement_code, self.departement, self.region),
            periode_horodatee(Journal.horodatage, self.periode),
        ]
        if self.action is not None:
            conditions.append(Journal.action == self.action)
        if self.entite is not None:
            conditions.append(Journal.entite == self.entite)
        if self.entite_id is not None:
            conditions.append(Journal.entite_id == self.entite_id)
        return conditions


@strawberry.type
class JournalQuery:
    @strawberry.field(description="Le journal d'audit, dans la portée de l'appelant.")
    async def journal(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: JournalFiltre | None = None,
        tri: TriJournal = TriJournal.HORODATAGE_DESC,
    ) -> Connection[EntreeJournalType]:
        demandee = page(info, JOURNAL, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, EntreeJournalType.from_row)
