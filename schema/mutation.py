"""The root Mutation, composed from one mixin per domain package (docs/mutations.md)."""

from __future__ import annotations

import strawberry

from schema.activite.mutations import ActiviteMutation
from schema.aidants_connect.mutations import MandatMutation
from schema.aidants_connect.mutations_gestion import GestionAidantsConnectMutation
from schema.avenant.mutations import AvenantMutation
from schema.contrat.mutations import ContratMutation
from schema.contrat.renouvellement import RenouvellementMutation
from schema.coordination.mutations import CoordinationMutation
from schema.financement.mutations import FinancementMutation
from schema.financement.mutations_enveloppes import EnveloppeMutation
from schema.financement.reconventionnement import ReconventionnementMutation
from schema.france_services.mutations import FranceServicesMutation
from schema.habilitation.mutations import HabilitationMutation
from schema.hub_territorial.mutations import HubTerritorialMutation
from schema.imports.mutations import ImportMutation
from schema.reseau.mutations import ReseauMutation
from schema.structure.mutations import CandidatureMutation


@strawberry.type(
    description="Écritures de l'Inclusion Hub : chaque rôle écrit ce qui lui revient ; chaque champ est "
    "une transaction, validée, journalisée ; une écriture refusée (UserError) ne laisse aucune trace."
)
class Mutation(
    ActiviteMutation,
    AvenantMutation,
    CandidatureMutation,
    ContratMutation,
    CoordinationMutation,
    EnveloppeMutation,
    FinancementMutation,
    FranceServicesMutation,
    GestionAidantsConnectMutation,
    HabilitationMutation,
    HubTerritorialMutation,
    ImportMutation,
    MandatMutation,
    ReconventionnementMutation,
    RenouvellementMutation,
    ReseauMutation,
):
    pass
