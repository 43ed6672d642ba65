"""GraphQL type Poste: one funded position, its contract in progress and its subvention."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Contrat, Poste, Subvention
from schema.enums import EtatPoste
from schema.execution import contexte_seul
from schema.poste.loaders import poste_by_id
from schema.prechargement import lien, relation
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import DepartementRef, StructureType, departement_de, structure_de
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.contrat.types import ContratType
    from schema.financement.types import SubventionType

ContratRef = Annotated["ContratType", strawberry.lazy("schema.contrat.types")]


async def poste_of(info: strawberry.Info, poste_id: uuid.UUID | None) -> PosteType | None:
    if poste_id is None:
        return None
    row = await poste_by_id(info).load(poste_id)
    return PosteType.from_row(row) if row is not None else None


@register_node
@strawberry.type(name="Poste", description="Poste subventionné d'une structure (vacant, occupé ou rendu).")
class PosteType(Node):
    structure_id: strawberry.Private[uuid.UUID]
    departement_code: strawberry.Private[str]
    etat: EtatPoste
    phase: int
    date_attribution: dt.date
    date_rendu: dt.date | None

    @classmethod
    def from_row(cls, row: Poste) -> PosteType:
        return cls(
            pk=row.id,
            structure_id=row.structure_id,
            departement_code=row.departement_code,
            etat=row.etat,
            phase=row.phase,
            date_attribution=row.date_attribution,
            date_rendu=row.date_rendu,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> PosteType | None:
        return await poste_of(info, key)

    @strawberry.field(description="La structure du poste.")
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.structure_id)

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.departement_code)

    @strawberry.field(description="Le contrat en cours (recruté ou actif) sur ce poste, ou null.")
    @contexte_seul
    def contrat(self, info: strawberry.Info) -> ContratRef | None:
        from schema.contrat.types import ContratType

        return relation(_contrat_en_cours(info), self.pk, ContratType.from_row)

    @strawberry.field(description="Tous les contrats passés et en cours sur ce poste, par date de début.")
    async def contrats(self, info: strawberry.Info) -> list[ContratRef]:
        from schema.contrat.loaders import contrats_by_poste
        from schema.contrat.types import ContratType

        return [ContratType.from_row(row) for row in await contrats_by_poste(info).load(self.pk)]

    @strawberry.field(description="La subvention du poste, ou null.")
    @contexte_seul
    def subvention(
        self, info: strawberry.Info
    ) -> Annotated[SubventionType, strawberry.lazy("schema.financement.types")] | None:
        from schema.financement.types import SubventionType

        return relation(_subvention(info), self.pk, SubventionType.from_row)


def poste_de(info: strawberry.Info, poste_id: uuid.UUID | None) -> PosteType | None:
    """`poste_of` without a coroutine when the request already loaded it (schema.prechargement)."""
    return relation(poste_by_id(info), poste_id, PosteType.from_row)


def _contrat_en_cours(info: strawberry.Info) -> DataLoader[uuid.UUID, Contrat | None]:
    from schema.contrat.loaders import contrat_en_cours_by_poste

    return contrat_en_cours_by_poste(info)


def _subvention(info: strawberry.Info) -> DataLoader[uuid.UUID, Subvention | None]:
    from schema.financement.loaders import subvention_by_poste

    return subvention_by_poste(info)


lien(Poste, "structure", structure_by_id, Poste.structure_id)
lien(Poste, "departement", departement_by_code, Poste.departement_code)
lien(Poste, "contrat", _contrat_en_cours, Poste.id)
lien(Poste, "subvention", _subvention, Poste.id)
