"""A Lieu as a row of the national lieux standard v1.0.2 (valid against its schema.json).

The id is `<source>--<local id>`: unique across sources (the standard's primary key), and read back
by the importer as the same (source, local id), so exporting then importing changes nothing.
"""

from __future__ import annotations

from typing import Any

from hub.importers.vocabulaire import COLONNES_STANDARD, PIVOT_INCONNU, SEPARATEUR
from hub.models import Lieu

COLONNES = COLONNES_STANDARD


def identifiant(lieu: Lieu) -> str:
    return f"{lieu.source}--{lieu.source_id}"


def ligne_standard(lieu: Lieu) -> dict[str, str]:
    extras: dict[str, Any] = (lieu.external_ids or {}).get("standard", {})
    ligne = {
        "id": identifiant(lieu),
        "pivot": lieu.pivot or PIVOT_INCONNU,
        "nom": lieu.nom,
        "commune": lieu.commune,
        "code_postal": lieu.code_postal,
        "code_insee": lieu.code_insee or "",
        "adresse": lieu.adresse,
        "latitude": _nombre(lieu.latitude),
        "longitude": _nombre(lieu.longitude),
        "telephone": lieu.telephone or "",
        "courriels": lieu.courriel or "",
        "site_web": lieu.site_web or "",
        "horaires": lieu.horaires or "",
        "source": lieu.source,
        "date_maj": lieu.date_maj.isoformat(),
        "services": SEPARATEUR.join(lieu.services),
        "publics_specifiquement_adresses": SEPARATEUR.join(lieu.publics),
        "frais_a_charge": SEPARATEUR.join(lieu.frais),
        "dispositif_programmes_nationaux": SEPARATEUR.join(lieu.dispositifs),
    }
    for colonne, valeur in extras.items():
        if colonne in COLONNES and colonne not in ligne:
            ligne[colonne] = SEPARATEUR.join(valeur) if isinstance(valeur, list) else str(valeur)
    return {colonne: ligne.get(colonne, "") for colonne in COLONNES}


def _nombre(valeur: float | None) -> str:
    return "" if valeur is None else repr(valeur)
