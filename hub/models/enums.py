"""Programme vocabularies: stored codes (values) and the labels dashboards show (`libelle`)."""

from __future__ import annotations

from enum import StrEnum


class Libelle(StrEnum):
    """A StrEnum whose members carry a French label; GraphQL exposes the member names."""

    @property
    def libelle(self) -> str:
        return _LIBELLES.get(self, self.value)


class Role(Libelle):
    ANCT = "anct"
    PREFECTURE = "prefecture"
    STRUCTURE = "structure"
    CONSEILLER = "conseiller"
    AIDANT = "aidant"
    # Issue 21: a conseiller on a coordination poste, a hub territorial (one or more régions), a grand
    # réseau (a national network of structures spread over many départements).
    COORDINATEUR = "coordinateur"
    HUB_TERRITORIAL = "hub_territorial"
    GRAND_RESEAU = "grand_reseau"
    PARTENAIRE = "partenaire"
    ANONYME = "anonyme"


class ObjetEnveloppe(Libelle):
    """What an enveloppe funds: the subventions of postes, or the programme's two other lines."""

    POSTES = "postes"
    KITS = "kits"
    AIDANTS_CONNECT = "aidants_connect"


class TypeStructure(Libelle):
    COMMUNE = "COMMUNE"
    EPCI = "EPCI"
    DEPARTEMENT = "DEPARTEMENT"
    REGION = "REGION"
    COLLECTIVITE = "COLLECTIVITE"
    GIP = "GIP"
    PRIVATE = "PRIVATE"


class StatutStructure(Libelle):
    CREEE = "CREEE"
    EXAMEN_COMPLEMENTAIRE = "EXAMEN_COMPLEMENTAIRE"
    VALIDEE = "VALIDEE"
    REFUSEE = "REFUSEE"
    ABANDON = "ABANDON"


class Avis(Libelle):
    POSITIF = "POSITIF"
    NEGATIF = "NEGATIF"


class EtatPoste(Libelle):
    VACANT = "vacant"
    OCCUPE = "occupe"
    RENDU = "rendu"


class TypeAvenant(Libelle):
    """What an avenant to a structure's convention changes: postes added, or one poste given back."""

    AJOUT_POSTE = "ajout_poste"
    RENDU_POSTE = "rendu_poste"


class StatutAvenant(Libelle):
    DEMANDE = "demande"  # asked by the structure, awaiting the préfet's avis (ajout) and ANCT
    ACCEPTE = "accepte"
    REFUSE = "refuse"


class TypeContrat(Libelle):
    CDI = "CDI"
    CDD = "CDD"
    PEC = "PEC"
    CONTRAT_DE_PROJET_PUBLIC = "contrat_de_projet_public"


class StatutContrat(Libelle):
    """recrute (signed, awaiting ANCT validation) -> actif -> rompu | termine."""

    RECRUTE = "recrute"
    ACTIF = "actif"
    ROMPU = "rompu"
    TERMINE = "termine"


CONTRAT_EN_COURS = (StatutContrat.RECRUTE, StatutContrat.ACTIF)


class MotifRupture(Libelle):
    LICENCIEMENT = "licenciement"
    NON_RECONDUCTION_CDD = "non_reconduction_cdd"
    DEMISSION = "demission"
    FIN_DE_SUBVENTIONNEMENT = "fin_de_subventionnement"


class Canal(Libelle):
    RATTACHEMENT = "rattachement"
    AUTRE_LIEU = "autre_lieu"
    DISTANCE = "distance"
    DOMICILE = "domicile"


class TypeActivite(Libelle):
    INDIVIDUEL = "individuel"
    COLLECTIF = "collectif"
    PONCTUEL = "ponctuel"


