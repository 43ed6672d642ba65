"""Every table of the hub, importable from one place (alembic and the policy read `Base.metadata`)."""

from hub.models.activite import Activite
from hub.models.activite_agregat import ActiviteAgregat, ActiviteThemeAgregat
from hub.models.activite_theme import ActiviteTheme
from hub.models.aidant import Aidant
from hub.models.autorisation import Autorisation
from hub.models.avenant import Avenant
from hub.models.avis_prefet import AvisPrefet
from hub.models.base import Base
from hub.models.candidature import Candidature
from hub.models.client_partenaire import ClientPartenaire
from hub.models.commune import Commune
from hub.models.conseiller import Conseiller
from hub.models.contrat import Contrat
from hub.models.coordination import Coordination
from hub.models.decision_coselec import DecisionCoselec
from hub.models.departement import Departement
from hub.models.enveloppe import Enveloppe
from hub.models.epci import Epci
from hub.models.habilitation import Habilitation
from hub.models.hub_territorial import HubTerritorial
from hub.models.hub_territorial_region import HubTerritorialRegion
from hub.models.import_run import ImportRun
from hub.models.instantane import InstantaneTerritorial
from hub.models.journal import Journal
from hub.models.lieu import Lieu
from hub.models.lieu_conseiller import LieuConseiller
from hub.models.mandat import Mandat
from hub.models.organisation_aidants_connect import OrganisationAidantsConnect
from hub.models.plafond_departemental import PlafondDepartemental
from hub.models.poste import Poste
from hub.models.region import Region
from hub.models.reseau import Reseau
from hub.models.site_france_services import SiteFranceServices
from hub.models.structure import Structure
from hub.models.subvention import Subvention
from hub.models.usager import Usager
from hub.models.versement import Versement

__all__ = [
    "Activite",
    "ActiviteAgregat",
    "ActiviteTheme",
    "ActiviteThemeAgregat",
    "Aidant",
    "Autorisation",
    "Avenant",
    "AvisPrefet",
    "Base",
    "Candidature",
    "ClientPartenaire",
    "Commune",
    "Conseiller",
    "Contrat",
    "Coordination",
    "DecisionCoselec",
    "Departement",
    "Enveloppe",
    "Epci",
    "Habilitation",
    "HubTerritorial",
    "HubTerritorialRegion",
    "ImportRun",
    "InstantaneTerritorial",
    "Journal",
    "Lieu",
    "LieuConseiller",
    "Mandat",
    "OrganisationAidantsConnect",
    "PlafondDepartemental",
    "Poste",
    "Region",
    "Reseau",
    "SiteFranceServices",
    "Structure",
    "Subvention",
    "Usager",
    "Versement",
]
