"""GraphQL type Conseiller: public professional facts, and personal fields behind one gate."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader

from auth.policy import voit_donnees_personnelles
from auth.principal import Principal
from hub.models import Activite, Conseiller, Contrat
from schema.conseiller.loaders import conseiller_by_id
from schema.donnees_personnelles import champ_personnel
from schema.execution import contexte_seul
from schema.pagination import After, Before, Connection, First, Last, child_connection, page
from schema.prechargement import lien, relation
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import DepartementRef, StructureType, departement_de, structure_de
from schema.territoire.loaders import departement_by_code

if TYPE_CHECKING:
    from schema.activite.types import ActiviteType
    from schema.contrat.types import ContratType
    from schema.coordination.types import CoordinationType
    from schema.lieu.types import LieuType

ContratRef = Annotated["ContratType", strawberry.lazy("schema.contrat.types")]
CoordinationRef = Annotated["CoordinationType", strawberry.lazy("schema.coordination.types")]


async def conseiller_of(info: strawberry.Info, conseiller_id: uuid.UUID | None) -> ConseillerType | None:
    if conseiller_id is None:
        return None
    row = await conseiller_by_id(info).load(conseiller_id)
    return ConseillerType.from_row(row) if row is not None else None


@register_node
@strawberry.type(
    name="Conseiller",
    description="Conseiller numérique. L'identifiant est pseudonyme ; nom, prénom, email et téléphone "
    "sont des données personnelles, null pour les rôles qui ne peuvent pas les lire.",
)
class ConseillerType(Node):
    row: strawberry.Private[Conseiller]
    nom: str | None = champ_personnel("Nom")
    prenom: str | None = champ_personnel("Prénom")
    email: str | None = champ_personnel("Email professionnel")
    telephone: str | None = champ_personnel("Téléphone professionnel")
    date_debut_formation: dt.date | None
    date_fin_formation: dt.date | None
    certifie: bool = strawberry.field(description="Certification CCP1 obtenue.")
    est_coordinateur: bool

    @classmethod
    def from_row(cls, row: Conseiller) -> ConseillerType:
        return cls(
            pk=row.id,
            row=row,
            nom=row.nom,
            prenom=row.prenom,
            email=row.email,
            telephone=row.telephone,
            date_debut_formation=row.date_debut_formation,
            date_fin_formation=row.date_fin_formation,
            certifie=row.certifie,
            est_coordinateur=row.est_coordinateur,
        )

    def voit_donnees_personnelles(self, principal: Principal) -> bool:
        return voit_donnees_personnelles(principal, self.row)

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> ConseillerType | None:
        return await conseiller_of(info, key)

    @strawberry.field(description="La structure employeuse actuelle, ou null.")
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.row.structure_id)

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.row.departement_code)

    @strawberry.field(description="Le contrat en cours (recruté ou actif), ou null.")
    @contexte_seul
    def contrat(self, info: strawberry.Info) -> ContratRef | None:
        from schema.contrat.types import ContratType

        return relation(_contrat_en_cours(info), self.pk, ContratType.from_row)

    @strawberry.field(description="Tous les contrats du conseiller, par date de début.")
    async def contrats(self, info: strawberry.Info) -> list[ContratRef]:
        from schema.contrat.loaders import contrats_by_conseiller
        from schema.contrat.types import ContratType

        return [ContratType.from_row(row) for row in await contrats_by_conseiller(info).load(self.pk)]

    @strawberry.field(
        description="Les coordinations où ce conseiller est coordonné, par date de début (celles que "
        "l'appelant peut lire)."
    )
    async def coordinations(self, info: strawberry.Info) -> list[CoordinationRef]:
        from schema.coordination.loaders import coordinations_by_conseiller
        from schema.coordination.types import CoordinationType

        rows = await coordinations_by_conseiller(info).load(self.pk)
        return [CoordinationType.from_row(row) for row in rows]

    @strawberry.field(
        description="Les coordinations que ce conseiller mène comme coordinateur, par date de début "
        "(celles que l'appelant peut lire)."
    )
    async def coordinations_menees(self, info: strawberry.Info) -> list[CoordinationRef]:
        from schema.coordination.loaders import coordinations_by_coordinateur
        from schema.coordination.types import CoordinationType

        rows = await coordinations_by_coordinateur(info).load(self.pk)
        return [CoordinationType.from_row(row) for row in rows]

    @strawberry.field(description="Les lieux de médiation numérique où il intervient.")
    async def lieux(
        self, info: strawberry.Info
    ) -> list[Annotated[LieuType, strawberry.lazy("schema.lieu.types")]]:
        from schema.lieu.loaders import lieux_by_conseiller
        from schema.lieu.types import LieuType

        return [LieuType.from_row(row) for row in await lieux_by_conseiller(info).load(self.pk)]

    @strawberry.field(description="Ses comptes-rendus d'activité, du plus récent au plus ancien.")
    async def activites(
        self,
        info: strawberry.Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Annotated[ActiviteType, strawberry.lazy("schema.activite.types")]]:
        from schema.activite.loaders import ACTIVITES_DU_CONSEILLER
        from schema.activite.types import ActiviteType

        demandee = page(info, ACTIVITES_DU_CONSEILLER, first, after, "DATE_DESC", last, before)
        return await child_connection(info, demandee, Activite.conseiller_id, self.pk, ActiviteType.from_row)


def _contrat_en_cours(info: strawberry.Info) -> DataLoader[uuid.UUID, Contrat | None]:
    from schema.contrat.loaders import contrat_en_cours_by_conseiller

    return contrat_en_cours_by_conseiller(info)


def conseiller_de(info: strawberry.Info, conseiller_id: uuid.UUID | None) -> ConseillerType | None:
    """`conseiller_of` without a coroutine when the request already loaded it (schema.prechargement)."""
    return relation(conseiller_by_id(info), conseiller_id, ConseillerType.from_row)


lien(Conseiller, "structure", structure_by_id, Conseiller.structure_id)
lien(Conseiller, "departement", departement_by_code, Conseiller.departement_code)
lien(Conseiller, "contrat", _contrat_en_cours, Conseiller.id)
