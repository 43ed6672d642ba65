"""The root Query, composed from one mixin per domain package."""

from __future__ import annotations

import strawberry

from schema.activite.queries import ActiviteQuery
from schema.aidants_connect.queries import MandatQuery
from schema.commune.queries import CommuneQuery
from schema.conseiller.queries import ConseillerQuery
from schema.contrat.queries import ContratQuery
from schema.financement.queries import FinancementQuery
from schema.france_services.queries import FranceServicesQuery
from schema.habilitation.queries import HabilitationQuery
from schema.imports.queries import ImportQuery
from schema.journal.queries import JournalQuery
from schema.lieu.queries import LieuQuery
from schema.moi.queries import MoiQuery
from schema.poste.queries import PosteQuery
from schema.relay import NodeQuery
from schema.statistiques.queries import StatistiquesQuery
from schema.structure.queries import StructureQuery
from schema.territoire.queries import TerritoireQuery


@strawberry.type(description="Point d'entrée des lectures de l'Inclusion Hub.")
class Query(
    MoiQuery,
    TerritoireQuery,
    CommuneQuery,
    StructureQuery,
    PosteQuery,
    ConseillerQuery,
    ContratQuery,
    FinancementQuery,
    LieuQuery,
    FranceServicesQuery,
    ActiviteQuery,
    MandatQuery,
    JournalQuery,
    ImportQuery,
    HabilitationQuery,
    StatistiquesQuery,
    NodeQuery,
):
    pass
