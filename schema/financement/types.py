"""GraphQL types of the financement domain. Amounts are euros (Float) from integer centimes.

Why Float and not a Decimal string: amounts are whole centimes ≤ 2^53, so centimes / 100 is the
double nearest the exact euro amount and prints back to it (50000.0, 16666.67); clients read a
number, not a string to parse. Sums are computed in SQL on centimes, never on these floats.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from hub.models import Enveloppe, PlafondDepartemental, Subvention, Versement
from schema.enums import ObjetEnveloppe
from schema.execution import contexte_seul
from schema.financement import loaders
from schema.poste.loaders import poste_by_id
from schema.poste.types import PosteType, poste_de
from schema.prechargement import lien
from schema.relay import Node, register_node
from schema.structure.loaders import structure_by_id
from schema.structure.types import DepartementRef, StructureType, departement_de, structure_de
from schema.territoire.loaders import departement_by_code


def euros(centimes: int) -> float:
    return centimes / 100


@register_node
@strawberry.type(name="Subvention", description="Subvention d'un poste (50 000 € par défaut).")
class SubventionType(Node):
    poste_id: strawberry.Private[uuid.UUID]
    structure_id: strawberry.Private[uuid.UUID]
    enveloppe_id: strawberry.Private[uuid.UUID]
    departement_code: strawberry.Private[str]
    montant: float = strawberry.field(description="Montant en euros (majoration outre-mer comprise).")
    taux_majoration: int = strawberry.field(
        description="Majoration outre-mer comprise dans le montant, en % (0 en métropole), telle "
        "qu'elle était à la signature de la convention."
    )
    date_debut_convention: dt.date
    date_fin_convention: dt.date
    date_cloture: dt.date | None = strawberry.field(
        description="Close par un reconventionnement (le jour où la suivante commence) ; null : en cours."
    )

    @classmethod
    def from_row(cls, row: Subvention) -> SubventionType:
        return cls(
            pk=row.id,
            poste_id=row.poste_id,
            structure_id=row.structure_id,
            enveloppe_id=row.enveloppe_id,
            departement_code=row.departement_code,
            montant=euros(row.montant_centimes),
            taux_majoration=row.taux_majoration_pourcent,
            date_debut_convention=row.date_debut_convention,
            date_fin_convention=row.date_fin_convention,
            date_cloture=row.date_cloture,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> SubventionType | None:
        row = await loaders.subvention_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field
    @contexte_seul
    def poste(self, info: strawberry.Info) -> PosteType | None:
        return poste_de(info, self.poste_id)

    @strawberry.field
    @contexte_seul
    def structure(self, info: strawberry.Info) -> StructureType | None:
        return structure_de(info, self.structure_id)

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.departement_code)

    @strawberry.field(description="L'enveloppe budgétaire qui finance la subvention.")
    async def enveloppe(self, info: strawberry.Info) -> EnveloppeType | None:
        row = await loaders.enveloppe_by_id(info).load(self.enveloppe_id)
        return EnveloppeType.from_row(row) if row is not None else None

    @strawberry.field(description="Les versements (tranches 1 à 3), par numéro.")
    async def versements(self, info: strawberry.Info) -> list[VersementType]:
        rows = await loaders.versements_by_subvention(info).load(self.pk)
        return [VersementType.from_row(row) for row in rows]


@register_node
@strawberry.type(name="Versement", description="Une tranche versée sur une subvention.")
class VersementType(Node):
    subvention_id: strawberry.Private[uuid.UUID]
    numero: int = strawberry.field(description="Numéro de tranche, 1 à 3.")
    montant: float = strawberry.field(description="Montant en euros.")
    date: dt.date

    @classmethod
    def from_row(cls, row: Versement) -> VersementType:
        return cls(
            pk=row.id,
            subvention_id=row.subvention_id,
            numero=row.numero,
            montant=euros(row.montant_centimes),
            date=row.date,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> VersementType | None:
        row = await loaders.versement_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field
    async def subvention(self, info: strawberry.Info) -> SubventionType | None:
        row = await loaders.subvention_by_id(info).load(self.subvention_id)
        return SubventionType.from_row(row) if row is not None else None


@register_node
@strawberry.type(name="Enveloppe", description="Ligne budgétaire du programme (France Relance).")
class EnveloppeType(Node):
    code: str
    libelle: str
    montant: float = strawberry.field(description="Montant en euros.")
    objet: ObjetEnveloppe = strawberry.field(
        description="Ce que la ligne finance : seule une enveloppe POSTES conventionne un poste."
    )

    @classmethod
    def from_row(cls, row: Enveloppe) -> EnveloppeType:
        return cls(
            pk=row.id,
            code=row.code,
            libelle=row.libelle,
            montant=euros(row.montant_centimes),
            objet=row.objet,
        )

    @classmethod
    async def resolve_node(cls, info: strawberry.Info, key: Any) -> EnveloppeType | None:
        row = await loaders.enveloppe_by_id(info).load(key)
        return cls.from_row(row) if row is not None else None

    @strawberry.field(description="Les plafonds départementaux visibles, par département.")
    async def plafonds(self, info: strawberry.Info) -> list[PlafondDepartementalType]:
        rows = await loaders.plafonds_by_enveloppe(info).load(self.pk)
        return [PlafondDepartementalType.from_row(row) for row in rows]


@strawberry.type(name="PlafondDepartemental", description="Plafond d'une enveloppe pour un département.")
class PlafondDepartementalType:
    departement_code: strawberry.Private[str]
    montant: float = strawberry.field(description="Montant en euros.")

    @classmethod
    def from_row(cls, row: PlafondDepartemental) -> PlafondDepartementalType:
        return cls(departement_code=row.departement_code, montant=euros(row.montant_centimes))

    @strawberry.field
    @contexte_seul
    def departement(self, info: strawberry.Info) -> DepartementRef | None:
        return departement_de(info, self.departement_code)


lien(Subvention, "poste", poste_by_id, Subvention.poste_id)
lien(Subvention, "structure", structure_by_id, Subvention.structure_id)
lien(Subvention, "departement", departement_by_code, Subvention.departement_code)
