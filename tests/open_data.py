"""The real open data files of ../shared/data (never copied into the repository).

HUB_OPEN_DATA_DIR points elsewhere; a missing file is an error, never a skip.
"""

from __future__ import annotations

import os
from pathlib import Path

DONNEES = Path(os.environ.get("HUB_OPEN_DATA_DIR") or Path(__file__).resolve().parents[2] / "shared" / "data")

FRANCE_SERVICES = ("france-services", "liste-fs-20240801.csv")
LIEUX_CNFS = ("lieux-conseillers-numeriques-2022", "lieux-de-mediation-numerique.cnfs.json")
SCHEMA_LIEUX = ("schema-lieux-mediation-numerique", "schema.json")
EXEMPLE_LIEUX = ("schema-lieux-mediation-numerique", "exemple-valide.csv")
EPCI = ("decoupage-administratif", "epci.json")
CONTOURS = ("france-services", "geom_dep.geojson")
RESEAUX_PORTEURS = ("data-inclusion-referentiels", "reseaux-porteurs.json")


def donnee(parties: tuple[str, ...]) -> Path:
    chemin = DONNEES.joinpath(*parties)
    if not chemin.is_file():
        raise FileNotFoundError(
            f"open data file missing: {chemin} (set HUB_OPEN_DATA_DIR to the data folder)"
        )
    return chemin
