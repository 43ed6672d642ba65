"""`export france-services`: the hub's France Services sites in the ANCT list's own format (`liste-fs-*.csv`).

The columns, their order and their spellings are those of the file ANCT publishes, which
`import france-services` reads: a site exported here and imported elsewhere is the same site (the
demo's synthetic sites reach a hub that way, hub.seed.par_les_importeurs).
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from sqlalchemy import select

from auth import rls
from hub.db import Database
from hub.importers.france_services import FORMATS, JOURS, TYPES
from hub.models import SiteFranceServices

LOT = 500
COLONNES = (
    "id_fs", "insee_dep", "lib_fs", "adresse", "complement_adresse", "insee_com", "code_postal", "lib_com",
    "latitude", "longitude", "mail", "telephone", *(f"h_{jour}" for jour in JOURS), "prise_rdv",
    "commentaire", "type_fs", "format_fs", "groupe_fs", "labellisation_fs",
)  # fmt: skip
_TYPES = {valeur: libelle.capitalize() for libelle, valeur in TYPES.items()}
_FORMATS = {valeur: libelle.capitalize() for libelle, valeur in FORMATS.items()}


async def exporter_france_services(database: Database, sortie: TextIO) -> int:
    """Write every current site to `sortie` (ordered by id_fs; absent ones left out); returns how many."""
    nombre = 0
    ecrivain = csv.DictWriter(sortie, fieldnames=COLONNES, lineterminator="\n")
    ecrivain.writeheader()
    async with database.transaction() as session:
        await rls.contexte_systeme(session)  # a trusted CLI job, like the importers
        sites = await session.stream_scalars(
            select(SiteFranceServices)
            .where(SiteFranceServices.absent_depuis.is_(None))
            .order_by(SiteFranceServices.id_fs)
            .execution_options(yield_per=LOT)
        )
        async for site in sites:
            ecrivain.writerow(ligne_fs(site))
            nombre += 1
    return nombre


def ligne_fs(site: SiteFranceServices) -> dict[str, Any]:
    details = site.external_ids or {}
    prise_rdv = details.get("prise_rdv")
    return {
        "id_fs": site.id_fs,
        "insee_dep": site.departement_code,
        "lib_fs": site.nom,
        "adresse": site.adresse,
        "complement_adresse": details.get("complement_adresse", ""),
        "insee_com": site.code_insee,
        "code_postal": site.code_postal,
        "lib_com": site.commune,
        "latitude": "" if site.latitude is None else repr(site.latitude),
        "longitude": "" if site.longitude is None else repr(site.longitude),
        "mail": site.courriel or "",
        "telephone": site.telephone or "",
        **{f"h_{jour}": (site.horaires or {}).get(jour, "") for jour in JOURS},
        "prise_rdv": "" if prise_rdv is None else ("Oui" if prise_rdv else "Non"),
        "commentaire": details.get("commentaire", ""),
        "type_fs": _TYPES[site.type],
        "format_fs": _FORMATS[site.format],
        "groupe_fs": details.get("groupe_fs", ""),
        "labellisation_fs": (
            f"Espace labellisé {site.date_labellisation:%d/%m/%Y}" if site.date_labellisation else ""
        ),
    }
