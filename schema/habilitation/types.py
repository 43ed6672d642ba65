"""GraphQL type Habilitation: one person (provider, e-mail), one role and its territory."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from hub.models import Habilitation
from schema.enums import Role
from schema.execution import contexte_seul
from schema.habilitation.loaders import habilitation_by_id
from schema.prechargement import lien
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import StructureType, structure_de


@register_node
@strawberry.type(
    name="Habilitation",
    description="Ce qu'une personne connectée (fournisseur d'identité, adresse électronique) peut voir : "
    "un rôle et son territoire. Lue par l'ANCT, par une préfecture pour ses agents, par une structure "
    "pour ses collègues.",
)
class HabilitationType(Node):
    structure_id: strawberry.Private[uuid.UUID | None]
    issuer: str = strawberry.field(description="Fournisseur d'identité (ProConnect) qui atteste la personne.")
    email: str = strawberry.field(description="Adresse électronique professionnelle de la personne.")
    role: Role
    departements: list[str] = strawberry.field(description="Départements d'une préfecture.")
    siret: str | None = strawberry.field(
        description="SIRET exigé de l'identité (celui de la structure pour un collègue invité)."
    )
    actif: bool = strawberry.field(description="Faux une fois retirée (la ligne est gardée).")
    valide_au: dt.datetime | None = strawberry.field(description="Fin de validité, ou aucune.")

    @classmethod
    def from_row(cls, row: Habilitation) -> HabilitationType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            issuer=row.issuer,
            email=row.email,
            role=row.role,
            departements=list(row.departements or ()),
            siret=row.siret,
            actif=row.actif,
            valide_au=row.valide_au,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> HabilitationType | None:
        row = await habilitation_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="La structure d'une habilitation de structure.")
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.structure_id)


lien(Habilitation, "structure", structure_by_id, Habilitation.structure_id)
