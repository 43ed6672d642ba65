"""The outline of each département (ANCT's `geom_dep.geojson`), simplified, for the maps of the pages.

The file is a GeoJSON FeatureCollection (WGS84), one Feature per département: `properties.insee_dep`
names it, `geometry` is a Polygon or a MultiPolygon. Each outline is simplified on import: its
coordinates rounded to 3 decimals (about 100 m, far below a pixel of the page's map), the points that
rounding makes repeated dropped, then each ring simplified by Ramer–Douglas–Peucker within 0.002°
(the national file: 750 kB rounded, 570 kB simplified). It is stored as GeoJSON text on the
département (`departement.contour`) and read through the API (`Departement.contour`). A département
the référentiel does not know, a geometry of another type, a coordinate that is not a number or lies
outside the département's territory: the feature is rejected with its reason, the others are kept.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Doublons, Ligne
from hub.importers.ecriture import Compte
from hub.importers.fichier import Fichier, FichierInvalideError
from hub.importers.lecture import Lecture, Referentiel, SansPreparation
from hub.importers.territoire import HorsTerritoireError, verifier_coordonnees
from hub.models import Departement

DECIMALES = 3
TOLERANCE = 0.002  # degrees (about 200 m): invisible on a map a few hundred pixels wide
POINTS_MAX = 200_000  # per département: the source has at most a few thousand
TAILLE_MAX = 64 << 20  # the whole file is read at once: a FeatureCollection is one JSON object


class ImporteurContours(SansPreparation):
    kind = "contours-departements"

    def lire(self, fichier: Fichier, referentiel: Referentiel) -> Iterator[Lecture]:
        doublons = Doublons()
        for numero, feature in enumerate(_features(fichier), start=1):
            ligne = Ligne(numero)
            contour = _contour(ligne, feature, referentiel)
            if contour is not None:
                doublons.premier(ligne, "properties.insee_dep", contour["code"], contour["code"])
            yield Lecture(numero, contour if ligne.valide else None, ligne.rejets)

    async def ecrire(self, session: AsyncSession, lot: list[Any], provenance: dict[str, Any]) -> Compte:
        """UPDATE of the départements whose outline changed (the référentiel's rows exist already)."""
        del provenance  # the référentiel has no provenance columns: the import run is journaled
        codes = [contour["code"] for contour in lot]
        lignes = await session.execute(
            select(Departement.code, Departement.contour).where(Departement.code.in_(codes))
        )
        stockes: dict[str, str | None] = {ligne.code: ligne.contour for ligne in lignes}
        changes = [c for c in lot if stockes.get(c["code"]) != c["contour"]]
        if changes:  # ORM bulk UPDATE by primary key: one executemany
            await session.execute(
                update(Departement), [{"code": c["code"], "contour": c["contour"]} for c in changes]
            )
        return Compte(mis_a_jour=len(changes), inchanges=len(lot) - len(changes))


def _features(fichier: Fichier) -> list[Any]:
    if fichier.chemin.stat().st_size > TAILLE_MAX:
        raise FichierInvalideError(f"{fichier.chemin}: larger than {TAILLE_MAX >> 20} MB")
    try:
        collection = json.loads(fichier.chemin.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as erreur:
        raise FichierInvalideError(
            f"{fichier.chemin}: not valid JSON (line {erreur.lineno}, column {erreur.colno}: {erreur.msg})"
        ) from None
    except RecursionError:
        raise FichierInvalideError(f"{fichier.chemin}: JSON nested too deeply") from None
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise FichierInvalideError(f"{fichier.chemin}: not a GeoJSON FeatureCollection")
    features = collection.get("features")
    if not isinstance(features, list):
        raise FichierInvalideError(f"{fichier.chemin}: a FeatureCollection without a list of features")
    return features


def _contour(ligne: Ligne, feature: Any, referentiel: Referentiel) -> dict[str, str] | None:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        ligne.rejeter("", "", "objet GeoJSON Feature attendu")
        return None
    proprietes = feature.get("properties")
    code = proprietes.get("insee_dep") if isinstance(proprietes, dict) else None
    if not isinstance(code, str) or code not in referentiel.departements:
        ligne.rejeter("properties.insee_dep", str(code)[:20], "département absent du référentiel")
        return None
    geometrie = feature.get("geometry")
    if not isinstance(geometrie, dict) or geometrie.get("type") not in ("Polygon", "MultiPolygon"):
        ligne.rejeter("geometry.type", "", "géométrie Polygon ou MultiPolygon attendue")
        return None
    polygones = geometrie.get("coordinates")
    if geometrie["type"] == "Polygon":
        polygones = [polygones]
    try:
        simplifies = [_polygone(polygone, code) for polygone in _liste(polygones)]
    except ValueError as probleme:
        ligne.rejeter("geometry.coordinates", "", str(probleme))
        return None
    if sum(len(anneau) for polygone in simplifies for anneau in polygone) > POINTS_MAX:
        ligne.rejeter("geometry.coordinates", "", f"plus de {POINTS_MAX} points")
        return None
    contour = {"type": "MultiPolygon", "coordinates": simplifies}
    return {"code": code, "contour": json.dumps(contour, separators=(",", ":"))}


def _polygone(polygone: Any, code: str) -> list[list[list[float]]]:
    anneaux = [_anneau(anneau, code) for anneau in _liste(polygone)]
    if not anneaux:
        raise ValueError("polygone sans contour")
    return anneaux


def _anneau(anneau: Any, code: str) -> list[list[float]]:
    points: list[list[float]] = []
    for point in _liste(anneau):
        if not isinstance(point, list) or len(point) < 2:
            raise ValueError("point [longitude, latitude] attendu")
        longitude, latitude = point[0], point[1]
        if not all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in point[:2]
        ):
            raise ValueError("coordonnée non numérique")
        try:
            verifier_coordonnees(latitude, longitude, code)
        except HorsTerritoireError as probleme:
            raise ValueError(str(probleme)) from None
        arrondi = [round(longitude, DECIMALES), round(latitude, DECIMALES)]
        if not points or points[-1] != arrondi:
            points.append(arrondi)
    if len(points) < 4 or points[0] != points[-1]:
        raise ValueError("anneau non fermé ou de moins de 4 points")
    simplifie = douglas_peucker(points, TOLERANCE)
    return simplifie if len(simplifie) >= 4 else points


def douglas_peucker(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """The points of the line that stray more than `tolerance` (degrees) from the chord of their
    stretch, and both ends (Ramer–Douglas–Peucker), without recursion."""
    gardes = [False] * len(points)
    gardes[0] = gardes[-1] = True
    pile = [(0, len(points) - 1)]
    while pile:
        debut, fin = pile.pop()
        plus_loin, ecart = 0, tolerance
        for rang in range(debut + 1, fin):
            distance = _distance(points[rang], points[debut], points[fin])
            if distance > ecart:
                plus_loin, ecart = rang, distance
        if plus_loin:
            gardes[plus_loin] = True
            pile += [(debut, plus_loin), (plus_loin, fin)]
    return [point for point, garde in zip(points, gardes, strict=True) if garde]


def _distance(point: list[float], a: list[float], b: list[float]) -> float:
    """From `point` to the segment [a, b], in degrees (the page's scale: a few km wide)."""
    (x, y), (xa, ya), (xb, yb) = point, a, b
    dx, dy = xb - xa, yb - ya
    longueur = dx * dx + dy * dy
    t = 0.0 if longueur == 0 else max(0.0, min(1.0, ((x - xa) * dx + (y - ya) * dy) / longueur))
    return math.hypot(x - (xa + t * dx), y - (ya + t * dy))


def _liste(valeur: Any) -> list[Any]:
    if not isinstance(valeur, list):
        raise ValueError("liste de coordonnées attendue")
    return valeur