class Theme(Libelle):
    EQUIPEMENT_INFORMATIQUE = "equipement_informatique"
    VOCABULAIRE = "vocabulaire"
    INTERNET = "internet"
    SECURITE = "securite"
    COURRIEL = "courriel"
    ECHANGER = "echanger"
    TRAITEMENT_TEXTE = "traitement_texte"
    CONTENUS_NUMERIQUES = "contenus_numeriques"
    TROUVER_EMPLOI = "trouver_emploi"
    TPE_PME = "tpe_pme"
    ACCOMPAGNER_ENFANT = "accompagner_enfant"
    DEMARCHE_EN_LIGNE = "demarche_en_ligne"
    FRAUDE_ET_HARCELEMENT = "fraude_et_harcelement"
    SANTE = "sante"
    SMARTPHONE = "smartphone"
    BUDGET = "budget"
    SCOLAIRE = "scolaire"
    DIAGNOSTIC = "diagnostic"
    AUTRE = "autre"


class Demarche(Libelle):
    PAPIERS = "papiers"
    FAMILLE = "famille"
    SOCIAL = "social"
    TRAVAIL = "travail"
    LOGEMENT = "logement"
    TRANSPORTS = "transports"
    ARGENT = "argent"
    JUSTICE = "justice"
    ETRANGER = "etranger"
    LOISIRS = "loisirs"


class TypeSiteFranceServices(Libelle):
    PRINCIPAL = "principal"
    ANTENNE = "antenne"


class FormatFranceServices(Libelle):
    FIXE = "fixe"
    MULTISITES = "multisites"
    BUS = "bus"
    FIXE_ANTENNES = "fixe_antennes"
    ITINERANTE = "itinerante"


# Age and statut buckets of an activity report are columns (counts), not enum values.
TRANCHES_AGE = ("moins12ans", "de12a18ans", "de18a35ans", "de35a60ans", "plus60ans")
STATUTS_USAGER = ("etudiant", "sans_emploi", "en_emploi", "retraite", "heterogene")
DUREES_MANDAT_JOURS = (1, 31, 182, 365)
REORIENTATIONS = (
    "ANTS",
    "Assistante sociale",
    "CAF",
    "CARSAT",
    "CCAS",
    "CEFS",
    "CIP",
    "CPAM",
    "DGFIP",
    "France Services",
    "Mairie",
    "Médiathèque",
    "Mission locale",
    "Pôle emploi",
    "Préfecture",
    "Sous-préfecture",
    "Service de police",
    "Gendarmerie",
    "Revendeur informatique",
    "Tiers-lieu / Fablab",
)

LIBELLES_TRANCHES_AGE = {
    "moins12ans": "Moins de 12 ans",
    "de12a18ans": "12 à 18 ans",
    "de18a35ans": "18 à 35 ans",
    "de35a60ans": "35 à 60 ans",
    "plus60ans": "Plus de 60 ans",
}
LIBELLES_STATUTS_USAGER = {
    "etudiant": "Scolarisé(e)",
    "sans_emploi": "Sans emploi",
    "en_emploi": "En emploi",
    "retraite": "Retraité(e)",
    "heterogene": "Non renseigné / groupe hétérogène",
}

