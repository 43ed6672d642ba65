"""GraphQL type Activite (CRA): canal, type, durée, participant counts by bucket, thèmes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader

from hub.models import Activite, ActiviteTheme, Conseiller, Lieu
from schema.activite import loaders
from schema.enums import Canal, Theme, TypeActivite
from schema.execution import contexte_seul
from schema.prechargement import lien, relation
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import DepartementRef, StructureType, departement_de, structure_de
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.conseiller.types import ConseillerType
    from schema.lieu.types import LieuType


@strawberry.type(description="Participants par tranche d'âge (la somme vaut nbParticipants).")
class TranchesAge:
    moins12ans: int
    de12a18ans: int
    de18a35ans: int
    de35a60ans: int
    plus60ans: int


@strawberry.type(description="Participants par statut (la somme vaut nbParticipants).")
class StatutsParticipants:
    etudiant: int
    sans_emploi: int
    en_emploi: int
    retraite: int
    heterogene: int


@register_node
@strawberry.type(name="Activite", description="Compte-rendu d'activité d'un conseiller (une séance).")
class ActiviteType(Node):
    row: strawberry.Private[Activite]
    date: dt.date
    canal: Canal
    type: TypeActivite
    duree_minutes: int
    nb_participants: int
    nb_participants_recurrents: int
    reorientations: list[str]
    code_commune: str = strawberry.field(description="Code INSEE de la commune de l'activité.")
    corrige_le: dt.datetime | None = strawberry.field(description="Date de la dernière correction, ou null.")

    @classmethod
    def from_row(cls, row: Activite) -> ActiviteType:
        return cls(
            pk=row.id,
            row=row,
            date=row.date,
            canal=row.canal,
            type=row.type,
            duree_minutes=row.duree_minutes,
            nb_participants=row.nb_participants,
            nb_participants_recurrents=row.nb_participants_recurrents,
            reorientations=list(row.reorientations),
            code_commune=row.code_commune,
            corrige_le=row.corrige_le,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> ActiviteType | None:
        row = await loaders.activite_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field
    def ages(self) -> TranchesAge:
        r = self.row
        return TranchesAge(
            moins12ans=r.age_moins12ans,
            de12a18ans=r.age_de12a18ans,
            de18a35ans=r.age_de18a35ans,
            de35a60ans=r.age_de35a60ans,
            plus60ans=r.age_plus60ans,
        )

    @strawberry.field
    def statuts(self) -> StatutsParticipants:
        r = self.row
        return StatutsParticipants(
            etudiant=r.statut_etudiant,
            sans_emploi=r.statut_sans_emploi,
            en_emploi=r.statut_en_emploi,
            retraite=r.statut_retraite,
            heterogene=r.statut_heterogene,
        )

    @strawberry.field(description="Les thèmes abordés (1 à 20).")
    @contexte_seul
    def themes(self, info: strawberry.Info) -> list[Theme]:
        return relation(loaders.themes_by_activite(info), self.pk, _themes) or []

    @strawberry.field
    @contexte_seul
    def conseiller(
        self, info: strawberry.Info
    ) -> Annotated[ConseillerType, strawberry.lazy("schema.conseiller.types")] | None:
        from schema.conseiller.types import conseiller_de

        return conseiller_de(info, self.row.conseiller_id)

    @strawberry.field
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.row.structure_id)

    @strawberry.field
    @contexte_seul
    def lieu(self, info: strawberry.Info) -> Annotated[LieuType, strawberry.lazy("schema.lieu.types")] | None:
        from schema.lieu.loaders import lieu_by_id
        from schema.lieu.types import LieuType

        return relation(lieu_by_id(info), self.row.lieu_id, LieuType.from_row)

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.row.departement_code)


def _themes(rows: list[ActiviteTheme]) -> list[Theme]:
    return [row.theme for row in rows]


def _conseiller(info: strawberry.Info) -> DataLoader[uuid.UUID, Conseiller | None]:
    from schema.conseiller.loaders import conseiller_by_id

    return conseiller_by_id(info)


def _lieu(info: strawberry.Info) -> DataLoader[uuid.UUID, Lieu | None]:
    from schema.lieu.loaders import lieu_by_id

    return lieu_by_id(info)


lien(Activite, "themes", loaders.themes_by_activite, Activite.id, plusieurs=True)
lien(Activite, "conseiller", _conseiller, Activite.conseiller_id)
lien(Activite, "structure", structure_by_id, Activite.structure_id)
lien(Activite, "lieu", _lieu, Activite.lieu_id)
lien(Activite, "departement", departement_by_code, Activite.departement_code)
