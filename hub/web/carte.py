"""The map of a département's page: its outline and its points (France Services sites, lieux) as SVG.

Drawn on the server from what the API answers (`Departement.contour`, the sites' and lieux'
coordinates): no map tiles, nothing fetched from elsewhere, so the map works offline and prints. The
projection is equirectangular around the département's middle latitude (longitudes shortened by its
cosine): at the scale of a département, shapes and distances look right.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

LARGEUR = 640.0
HAUTEUR_MAX = 640.0
MARGE = 12.0


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    nom: str
    commune: str


@dataclass(frozen=True, slots=True)
class Carte:
    largeur: float
    hauteur: float
    contour: str  # the SVG path data of the outline ("" when not imported)
    sites: list[Point]
    lieux: list[Point]


def dessiner(
    contour: dict[str, Any] | None, sites: Sequence[dict[str, Any]], lieux: Sequence[dict[str, Any]]
) -> Carte | None:
    """The map of the outline and the points with coordinates; None when there is nothing to draw."""
    anneaux = [anneau for polygone in (contour or {}).get("coordinates", []) for anneau in polygone]
    places = [(p["longitude"], p["latitude"]) for p in (*sites, *lieux) if _place(p)]
    tous = [*((lon, lat) for anneau in anneaux for lon, lat in anneau), *places]
    if not tous:
        return None
    lon_min, lon_max = min(p[0] for p in tous), max(p[0] for p in tous)
    lat_min, lat_max = min(p[1] for p in tous), max(p[1] for p in tous)
    raccourci = math.cos(math.radians((lat_min + lat_max) / 2))
    etendue_x = max((lon_max - lon_min) * raccourci, 1e-6)
    etendue_y = max(lat_max - lat_min, 1e-6)
    echelle = min((LARGEUR - 2 * MARGE) / etendue_x, (HAUTEUR_MAX - 2 * MARGE) / etendue_y)
    hauteur = etendue_y * echelle + 2 * MARGE

    def projeter(longitude: float, latitude: float) -> tuple[float, float]:
        return (
            round(MARGE + (longitude - lon_min) * raccourci * echelle, 1),
            round(MARGE + (lat_max - latitude) * echelle, 1),
        )

    def points(lignes: Iterable[dict[str, Any]]) -> list[Point]:
        return [
            Point(*projeter(p["longitude"], p["latitude"]), nom=p["nom"], commune=p.get("commune") or "")
            for p in lignes
            if _place(p)
        ]

    chemin = " ".join(
        "M" + " L".join(f"{x},{y}" for x, y in (projeter(lon, lat) for lon, lat in anneau)) + " Z"
        for anneau in anneaux
    )
    return Carte(LARGEUR, round(hauteur, 1), chemin, points(sites), points(lieux))


def _place(point: dict[str, Any]) -> bool:
    return isinstance(point.get("latitude"), int | float) and isinstance(point.get("longitude"), int | float)
