"""Avenant mutations: the structure asks (ajout, rendu), the préfet gives an avis, ANCT decides or
gives a poste back directly (`rendrePoste`). Rules: hub.services.avenants, hub.services.rendu_poste."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Avenant
from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from hub.services.avenants import (
    AvenantDecide,
    Convention,
    decider_avenant,
    demander_ajout_de_postes,
    demander_rendu_de_poste,
    donner_avis_avenant,
)
from hub.services.erreurs import invalide
from hub.services.rendu_poste import RenduEcrit, rendre_poste
from schema.avenant.types import AvenantType
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Avis, Role
from schema.financement.mutations import centimes
from schema.financement.types import EnveloppeType, SubventionType
from schema.poste.types import PosteType


@strawberry.input(description="Demande d'avenant d'ajout de postes par la structure du jeton (validée).")
class AjoutDePostesInput:
    nb_postes: int
    motif: str


@strawberry.input(description="Demande d'avenant de rendu d'un poste vacant de la structure du jeton.")
class RenduDePosteInput:
    poste_id: strawberry.ID
    motif: str


@strawberry.input(description="Avis du préfet sur un avenant d'ajout de postes de ses départements.")
class AvisAvenantInput:
    avenant_id: strawberry.ID
    avis: Avis
    commentaire: str = strawberry.field(default="", description="Obligatoire pour un avis négatif.")


@strawberry.input(
    description="Décision de l'ANCT sur un avenant. Ajout accepté : les postes accordés et leur "
    "convention (enveloppe, dates, montant). Rendu accepté : la date du rendu (aujourd'hui par défaut)."
)
class DecisionAvenantInput:
    avenant_id: strawberry.ID
    avis: Avis
    nb_postes: int | None = strawberry.field(default=None, description="Par défaut, les postes demandés.")
    enveloppe_id: strawberry.ID | None = None
    date_debut_convention: dt.date | None = None
    date_fin_convention: dt.date | None = None
    montant: float = strawberry.field(
        default=MONTANT_PAR_POSTE_CENTIMES / 100, description="Par poste, en euros (hors majoration)."
    )
    date_rendu: dt.date | None = None


@strawberry.input(description="Rendu d'un poste vacant par l'ANCT ; sa subvention est réduite au prorata.")
class RenduPosteInput:
    poste_id: strawberry.ID
    date_rendu: dt.date
    motif: str


@strawberry.type
class AvenantPayload:
    avenant: AvenantType


@strawberry.type
class DeciderAvenantPayload:
    avenant: AvenantType
    postes: list[PosteType] = strawberry.field(description="Les postes ajoutés, ou le poste rendu.")
    subventions: list[SubventionType] = strawberry.field(
        description="Les subventions des postes ajoutés, ou celle, réduite, du poste rendu."
    )


@strawberry.type
class RendrePostePayload:
    poste: PosteType
    subvention: SubventionType | None = strawberry.field(
        description="La subvention réduite au prorata des mois utilisés ; null si le poste n'en avait "
        "pas, ou si rien n'en était utilisé ni versé (elle est alors annulée)."
    )


AvenantResultat = Annotated[AvenantPayload | UserError, strawberry.union("AvenantResultat")]
DeciderAvenantResultat = Annotated[
    DeciderAvenantPayload | UserError, strawberry.union("DeciderAvenantResultat")
]
RendrePosteResultat = Annotated[RendrePostePayload | UserError, strawberry.union("RendrePosteResultat")]


def _avenant(avenant: Avenant) -> AvenantPayload:
    return AvenantPayload(avenant=AvenantType.from_row(avenant))


def _convention(input: DecisionAvenantInput) -> Convention | None:
    if input.enveloppe_id is None:
        return None
    if input.date_debut_convention is None or input.date_fin_convention is None:
        raise invalide("La convention a une date de début et une date de fin.", "date_debut_convention")
    return Convention(
        enveloppe_id=identifiant(input.enveloppe_id, EnveloppeType, "enveloppe_id"),
        date_debut=input.date_debut_convention,
        date_fin=input.date_fin_convention,
        montant_centimes=centimes(input.montant),
    )


@strawberry.type
class AvenantMutation:
    @strawberry.mutation(description="Structure : demande un avenant d'ajout de postes (avec un motif).")
    async def demander_ajout_de_postes(
        self, info: strawberry.Info, input: AjoutDePostesInput
    ) -> AvenantResultat:
        async def travail(session: AsyncSession, context: Context) -> Avenant:
            return await demander_ajout_de_postes(
                session,
                context.principal,
                nb_postes=input.nb_postes,
                motif=input.motif,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.STRUCTURE,), travail, _avenant)

    @strawberry.mutation(description="Structure : demande un avenant de rendu d'un de ses postes vacants.")
    async def demander_rendu_de_poste(
        self, info: strawberry.Info, input: RenduDePosteInput
    ) -> AvenantResultat:
        async def travail(session: AsyncSession, context: Context) -> Avenant:
            return await demander_rendu_de_poste(
                session,
                context.principal,
                poste_id=identifiant(input.poste_id, PosteType, "poste_id"),
                motif=input.motif,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.STRUCTURE,), travail, _avenant)

    @strawberry.mutation(
        description="Préfecture : donne son avis (une fois) sur un avenant d'ajout de postes."
    )
    async def donner_avis_avenant(self, info: strawberry.Info, input: AvisAvenantInput) -> AvenantResultat:
        async def travail(session: AsyncSession, context: Context) -> Avenant:
            return await donner_avis_avenant(
                session,
                context.principal,
                identifiant(input.avenant_id, AvenantType, "avenant_id"),
                avis=input.avis,
                commentaire=input.commentaire,
                request_id=context.request_id,
            )

        return await ecrire(info, (Role.PREFECTURE,), travail, _avenant)

    @strawberry.mutation(
        description="ANCT : décide d'un avenant ; un ajout accepté crée les postes et les conventionne "
        "dans l'enveloppe et le plafond, un rendu accepté rend le poste."
    )
    async def decider_avenant(
        self, info: strawberry.Info, input: DecisionAvenantInput
    ) -> DeciderAvenantResultat:
        async def travail(session: AsyncSession, context: Context) -> AvenantDecide:
            return await decider_avenant(
                session,
                context.principal,
                identifiant(input.avenant_id, AvenantType, "avenant_id"),
                avis=input.avis,
                nb_postes=input.nb_postes,
                convention=_convention(input),
                date_rendu=input.date_rendu,
                majorations=context.settings.majorations(),
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda fait: DeciderAvenantPayload(
                avenant=AvenantType.from_row(fait.avenant),
                postes=[PosteType.from_row(p) for p in fait.postes],
                subventions=[SubventionType.from_row(s) for s in fait.subventions],
            ),
        )

    @strawberry.mutation(
        description="ANCT : rend un poste vacant ; sa subvention est réduite au prorata des mois utilisés "
        "(sur 24), les versements faits sont gardés, les tranches restantes annulées."
    )
    async def rendre_poste(self, info: strawberry.Info, input: RenduPosteInput) -> RendrePosteResultat:
        async def travail(session: AsyncSession, context: Context) -> RenduEcrit:
            return await rendre_poste(
                session,
                context.principal,
                identifiant(input.poste_id, PosteType, "poste_id"),
                date_rendu=input.date_rendu,
                motif=input.motif,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda fait: RendrePostePayload(
                poste=PosteType.from_row(fait.poste),
                subvention=SubventionType.from_row(fait.subvention) if fait.subvention else None,
            ),
        )
