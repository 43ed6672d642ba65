"""The départements' outlines (ANCT's geom_dep.geojson, 101 départements), simplified on import."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from hub.db import Database
from hub.importers.contours import TOLERANCE, ImporteurContours, douglas_peucker
from hub.importers.fichier import FichierInvalideError
from hub.models import Departement
from tests.importers.conftest import en_systeme, importer_dans, lire_rapport
from tests.open_data import CONTOURS, donnee


async def _contours(database: Database) -> dict[str, Any]:
    async with en_systeme(database) as session:
        lignes = (await session.execute(select(Departement.code, Departement.contour))).all()
    return {code: json.loads(texte) for code, texte in lignes if texte is not None}


async def test_le_fichier_reel_donne_les_101_contours_simplifies_puis_rien_au_second_passage(
    database: Database, tmp_path: Path
) -> None:
    source = json.loads(donnee(CONTOURS).read_text(encoding="utf-8"))
    premier = await importer_dans(database, ImporteurContours(), donnee(CONTOURS), tmp_path / "1.csv")
    second = await importer_dans(database, ImporteurContours(), donnee(CONTOURS), tmp_path / "2.csv")

    assert len(source["features"]) == 101
    assert (premier.compte.mis_a_jour, premier.rejetes) == (101, 0)
    assert lire_rapport(tmp_path / "1.csv") == []
    assert (second.compte.mis_a_jour, second.compte.inchanges) == (0, 101)
    contours = await _contours(database)
    assert len(contours) == 101
    moselle = contours["57"]
    assert moselle["type"] == "MultiPolygon"
    points = [p for polygone in moselle["coordinates"] for anneau in polygone for p in anneau]
    originale = next(f for f in source["features"] if f["properties"]["insee_dep"] == "57")["geometry"]
    brute = originale["coordinates"] if originale["type"] == "MultiPolygon" else [originale["coordinates"]]
    assert len(points) < sum(len(anneau) for polygone in brute for anneau in polygone)  # simplified
    assert all(5.8 < lon < 7.7 and 48.5 < lat < 49.6 for lon, lat in points)  # still Moselle


async def test_un_contour_invalide_est_rejete_et_les_autres_gardes(
    database: Database, tmp_path: Path
) -> None:
    source = json.loads(donnee(CONTOURS).read_text(encoding="utf-8"))
    features = source["features"][:6]
    features[0]["properties"]["insee_dep"] = "99"
    features[1]["geometry"]["type"] = "LineString"
    _premier_anneau(features[2])[3] = ["x", 46.0]
    _premier_anneau(features[3])[3] = [2.35, 8.0]  # far south of metropolitan France
    features[4]["geometry"]["coordinates"] = [[[2.0, 46.0], [2.1, 46.0], [2.0, 46.1]]]  # open ring
    chemin = tmp_path / "contours.geojson"
    chemin.write_text(json.dumps({**source, "features": features}), encoding="utf-8")

    bilan = await importer_dans(database, ImporteurContours(), chemin, tmp_path / "r.csv")

    assert (bilan.compte.mis_a_jour, bilan.rejetes) == (1, 5)
    raisons = [(r["line"], r["column"], r["reason"]) for r in lire_rapport(tmp_path / "r.csv")]
    assert raisons == [
        ("1", "properties.insee_dep", "département absent du référentiel"),
        ("2", "geometry.type", "géométrie Polygon ou MultiPolygon attendue"),
        ("3", "geometry.coordinates", "coordonnée non numérique"),
        ("4", "geometry.coordinates", "coordonnées hors de France (attendu : France métropolitaine)"),
        ("5", "geometry.coordinates", "anneau non fermé ou de moins de 4 points"),
    ]
    assert set(await _contours(database)) == {features[5]["properties"]["insee_dep"]}


def _premier_anneau(feature: dict[str, Any]) -> list[Any]:
    coordonnees = feature["geometry"]["coordinates"]
    return coordonnees[0][0] if feature["geometry"]["type"] == "MultiPolygon" else coordonnees[0]


@pytest.mark.parametrize(
    "contenu", ['[{"type": "Feature"}]', '{"type": "FeatureCollection"}', "{", '{"type": "Topology"}']
)
async def test_un_fichier_qui_n_est_pas_une_collection_ne_change_rien(
    database: Database, tmp_path: Path, contenu: str
) -> None:
    chemin = tmp_path / "contours.geojson"
    chemin.write_text(contenu, encoding="utf-8")
    with pytest.raises(FichierInvalideError):
        await importer_dans(database, ImporteurContours(), chemin, tmp_path / "r.csv")
    assert await _contours(database) == {}


async def test_l_api_donne_le_contour_a_tous_une_fois_importe(
    database: Database, client: httpx.AsyncClient, tmp_path: Path
) -> None:
    requete = {"query": '{ departement(code: "2A") { contour } departements { code } }'}
    avant = (await client.post("/graphql", json=requete)).json()["data"]
    assert avant["departement"] == {"contour": None}
    await importer_dans(database, ImporteurContours(), donnee(CONTOURS), tmp_path / "r.csv")
    apres = (await client.post("/graphql", json=requete)).json()["data"]  # anonymous: open data
    assert apres["departement"]["contour"] == (await _contours(database))["2A"]
    assert len(apres["departements"]) == 107  # the COM have no outline in the file


_POINT = st.tuples(st.floats(-5, 10, allow_nan=False), st.floats(41, 51, allow_nan=False)).map(list)


@given(st.lists(_POINT, min_size=2, max_size=60))
def test_la_simplification_garde_les_bouts_et_chaque_point_ote_reste_pres_du_trace(
    points: list[list[float]],
) -> None:
    simplifie = douglas_peucker(points, TOLERANCE)
    assert simplifie[0] == points[0]
    assert simplifie[-1] == points[-1]
    rangs = _rangs_gardes(points, simplifie)
    for debut, fin in itertools.pairwise(rangs):
        for rang in range(debut + 1, fin):  # every dropped point is within the tolerance of its chord
            assert _distance(points[rang], points[debut], points[fin]) <= TOLERANCE + 1e-12


def _rangs_gardes(points: list[list[float]], gardes: list[list[float]]) -> list[int]:
    rangs, suivant = [], 0
    for rang, point in enumerate(points):
        if suivant < len(gardes) and point is gardes[suivant]:
            rangs.append(rang)
            suivant += 1
    assert len(rangs) == len(gardes)  # an ordered subset of the points themselves
    return rangs


def _distance(p: list[float], a: list[float], b: list[float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    longueur = dx * dx + dy * dy
    t = 0.0 if longueur == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / longueur))
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