_LIBELLES: dict[StrEnum, str] = {
    Role.ANCT: "Agence nationale de la cohésion des territoires",
    Role.PREFECTURE: "Préfecture",
    Role.STRUCTURE: "Structure accueillante",
    Role.CONSEILLER: "Conseiller numérique",
    Role.AIDANT: "Aidant habilité",
    Role.COORDINATEUR: "Coordinateur de conseillers numériques",
    Role.HUB_TERRITORIAL: "Hub territorial",
    Role.GRAND_RESEAU: "Grand réseau",
    Role.PARTENAIRE: "Outil partenaire",
    Role.ANONYME: "Anonyme",
    TypeStructure.COMMUNE: "Commune",
    TypeStructure.EPCI: "EPCI",
    TypeStructure.DEPARTEMENT: "Département",
    TypeStructure.REGION: "Région",
    TypeStructure.COLLECTIVITE: "Collectivité",
    TypeStructure.GIP: "GIP",
    TypeStructure.PRIVATE: "Structure privée (association, entreprise ESS…)",
    StatutStructure.CREEE: "Candidature créée",
    StatutStructure.EXAMEN_COMPLEMENTAIRE: "Examen complémentaire",
    StatutStructure.VALIDEE: "Validée en comité de sélection",
    StatutStructure.REFUSEE: "Refusée en comité de sélection",
    StatutStructure.ABANDON: "Abandon",
    EtatPoste.VACANT: "Vacant",
    EtatPoste.OCCUPE: "Occupé",
    EtatPoste.RENDU: "Rendu",
    TypeAvenant.AJOUT_POSTE: "Avenant d'ajout de poste",
    TypeAvenant.RENDU_POSTE: "Avenant de rendu de poste",
    StatutAvenant.DEMANDE: "Demandé",
    StatutAvenant.ACCEPTE: "Accepté",
    StatutAvenant.REFUSE: "Refusé",
    TypeContrat.PEC: "Parcours emploi compétences",
    TypeContrat.CONTRAT_DE_PROJET_PUBLIC: "Contrat de projet (public)",
    MotifRupture.LICENCIEMENT: "Licenciement",
    MotifRupture.NON_RECONDUCTION_CDD: "Non-reconduction du CDD",
    MotifRupture.DEMISSION: "Démission",
    MotifRupture.FIN_DE_SUBVENTIONNEMENT: "Fin de subventionnement",
    Canal.RATTACHEMENT: "Lieu de rattachement",
    Canal.AUTRE_LIEU: "Autre lieu",
    Canal.DISTANCE: "À distance",
    Canal.DOMICILE: "À domicile",
    TypeActivite.INDIVIDUEL: "Accompagnement individuel",
    TypeActivite.COLLECTIF: "Atelier collectif",
    TypeActivite.PONCTUEL: "Demande ponctuelle",
    Theme.EQUIPEMENT_INFORMATIQUE: "Prendre en main du matériel",
    Theme.VOCABULAIRE: "Culture numérique",
    Theme.INTERNET: "Naviguer sur Internet",
    Theme.SECURITE: "Sécuriser un équipement",
    Theme.COURRIEL: "Courriels",
    Theme.ECHANGER: "Échanger avec ses proches",
    Theme.TRAITEMENT_TEXTE: "Bureautique",
    Theme.CONTENUS_NUMERIQUES: "Gestion de contenus numériques",
    Theme.TROUVER_EMPLOI: "Emploi et formation",
    Theme.TPE_PME: "Numérique et TPE/PME",
    Theme.ACCOMPAGNER_ENFANT: "Accompagner un aidant",
    Theme.DEMARCHE_EN_LIGNE: "Démarche en ligne",
    Theme.FRAUDE_ET_HARCELEMENT: "Fraude et harcèlement",
    Theme.SANTE: "Santé",
    Theme.SMARTPHONE: "Applications smartphone",
    Theme.BUDGET: "Budget",
    Theme.SCOLAIRE: "Scolaire",
    Theme.DIAGNOSTIC: "Diagnostic numérique",
    Theme.AUTRE: "Autre",
    Demarche.PAPIERS: "Papiers - Citoyenneté - Élections",
    Demarche.FAMILLE: "Famille - Scolarité",
    Demarche.SOCIAL: "Social - Santé",
    Demarche.TRAVAIL: "Travail - Formation",
    Demarche.LOGEMENT: "Logement",
    Demarche.TRANSPORTS: "Transports - Mobilité",
    Demarche.ARGENT: "Argent - Impôts - Consommation",
    Demarche.JUSTICE: "Justice",
    Demarche.ETRANGER: "Étranger - Europe",
    Demarche.LOISIRS: "Loisirs - Sport - Culture",
    ObjetEnveloppe.POSTES: "Postes de conseillers numériques",
    ObjetEnveloppe.KITS: "Kits et mobiliers des lieux",
    ObjetEnveloppe.AIDANTS_CONNECT: "Aidants Connect",
    TypeSiteFranceServices.PRINCIPAL: "Principal",
    TypeSiteFranceServices.ANTENNE: "Antenne",
    FormatFranceServices.FIXE: "Fixe",
    FormatFranceServices.MULTISITES: "Multisites",
    FormatFranceServices.BUS: "Bus ou équivalent",
    FormatFranceServices.FIXE_ANTENNES: "Fixe avec antenne(s)",
    FormatFranceServices.ITINERANTE: "Itinérante",
}
