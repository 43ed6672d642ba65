"""Mutations `enregistrerActivite` and `corrigerActivite` (conseiller)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE
from hub.services.activites import ActiviteEcrite, SaisieActivite, corriger_activite, enregistrer_activite
from schema.activite.types import ActiviteType
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Canal, Role, Theme, TypeActivite
from schema.lieu.types import LieuType


@strawberry.input(description="Participants par tranche d'âge ; la somme vaut nbParticipants.")
class TranchesAgeInput:
    moins12ans: int = 0
    de12a18ans: int = 0
    de18a35ans: int = 0
    de35a60ans: int = 0
    plus60ans: int = 0


@strawberry.input(description="Participants par statut ; la somme vaut nbParticipants.")
class StatutsParticipantsInput:
    etudiant: int = 0
    sans_emploi: int = 0
    en_emploi: int = 0
    retraite: int = 0
    heterogene: int = 0


@strawberry.input(description="Le contenu d'un compte-rendu d'activité (une séance), sans identité d'usager.")
class ContenuActiviteInput:
    date: dt.date = strawberry.field(description="Du 2020-01-01 à aujourd'hui.")
    canal: Canal
    type: TypeActivite
    duree_minutes: int = strawberry.field(description="1 à 1440 minutes.")
    nb_participants: int = strawberry.field(description="1 à 100.")
    nb_participants_recurrents: int = strawberry.field(default=0, description="0 à nbParticipants.")
    ages: TranchesAgeInput
    statuts: StatutsParticipantsInput
    themes: list[Theme] = strawberry.field(description="1 à 20 thèmes distincts.")
    reorientations: list[str] = strawberry.field(
        default_factory=list, description="Organismes vers lesquels l'usager a été réorienté (20 au plus)."
    )
    code_commune: str = strawberry.field(description="Code INSEE de la commune de l'activité.")
    lieu_id: strawberry.ID | None = strawberry.field(
        default=None, description="Identifiant global d'un Lieu."
    )

    def saisie(self) -> SaisieActivite:
        return SaisieActivite(
            date=self.date,
            canal=self.canal,
            type=self.type,
            duree_minutes=self.duree_minutes,
            nb_participants=self.nb_participants,
            nb_participants_recurrents=self.nb_participants_recurrents,
            ages={t: getattr(self.ages, t) for t in TRANCHES_AGE},
            statuts={s: getattr(self.statuts, s) for s in STATUTS_USAGER},
            themes=tuple(self.themes),
            reorientations=tuple(self.reorientations),
            code_commune=self.code_commune.strip().upper(),
            lieu_id=identifiant(self.lieu_id, LieuType, "lieu_id") if self.lieu_id is not None else None,
        )


@strawberry.input(description="Un compte-rendu d'activité à enregistrer.")
class ActiviteInput(ContenuActiviteInput):
    cle_idempotence: str | None = strawberry.field(
        default=None,
        description="Clé choisie par le client (1 à 100 caractères) : rejouer la même requête avec la même "
        "clé renvoie l'activité déjà enregistrée sans rien écrire.",
    )


@strawberry.input(description="La correction d'une activité : son nouveau contenu complet.")
class CorrectionActiviteInput(ContenuActiviteInput):
    activite_id: strawberry.ID = strawberry.field(description="Identifiant global de l'Activite.")


@strawberry.type
class EnregistrerActivitePayload:
    activite: ActiviteType
    rejouee: bool = strawberry.field(
        description="Vrai quand la clé d'idempotence désignait une activité déjà enregistrée (rien écrit)."
    )


@strawberry.type
class CorrigerActivitePayload:
    activite: ActiviteType


EnregistrerActiviteResultat = Annotated[
    EnregistrerActivitePayload | UserError, strawberry.union("EnregistrerActiviteResultat")
]
CorrigerActiviteResultat = Annotated[
    CorrigerActivitePayload | UserError, strawberry.union("CorrigerActiviteResultat")
]


@strawberry.type
class ActiviteMutation:
    @strawberry.mutation(
        description="Conseiller : enregistre un compte-rendu d'activité (idempotent avec une clé)."
    )
    async def enregistrer_activite(
        self, info: strawberry.Info, input: ActiviteInput
    ) -> EnregistrerActiviteResultat:
        async def travail(session: AsyncSession, context: Context) -> ActiviteEcrite:
            return await enregistrer_activite(
                session,
                context.principal,
                input.saisie(),
                cle_idempotence=input.cle_idempotence,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.CONSEILLER,),
            travail,
            lambda ecrite: EnregistrerActivitePayload(
                activite=ActiviteType.from_row(ecrite.activite), rejouee=ecrite.rejouee
            ),
        )

    @strawberry.mutation(description="Conseiller : corrige une de ses activités dans le délai de correction.")
    async def corriger_activite(
        self, info: strawberry.Info, input: CorrectionActiviteInput
    ) -> CorrigerActiviteResultat:
        async def travail(session: AsyncSession, context: Context) -> ActiviteEcrite:
            return await corriger_activite(
                session,
                context.principal,
                identifiant(input.activite_id, ActiviteType, "activite_id"),
                input.saisie(),
                delai_jours=context.settings.activite_correction_days,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.CONSEILLER,),
            travail,
            lambda ecrite: CorrigerActivitePayload(activite=ActiviteType.from_row(ecrite.activite)),
        )
