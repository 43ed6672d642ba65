"""Vocabulary of the national lieux standard v1.0.2 and of the 2022 conseillers numériques export.

The enumerations are copied from the patterns of the standard's schema.json (public facts, like the
territorial référentiel); tests/importers/test_vocabulaire.py checks they still equal the schema's.
"""

from __future__ import annotations

# The standard's telephone pattern also checks the contact data the API writes (hub.services).
from hub.services.coordonnees import MOTIF_TELEPHONE as MOTIF_TELEPHONE

# Columns of the standard, in the schema's order (the export writes them in this order).
COLONNES_STANDARD: tuple[str, ...] = (
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "itinerance",
    "structure_parente",
    "date_maj",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
    "fiche_acces_libre",
    "prise_rdv",
)
COLONNES_REQUISES: tuple[str, ...] = ("id", "pivot", "nom", "commune", "code_postal", "adresse", "date_maj")

SERVICES = (
    "Aide aux démarches administratives",
    "Maîtrise des outils numériques du quotidien",
    "Insertion professionnelle via le numérique",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Accès internet et matériel informatique",
    "Acquisition de matériel informatique à prix solidaire",
)
PUBLICS = ("Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes")
PRISE_EN_CHARGE = (
    "Surdité",
    "Handicaps moteurs",
    "Handicaps mentaux",
    "Illettrisme",
    "Langues étrangères (anglais)",
    "Langues étrangères (autres)",
    "Déficience visuelle",
)
FRAIS = ("Gratuit", "Gratuit sous condition", "Payant")
DISPOSITIFS = (
    "Aidants Connect",
    "Bibliothèques numérique de référence",
    "Certification PIX",
    "Conseillers numériques",
    "Emmaüs Connect",
    "France Services",
    "Grande école du numérique",
    "La Croix Rouge",
    "Point d'accès numérique CAF",
    "Promeneurs du net",
    "Relais numérique (Emmaüs Connect)",
)
FORMATIONS_LABELS = (
    "Formé à « Mon Espace Santé »",
    "Formé à « DUPLEX » (illettrisme)",
    "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
    "Collectif ressources et acteurs réemploi (Normandie)",
    "Étapes numériques(La Poste)",  # sic: the schema's pattern has no space before the parenthesis
    "Fabriques de Territoire",
    "Les Éclaireurs du numérique (Drôme)",
    "Mes Papiers (Métropole de Lyon)",
    "ORDI 3.0",
    "SUD LABS (PACA)",
)
MODALITES_ACCES = (
    "Se présenter",
    "Téléphoner",
    "Contacter par mail",
    "Prendre un RDV en ligne",
    "Ce lieu n'accueille pas de public",
    "Envoyer un mail avec une fiche de prescription",
)
MODALITES_ACCOMPAGNEMENT = (
    "En autonomie",
    "Accompagnement individuel",
    "Dans un atelier collectif",
    "À distance",
)
ITINERANCE = ("Itinérant", "Fixe")

# Multi-valued columns (values separated by "|") and their allowed values.
ENUMERATIONS: dict[str, tuple[str, ...]] = {
    "services": SERVICES,
    "publics_specifiquement_adresses": PUBLICS,
    "prise_en_charge_specifique": PRISE_EN_CHARGE,
    "frais_a_charge": FRAIS,
    "dispositif_programmes_nationaux": DISPOSITIFS,
    "formations_labels": FORMATIONS_LABELS,
    "modalites_acces": MODALITES_ACCES,
    "modalites_accompagnement": MODALITES_ACCOMPAGNEMENT,
    "itinerance": ITINERANCE,
}
# Spellings seen in the standard's own documentation, read as the schema's value.
ALIAS: dict[str, str] = {"Étapes numériques (La Poste)": "Étapes numériques(La Poste)"}

SEPARATEUR = "|"
PRESENTATION_RESUME_MAX = 280
# The standard requires a pivot; lieux without SIRET/RNA are published with this placeholder.
PIVOT_INCONNU = "00000000000000"

# 2022 export of the conseillers numériques (pre-standard "v0" format) -> standard v1.0.2.
SOURCE_CNFS = "conseiller-numerique"
SERVICES_V0: dict[str, str] = {
    "Prendre en main un smartphone ou une tablette": "Maîtrise des outils numériques du quotidien",
    "Prendre en main un ordinateur": "Maîtrise des outils numériques du quotidien",
    "Utiliser le numérique au quotidien": "Maîtrise des outils numériques du quotidien",
    "Approfondir ma culture numérique": "Compréhension du monde numérique",
    "Promouvoir la citoyenneté numérique": "Compréhension du monde numérique",
    "Gagner en autonomie dans les démarches administratives": "Aide aux démarches administratives",
    "Devenir autonome dans les démarches administratives": "Aide aux démarches administratives",
    "Etre accompagné dans les démarches administratives": "Aide aux démarches administratives",
    "Réaliser des démarches administratives avec un accompagnement": "Aide aux démarches administratives",
    "Favoriser mon insertion professionnelle": "Insertion professionnelle via le numérique",
    "Accéder à une connexion internet": "Accès internet et matériel informatique",
    "Accéder à du matériel": "Accès internet et matériel informatique",
    "S'équiper en matériel informatique": "Acquisition de matériel informatique à prix solidaire",
    "Créer avec le numérique": "Loisirs et créations numériques",
    "Soutenir la parentalité et l'éducation avec le numérique": "Parentalité et éducation avec le numérique",
}
LABELS_NATIONAUX: dict[str, str] = {
    "CNFS": "Conseillers numériques",
    "Conseillers numériques": "Conseillers numériques",
    "France Services": "France Services",
    "Aidants Connect": "Aidants Connect",
}
CONDITIONS_ACCES: dict[str, str] = {
    "Gratuit": "Gratuit",
    "Gratuit sous condition": "Gratuit sous condition",
    "Payant": "Payant",
}

# data·inclusion `reseaux_porteurs` for the standard's dispositifs (no equivalent: left out).
RESEAUX_PORTEURS: dict[str, str] = {
    "Aidants Connect": "aidants-connect",
    "Conseillers numériques": "conseillers-numeriques",
    "France Services": "france-service",
    "Emmaüs Connect": "emmaus",
    "Relais numérique (Emmaüs Connect)": "emmaus",
    "La Croix Rouge": "croix-rouge",
    "Grande école du numérique": "grandes-ecoles-du-numerique",
    "Point d'accès numérique CAF": "caf",
}
