"""Statistics of the programme, computed in the database (GROUP BY, SUM, COUNT), scoped by the policy.

Each block is one function taking (session, principal, territoire, periode) and returning its
figures, or None when the principal may not see statistics of that territory.
"""

from hub.services.statistiques.activites import StatistiquesActivites, statistiques_activites
from hub.services.statistiques.aidants_connect import (
    StatistiquesAidantsConnect,
    statistiques_aidants_connect,
)
from hub.services.statistiques.conseillers import StatistiquesConseillers, statistiques_conseillers
from hub.services.statistiques.diffusion import Diffusion, PeriodeNonAligneeError, regle_de_diffusion
from hub.services.statistiques.financement import StatistiquesFinancement, statistiques_financement
from hub.services.statistiques.france_services import (
    StatistiquesFranceServices,
    statistiques_france_services,
)
from hub.services.statistiques.masque import Bucket, Grille, Tableau
from hub.services.statistiques.periode import TOUTE_LA_PERIODE, Periode, PeriodeInvalideError
from hub.services.statistiques.portee import voit_statistiques
from hub.services.statistiques.postes import StatistiquesPostes, statistiques_postes
from hub.services.statistiques.territoire import (
    NATIONAL,
    TerritoireInconnuError,
    TerritoireNomme,
    blocs_non_localisables,
    nommer_territoire,
)

__all__ = [
    "NATIONAL",
    "TOUTE_LA_PERIODE",
    "Bucket",
    "Diffusion",
    "Grille",
    "Periode",
    "PeriodeInvalideError",
    "PeriodeNonAligneeError",
    "StatistiquesActivites",
    "StatistiquesAidantsConnect",
    "StatistiquesConseillers",
    "StatistiquesFinancement",
    "StatistiquesFranceServices",
    "StatistiquesPostes",
    "Tableau",
    "TerritoireInconnuError",
    "TerritoireNomme",
    "blocs_non_localisables",
    "nommer_territoire",
    "regle_de_diffusion",
    "statistiques_activites",
    "statistiques_aidants_connect",
    "statistiques_conseillers",
    "statistiques_financement",
    "statistiques_france_services",
    "statistiques_postes",
    "voit_statistiques",
]
