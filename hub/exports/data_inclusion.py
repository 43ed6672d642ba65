"""A Lieu as a structure of the data·inclusion schema (v1): `source`, `id` = `<source>--<local id>`, …

data·inclusion holds one e-mail and one website per structure: the first of the lieu's lists. The
standard's dispositifs become `reseaux_porteurs` where data·inclusion has the network (vocabulaire.py).
"""

from __future__ import annotations

from typing import Any

from hub.exports.lieux_standard import identifiant
from hub.importers.controles import RNA
from hub.importers.vocabulaire import RESEAUX_PORTEURS, SEPARATEUR
from hub.models import Lieu


def structure_data_inclusion(lieu: Lieu) -> dict[str, Any]:
    extras: dict[str, Any] = (lieu.external_ids or {}).get("standard", {})
    pivot = lieu.pivot or ""
    return {
        "source": lieu.source,
        "id": identifiant(lieu),
        "nom": lieu.nom,
        "date_maj": lieu.date_maj.isoformat(),
        "siret": pivot if pivot.isdigit() and len(pivot) == 14 else None,
        "rna": pivot if RNA.match(pivot) else None,
        "adresse": lieu.adresse,
        "complement_adresse": extras.get("complement_adresse"),
        "code_postal": lieu.code_postal,
        "code_insee": lieu.code_insee,
        "commune": lieu.commune,
        "latitude": lieu.latitude,
        "longitude": lieu.longitude,
        "telephone": lieu.telephone,
        "courriel": _premier(lieu.courriel),
        "site_web": _premier(lieu.site_web),
        "description": extras.get("presentation_detail") or extras.get("presentation_resume"),
        "horaires_accueil": lieu.horaires,
        "accessibilite_lieu": extras.get("fiche_acces_libre"),
        "lien_source": None,
        "reseaux_porteurs": sorted({RESEAUX_PORTEURS[d] for d in lieu.dispositifs if d in RESEAUX_PORTEURS}),
    }


def _premier(valeurs: str | None) -> str | None:
    if not valeurs:
        return None
    return valeurs.split(SEPARATEUR)[0].strip() or None
