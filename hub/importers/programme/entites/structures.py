"""Structures accueillantes: keyed by their SIRET, which every other format uses to name them."""

from __future__ import annotations

from typing import Any

from hub.importers.controles import Ligne
from hub.importers.programme.colonnes import Colonne, Type
from hub.importers.programme.entites.communes import (
    MOTIF_DEPARTEMENT,
    booleen,
    code_insee,
    departement,
    enumeration,
    id_source,
    siret,
    texte,
)
from hub.importers.programme.format import Cible, Format, Regles
from hub.importers.territoire import HorsTerritoireError, departement_du_code_insee, verifier_coordonnees
from hub.models import Structure
from hub.models.enums import StatutStructure, TypeStructure

__all__ = ["MOTIF_DEPARTEMENT", "STRUCTURES"]


class RegleStructure(Regles):
    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        commune = valeurs["code_commune"]
        if commune is not None and departement_du_code_insee(commune) != valeurs["departement_code"]:
            ligne.rejeter(
                "code_commune", commune, f"commune hors du département {valeurs['departement_code']}"
            )
        latitude, longitude = valeurs["latitude"], valeurs["longitude"]
        if (latitude is None) != (longitude is None):
            ligne.rejeter("latitude", str(latitude or ""), "latitude et longitude vont ensemble")
        elif latitude is not None and longitude is not None:
            try:
                verifier_coordonnees(latitude, longitude, valeurs["departement_code"])
            except HorsTerritoireError as probleme:
                ligne.rejeter("latitude,longitude", f"{latitude},{longitude}", str(probleme))


STRUCTURES = Format(
    nom="structures",
    titre="Structure",
    description="Structures accueillantes (communes, EPCI, départements, associations, entreprises…), "
    "telles que la plateforme de pilotage du programme les tient.",
    modele=Structure,
    cle=("siret",),
    colonnes=(
        id_source(),
        siret("siret", "SIRET de l'établissement (14 chiffres, clé de Luhn) : la clé de la structure"),
        texte("nom", "Raison sociale", 300, requis=True),
        enumeration("type", "Type de structure", TypeStructure),
        enumeration(
            "statut",
            "Statut de la candidature de la structure",
            StatutStructure,
            defaut=StatutStructure.CREEE,
        ),
        departement(),
        Colonne(
            "code_commune",
            Type.TEXTE,
            "Code INSEE de la commune du siège",
            controle=code_insee,
            longueur_max=5,
        ),
        texte("adresse", "Adresse postale", 500),
        Colonne("code_postal", Type.TEXTE, "Code postal", motif=r"\d{5}"),
        Colonne("latitude", Type.NOMBRE, "Latitude WGS 84", minimum=-90, maximum=90),
        Colonne("longitude", Type.NOMBRE, "Longitude WGS 84", minimum=-180, maximum=180),
        booleen("zrr", "En zone de revitalisation rurale", False),
        booleen("qpv", "En quartier prioritaire de la politique de la ville", False),
        texte("reseau", "Grand réseau auquel la structure appartient", 200),
    ),
    expose=("departement_code",),
    uniques=("id_source",),
    regles=RegleStructure,
)
