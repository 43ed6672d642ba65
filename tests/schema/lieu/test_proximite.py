"""`lieux(filtre: {pres: …}, tri: DISTANCE)`: the lieux within a radius, nearest first, in keyset pages."""

from __future__ import annotations

import httpx

from hub.db import Database
from tests.auth.world import make_lieu, systeme
from tests.graphql_client import graphql

PROCHES = """query ($apres: String) {
  lieux(first: 2, after: $apres, filtre: {pres: {latitude: 49.1193, longitude: 6.1757, rayonKm: 20}},
        tri: DISTANCE) {
    totalCount pageInfo { hasNextPage endCursor } nodes { nom distanceKm }
  }
}"""


async def test_les_lieux_proches_viennent_du_plus_proche_au_plus_loin_par_pages(
    database: Database, client: httpx.AsyncClient
) -> None:
    async with systeme(database) as session:
        for nom, latitude, longitude in (
            ("Woippy, 5 km", 49.1512, 6.1515),
            ("Metz centre", 49.1196, 6.1760),
            ("Thionville, 28 km", 49.3579, 6.1681),
            ("Montigny, 3 km", 49.0990, 6.1520),
            ("Paris", 48.8566, 2.3522),
        ):
            await make_lieu(session, nom=nom, latitude=latitude, longitude=longitude)
        await make_lieu(session, nom="Sans coordonnées")

    premiere = (await graphql(client, PROCHES))["data"]["lieux"]
    assert [n["nom"] for n in premiere["nodes"]] == ["Metz centre", "Montigny, 3 km"]
    assert premiere["totalCount"] == 3
    assert premiere["pageInfo"]["hasNextPage"] is True
    assert premiere["nodes"][0]["distanceKm"] < 0.1
    assert 2.5 < premiere["nodes"][1]["distanceKm"] < 3.5
    suite = (await graphql(client, PROCHES, {"apres": premiere["pageInfo"]["endCursor"]}))["data"]["lieux"]
    assert [n["nom"] for n in suite["nodes"]] == ["Woippy, 5 km"]
    assert suite["pageInfo"]["hasNextPage"] is False


LES_PLUS_LOIN = """query ($avant: String) {
  lieux(last: 2, before: $avant, filtre: {pres: {latitude: 49.1193, longitude: 6.1757, rayonKm: 20}},
        tri: DISTANCE) {
    pageInfo { hasNextPage hasPreviousPage startCursor } nodes { nom }
  }
}"""


async def test_last_donne_les_lieux_les_plus_loin_du_rayon_du_plus_proche_au_plus_loin(
    database: Database, client: httpx.AsyncClient
) -> None:
    async with systeme(database) as session:
        for nom, latitude, longitude in (
            ("Woippy, 5 km", 49.1512, 6.1515),
            ("Metz centre", 49.1196, 6.1760),
            ("Thionville, 28 km", 49.3579, 6.1681),
            ("Montigny, 3 km", 49.0990, 6.1520),
        ):
            await make_lieu(session, nom=nom, latitude=latitude, longitude=longitude)

    fin = (await graphql(client, LES_PLUS_LOIN))["data"]["lieux"]
    assert [n["nom"] for n in fin["nodes"]] == ["Montigny, 3 km", "Woippy, 5 km"]
    assert fin["pageInfo"]["hasPreviousPage"] is True
    assert fin["pageInfo"]["hasNextPage"] is False
    debut = (await graphql(client, LES_PLUS_LOIN, {"avant": fin["pageInfo"]["startCursor"]}))["data"]["lieux"]
    assert [n["nom"] for n in debut["nodes"]] == ["Metz centre"]
    assert debut["pageInfo"]["hasPreviousPage"] is False


async def test_le_tri_par_distance_demande_un_point_et_un_rayon_raisonnable(
    client: httpx.AsyncClient,
) -> None:
    sans_point = await graphql(
        client, "{ lieux(first: 5, tri: DISTANCE) { nodes { nom } } }", expect_errors=True
    )
    assert sans_point["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "champ": "tri"}
    trop_loin = await graphql(
        client,
        "{ lieux(first: 5, filtre: {pres: {latitude: 49.1, longitude: 6.2, rayonKm: 500}}) "
        "{ nodes { nom } } }",
        expect_errors=True,
    )
    assert trop_loin["errors"][0]["extensions"]["champ"] == "filtre.pres.rayonKm"
