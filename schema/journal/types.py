"""GraphQL type EntreeJournal: who did what to which entity, when, with a before/after summary."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry.scalars import JSON

from hub.models import Journal
from schema.enums import Role
from schema.errors import bad_user_input
from schema.journal.loaders import entree_by_id
from schema.relay import Node, register_node
from schema.structure.types import DepartementRef, departement_of


@register_node
@strawberry.type(name="EntreeJournal", description="Une écriture auditée (le journal est en ajout seul).")
class EntreeJournalType(Node):
    departement_code: strawberry.Private[str | None]
    horodatage: dt.datetime
    role: Role
    sujet: str = strawberry.field(description="Sujet du jeton qui a écrit (identifiant, pas un nom).")
    client_id: str | None
    action: str
    entite: str
    entite_id: str
    avant: JSON | None = strawberry.field(
        description="Résumé avant l'écriture (codes, jamais de donnée personnelle)."
    )
    apres: JSON | None = strawberry.field(description="Résumé après l'écriture.")
    request_id: str | None

    @classmethod
    def from_row(cls, row: Journal) -> EntreeJournalType:
        return cls(
            pk=row.id,
            departement_code=row.departement_code,
            horodatage=row.horodatage,
            role=row.role,
            sujet=row.sujet,
            client_id=row.client_id,
            action=row.action,
            entite=row.entite,
            entite_id=row.entite_id,
            avant=JSON(row.avant) if row.avant is not None else None,
            apres=JSON(row.apres) if row.apres is not None else None,
            request_id=row.request_id,
        )

    @classmethod
    def parse_key(cls, key: str, champ: str) -> Any:
        if not key.isdigit():
            raise bad_user_input(f"`{champ}` n'est pas un identifiant global valide.", champ)
        return int(key)

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> EntreeJournalType | None:
        row = await entree_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field
    async def departement(self, info: strawberry.Info) -> DepartementRef | None:
        if self.departement_code is None:
            return None
        return await departement_of(info, self.departement_code)
