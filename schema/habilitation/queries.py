"""Root field `habilitations`: who may sign in, with which role (ANCT: all; préfecture: its agents;
structure: its colleagues; an empty list for the other roles)."""

from __future__ import annotations

import re
from enum import Enum

import strawberry
from sqlalchemy import ColumnElement, String, cast, func

from hub.models import Habilitation
from schema.enums import Role
from schema.errors import bad_user_input
from schema.habilitation.loaders import HABILITATIONS
from schema.habilitation.types import HabilitationType
from schema.pagination import After, Before, Connection, First, Last, page, root_connection

_CODE_DEPARTEMENT = re.compile(r"[0-9][0-9AB][0-9]?")


@strawberry.enum(description="Ordre des habilitations (adresse électronique, puis identifiant).")
class TriHabilitation(Enum):
    EMAIL = "EMAIL"
    EMAIL_DESC = "EMAIL_DESC"


@strawberry.input(description="Filtres des habilitations ; tous facultatifs, combinés par ET.")
class HabilitationFiltre:
    role: Role | None = None
    departement: str | None = strawberry.field(default=None, description="Un des départements couverts.")
    actif: bool | None = None
    email: str | None = strawberry.field(default=None, description="Adresse exacte (casse ignorée).")

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.role is not None:
            conditions.append(Habilitation.role == self.role)
        if self.actif is not None:
            conditions.append(Habilitation.actif.is_(self.actif))
        if self.email is not None:
            conditions.append(func.lower(Habilitation.email) == self.email.strip().lower())
        if self.departement is not None:
            code = self.departement.strip().upper()
            if not _CODE_DEPARTEMENT.fullmatch(code):
                raise bad_user_input("Code de département invalide (ex. 57, 2A, 974).", "filtre.departement")
            # The JSON list as text (`["57", "13"]` on both backends); the code is checked above, so
            # the pattern holds no wildcard and its quotes match one whole element.
            conditions.append(cast(Habilitation.departements, String).like(f'%"{code}"%'))
        return conditions


@strawberry.type
class HabilitationQuery:
    @strawberry.field(description="Les habilitations que l'appelant gère.")
    async def habilitations(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filtre: HabilitationFiltre | None = None,
        tri: TriHabilitation = TriHabilitation.EMAIL,
    ) -> Connection[HabilitationType]:
        demandee = page(info, HABILITATIONS, first, after, tri.value, last, before)
        conditions = filtre.conditions() if filtre is not None else []
        return await root_connection(info, demandee, conditions, HabilitationType.from_row)
