"""Mutations of the candidature flow: `deposerCandidature` (structure), `donnerAvisPrefet` (préfecture),
`deciderCoselec`, `demanderExamenComplementaire` (ANCT) and `abandonnerCandidature` (ANCT or the
structure itself)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import AvisPrefet, Candidature, Structure
from hub.models.enums import StatutStructure as StatutStockeStructure
from hub.services.candidatures import (
    DecisionEcrite,
    changer_statut_candidature,
    decider_coselec,
    deposer_candidature,
    donner_avis_prefet,
)
from hub.services.erreurs import CodeErreur, EcritureRefuseeError
from hub.services.inscription import Inscription, NouvelleStructure, inscrire
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Avis, Role, TypeStructure
from schema.poste.types import PosteType
from schema.structure.types import AvisPrefetType, CandidatureType, DecisionCoselecType, StructureType


@strawberry.input(description="Demande de postes de la structure du jeton.")
class CandidatureInput:
    nb_postes_souhaites: int = strawberry.field(description="1 à 500.")
    phase: int = strawberry.field(
        default=1, description="1 (candidature) ou 2 (avenant d'une structure validée)."
    )


@strawberry.input(
    description="Structure pas encore connue du hub qui candidate : son SIRET est celui de l'identité "
    "ProConnect de la personne connectée."
)
class InscriptionStructureInput:
    siret: str = strawberry.field(description="14 chiffres (espaces admis), vérifiés (clé de Luhn).")
    nom: str
    type: TypeStructure
    adresse: str = strawberry.field(description="Numéro et voie.")
    code_postal: str
    code_commune: str = strawberry.field(description="Code INSEE de la commune (référentiel du hub).")
    nb_postes_souhaites: int = strawberry.field(description="1 à 500.")


@strawberry.input(description="Avis du préfet sur une candidature de ses départements.")
class AvisPrefetInput:
    candidature_id: strawberry.ID
    avis: Avis
    commentaire: str = strawberry.field(
        default="", description="Obligatoire pour un avis négatif (2000 car.)."
    )


@strawberry.input(description="Décision du comité de sélection sur une candidature.")
class DecisionCoselecInput:
    candidature_id: strawberry.ID
    avis: Avis
    nb_postes: int = strawberry.field(description="Positive : 1 à nbPostesSouhaites ; négative : 0.")
    phase: int = strawberry.field(description="La phase de la candidature.")
    numero: int = strawberry.field(description="Numéro du comité de sélection.")
    date: dt.date | None = strawberry.field(default=None, description="Par défaut, aujourd'hui.")


@strawberry.input(
    description="Une structure candidate (pour un abandon par la structure : elle-même) et le motif du "
    "changement de statut."
)
class StatutCandidatureInput:
    structure_id: strawberry.ID
    motif: str = strawberry.field(description="Obligatoire (2000 car.) ; journalisé.")


@strawberry.type
class StatutCandidaturePayload:
    structure: StructureType


StatutCandidatureResultat = Annotated[
    StatutCandidaturePayload | UserError, strawberry.union("StatutCandidatureResultat")
]


@strawberry.type
class DeposerCandidaturePayload:
    candidature: CandidatureType


@strawberry.type
class InscrireStructurePayload:
    structure: StructureType
    candidature: CandidatureType
    message: str = strawberry.field(description="Ce que la personne fait ensuite.")


@strawberry.type
class DonnerAvisPrefetPayload:
    avis: AvisPrefetType
    candidature: CandidatureType


@strawberry.type
class DeciderCoselecPayload:
    decision: DecisionCoselecType
    postes: list[PosteType] = strawberry.field(description="Les postes créés, vacants.")
    structure: StructureType


DeposerCandidatureResultat = Annotated[
    DeposerCandidaturePayload | UserError, strawberry.union("DeposerCandidatureResultat")
]
InscrireStructureResultat = Annotated[
    InscrireStructurePayload | UserError, strawberry.union("InscrireStructureResultat")
]
DonnerAvisPrefetResultat = Annotated[
    DonnerAvisPrefetPayload | UserError, strawberry.union("DonnerAvisPrefetResultat")
]
DeciderCoselecResultat = Annotated[
    DeciderCoselecPayload | UserError, strawberry.union("DeciderCoselecResultat")
]


@strawberry.type
class CandidatureMutation:
    @strawberry.mutation(description="Structure : dépose une candidature (n postes souhaités).")
    async def deposer_candidature(
        self, info: strawberry.Info, input: CandidatureInput
    ) -> DeposerCandidatureResultat:
        async def travail(session: AsyncSession, context: Context) -> Candidature:
            return await deposer_candidature(
                session,
                context.principal,
                nb_postes_souhaites=input.nb_postes_souhaites,
                phase=input.phase,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.STRUCTURE,),
            travail,
            lambda c: DeposerCandidaturePayload(candidature=CandidatureType.from_row(c)),
        )

    @strawberry.mutation(
        description="Personne connectée par ProConnect dont la structure n'est pas encore connue : "
        "inscrit la structure de son SIRET et dépose sa candidature ; la personne reçoit l'habilitation "
        "de la structure (reconnexion) et l'instruction suit (avis du préfet, comité de sélection)."
    )
    async def inscrire_structure(
        self, info: strawberry.Info, input: InscriptionStructureInput
    ) -> InscrireStructureResultat:
        context: Context = info.context
        identite = context.identite
        try:
            if identite is None:
                raise EcritureRefuseeError(
                    CodeErreur.UNAUTHENTICATED,
                    "Connectez-vous avec ProConnect (compte professionnel de la structure) pour l'inscrire.",
                )
            if not context.principal.is_anonymous:
                raise EcritureRefuseeError(
                    CodeErreur.FORBIDDEN,
                    "Vous êtes connecté avec une habilitation : une structure du hub candidate par "
                    "deposerCandidature.",
                )
            demande = NouvelleStructure(
                siret=input.siret,
                nom=input.nom,
                type=input.type,
                adresse=input.adresse,
                code_postal=input.code_postal,
                code_commune=input.code_commune,
                nb_postes_souhaites=input.nb_postes_souhaites,
            )
            inscription: Inscription = await context.db.write(
                lambda session: inscrire(session, identite, demande, request_id=context.request_id)
            )
        except EcritureRefuseeError as erreur:
            return UserError.depuis(erreur)
        finally:
            context.loaders.clear()
        return InscrireStructurePayload(
            structure=StructureType.from_row(inscription.structure),
            candidature=CandidatureType.from_row(inscription.candidature),
            message="Structure inscrite et candidature déposée : reconnectez-vous pour accéder à "
            "l'espace de la structure ; la préfecture donnera son avis.",
        )

    @strawberry.mutation(
        description="Préfecture : donne un avis (historisé) sur une candidature de ses départements."
    )
    async def donner_avis_prefet(
        self, info: strawberry.Info, input: AvisPrefetInput
    ) -> DonnerAvisPrefetResultat:
        async def travail(session: AsyncSession, context: Context) -> tuple[AvisPrefet, Candidature]:
            return await donner_avis_prefet(
                session,
                context.principal,
                identifiant(input.candidature_id, CandidatureType, "candidature_id"),
                avis=input.avis,
                commentaire=input.commentaire,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.PREFECTURE,),
            travail,
            lambda ecrit: DonnerAvisPrefetPayload(
                avis=AvisPrefetType.from_row(ecrit[0]), candidature=CandidatureType.from_row(ecrit[1])
            ),
        )

    @strawberry.mutation(description="ANCT : décision du comité de sélection ; crée les postes validés.")
    async def decider_coselec(
        self, info: strawberry.Info, input: DecisionCoselecInput
    ) -> DeciderCoselecResultat:
        async def travail(session: AsyncSession, context: Context) -> DecisionEcrite:
            return await decider_coselec(
                session,
                context.principal,
                identifiant(input.candidature_id, CandidatureType, "candidature_id"),
                avis=input.avis,
                nb_postes=input.nb_postes,
                phase=input.phase,
                numero=input.numero,
                date=input.date,
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT,),
            travail,
            lambda ecrite: DeciderCoselecPayload(
                decision=DecisionCoselecType.from_row(ecrite.decision),
                postes=[PosteType.from_row(p) for p in ecrite.postes],
                structure=StructureType.from_row(ecrite.structure),
            ),
        )

    @strawberry.mutation(
        description="ANCT : le comité demande un examen complémentaire de la candidature d'une structure "
        "créée avant de décider."
    )
    async def demander_examen_complementaire(
        self, info: strawberry.Info, input: StatutCandidatureInput
    ) -> StatutCandidatureResultat:
        return await _changer_statut(info, input, StatutStockeStructure.EXAMEN_COMPLEMENTAIRE)

    @strawberry.mutation(
        description="ANCT, ou la structure elle-même (son propre identifiant) : la candidature d'une "
        "structure créée ou en examen complémentaire est abandonnée ; motif obligatoire, journalisé."
    )
    async def abandonner_candidature(
        self, info: strawberry.Info, input: StatutCandidatureInput
    ) -> StatutCandidatureResultat:
        return await _changer_statut(info, input, StatutStockeStructure.ABANDON, (Role.ANCT, Role.STRUCTURE))


async def _changer_statut(
    info: strawberry.Info,
    input: StatutCandidatureInput,
    cible: StatutStockeStructure,
    roles: tuple[Role, ...] = (Role.ANCT,),
) -> StatutCandidatureResultat:
    async def travail(session: AsyncSession, context: Context) -> Structure:
        return await changer_statut_candidature(
            session,
            context.principal,
            identifiant(input.structure_id, StructureType, "structure_id"),
            cible=cible,
            motif=input.motif,
            request_id=context.request_id,
        )

    return await ecrire(
        info,
        roles,
        travail,
        lambda structure: StatutCandidaturePayload(structure=StructureType.from_row(structure)),
    )
