"""GraphQL over HTTP: batches, GET, media types and status codes."""

from __future__ import annotations

import json

from tests.securite.conftest import Hub, code, poster, repond_normalement

GRAPHQL_JSON = "application/graphql-response+json"


async def test_un_lot_de_requetes_est_refuse(hub: Hub) -> None:
    lot = [{"query": "{ regions { code } }"}, {"query": "{ departements { code } }"}]
    async with hub() as client:
        response = await client.post("/graphql", json=lot)
        assert response.status_code == 400
        assert code(response) == "BAD_USER_INPUT"
        assert "lots de requêtes" in response.json()["errors"][0]["message"]
        await repond_normalement(client)


async def test_une_mutation_en_get_est_refusee_sans_etre_executee(hub: Hub) -> None:
    async with hub() as client:
        response = await client.get("/graphql", params={"query": "mutation { inexistante }"})
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
        assert code(response) == "BAD_USER_INPUT"
        await repond_normalement(client)


async def test_une_requete_en_get_est_servie(hub: Hub) -> None:
    async with hub() as client:
        response = await client.get("/graphql", params={"query": "{ regions { code } }"})
        assert response.status_code == 200
        assert len(response.json()["data"]["regions"]) == 18


async def test_graphql_response_json_est_negocie_avec_les_statuts_de_la_specification(hub: Hub) -> None:
    async with hub() as client:
        ok = await poster(client, "{ regions { code } }", accept=GRAPHQL_JSON)
        assert ok.status_code == 200
        assert ok.headers["content-type"].startswith(GRAPHQL_JSON)
        invalide = await poster(client, "{ regionz { code } }", accept=GRAPHQL_JSON)
        assert invalide.status_code == 400
        assert "data" not in invalide.json()
        assert code(invalide) == "GRAPHQL_VALIDATION_FAILED"
        syntaxe = await poster(client, "{ regions { code }", accept=GRAPHQL_JSON)
        assert (syntaxe.status_code, code(syntaxe)) == (400, "GRAPHQL_PARSE_FAILED")
        variable = await poster(
            client, "query($d: String!) { departement(code: $d) { nom } }", accept=GRAPHQL_JSON
        )
        assert (variable.status_code, code(variable)) == (400, "BAD_USER_INPUT")


async def test_application_json_garde_200_pour_une_requete_invalide(hub: Hub) -> None:
    async with hub() as client:
        response = await poster(client, "{ regionz { code } }")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        assert "data" not in response.json()


async def test_un_corps_qui_n_est_pas_du_json_est_une_erreur_graphql_en_francais(hub: Hub) -> None:
    async with hub() as client:
        response = await client.post(
            "/graphql", content=b"{pas du json", headers={"content-type": "application/json"}
        )
        assert response.status_code == 400
        body = json.loads(response.text)
        assert body["errors"][0]["message"] == "Le corps de la requête n'est pas du JSON valide."
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_chaque_reponse_porte_son_cout_et_un_identifiant_de_requete(hub: Hub) -> None:
    # A bucket that refills in ~4 months: nothing comes back during the test, the figures are exact.
    async with hub(rate_limit_points=50_000, rate_limit_window_seconds=10_000_000) as client:
        response = await poster(client, "{ departements { code structures(first: 2) { nodes { id } } } }")
        cost = response.json()["extensions"]["cost"]
        assert cost["requested"] == 107 + 107 * 2  # 107 départements and COM, 2 structures each at most
        assert cost["actual"] == 107  # no structure in this database
        assert cost["throttleStatus"] == {
            "maximumAvailable": 50_000,
            "currentlyAvailable": 50_000 - cost["actual"],
            "restoreRate": 0.005,
        }
        assert len(response.headers["x-request-id"]) == 32
