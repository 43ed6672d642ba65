"""Mutations of funding (ANCT): `conventionner` a poste, `enregistrerVersement` of a tranche.

Amounts are euros (Float) like everywhere in the API, exact to the centime: 16666.67 is accepted,
16666.666 is a BAD_USER_INPUT. The services count in integer centimes.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Subvention, Versement
from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from hub.services.erreurs import invalide
from hub.services.financement import conventionner, enregistrer_versement
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role
from schema.financement.types import EnveloppeType, SubventionType, VersementType
from schema.poste.types import PosteType

MONTANT_MAX_EUROS = 10_000_000_000


def centimes(euros: float, champ: str = "montant") -> int:
    """Euros → centimes, refusing what is not a finite amount exact to the centime."""
    if not math.isfinite(euros) or not 0 < euros <= MONTANT_MAX_EUROS:
        raise invalide("Montant en euros, positif.", champ)
    arrondi = round(euros * 100)
    if abs(euros * 100 - arrondi) > 1e-6:
        raise invalide("Montant en euros, au centime près.", champ)
    return arrondi


@strawberry.input(description="Convention d'un poste : sa subvention, sur une enveloppe.")
class ConventionInput:
    poste_id: strawberry.ID
    enveloppe_id: strawberry.ID
    montant: float = strawberry.field(
        default=MONTANT_PAR_POSTE_CENTIMES / 100,
        description="En euros ; 50 000 € par défaut. Outre-mer, la majoration de la zone du poste "
        "(réglage du hub) s'y ajoute : la subvention porte le montant majoré et son taux.",
    )
    date_debut_convention: dt.date
    date_fin_convention: dt.date = strawberry.field(description="Au plus 36 mois après le début.")


@strawberry.input(description="Versement d'une tranche (1 à 3, dans l'ordre) d'une subvention.")
class VersementInput:
    subvention_id: strawberry.ID
    tranche: int
    montant: float = strawberry.field(description="En euros, au centime près.")
    date: dt.date


@strawberry.type
class ConventionnerPayload:
    subvention: SubventionType


@strawberry.type
class EnregistrerVersementPayload:
    versement: VersementType
    subvention: SubventionType


ConventionnerResultat = Annotated[ConventionnerPayload | UserError, strawberry.union("ConventionnerResultat")]
EnregistrerVersementResultat = Annotated[
    EnregistrerVersementPayload | UserError, strawberry.union("EnregistrerVersementResultat")
]


@strawberry.type
class FinancementMutation:
    @strawberry.mutation(
        description="ANCT : conventionne un poste (dans l'enveloppe et le plafond départemental)."
    )
    async def conventionner(self, info: strawberry.Info, input: ConventionInput) -> ConventionnerResultat:
        async def travail(session: AsyncSession, context: Context) -> Subvention:
            return await conventionner(
                session,
                context.principal,
                identifiant(input.poste_id, PosteType, "poste_id"),
                enveloppe_id=identifiant(input.enveloppe_id, EnveloppeType, "enveloppe_id"),
                montant_centimes=centimes(input.montant),
                majorations=context.settings.majorations(),
                date_debut_convention=input.date_debut_convention,
                date_fin_convention=input.date_fin_convention,
                request_id=context.request_id,
            )

        return await ecrire(
            info, (Role.ANCT,), travail, lambda s: ConventionnerPayload(subvention=SubventionType.from_row(s))
        )

    @strawberry.mutation(description="ANCT : enregistre le versement d'une tranche (Σ versements ≤ montant).")
    async def enregistrer_versement(
        self, info: strawberry.Info, input: VersementInput
    ) -> EnregistrerVersementResultat:
        async def travail(session: AsyncSession, context: Context) -> tuple[Versement, Subvention]:
            return await enregistrer_versement(
                session,
                context.principal,
                identifiant(input.subvention_id, SubventionType, "subvention_id"),
                tranche=input.tranche,
                montant_centimes=centimes(input.montant),
                date=input.date,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda ecrit: EnregistrerVersementPayload(
                versement=VersementType.from_row(ecrit[0]), subvention=SubventionType.from_row(ecrit[1])
            ),
        )
