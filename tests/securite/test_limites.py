"""Each published limit refuses its attack with its code, and the hub answers normally right after."""

from __future__ import annotations

import httpx

from tests.securite.conftest import Hub, code, poster, repond_normalement


def _limite(response: httpx.Response) -> dict[str, object]:
    body = response.json()
    assert "data" not in body, body  # refused before execution: a request error has no data
    (erreur,) = body["errors"]
    assert erreur["extensions"]["code"] == "COST_LIMIT_EXCEEDED", erreur
    return dict(erreur["extensions"])


async def test_une_imbrication_profonde_est_refusee_avant_toute_execution(hub: Hub) -> None:
    # département → structures → département → …: valid GraphQL, cheap (first: 1), 31 levels deep.
    requete = "{ departements { " + _imbrique(10) + " } }"
    async with hub() as client:
        response = await poster(client, requete)
        assert response.status_code == 200
        extensions = _limite(response)
        assert extensions["limite"] == "profondeur"
        assert extensions["maximum"] == 15
        assert int(str(extensions["valeur"])) > 15
        await repond_normalement(client)


def _imbrique(fois: int) -> str:
    corps = "code"
    for _ in range(fois):
        corps = f"structures(first: 1) {{ nodes {{ departement {{ {corps} }} }} }}"
    return corps


async def test_une_avalanche_d_alias_est_refusee(hub: Hub) -> None:
    requete = "{ " + " ".join(f"r{i}: regions {{ code }}" for i in range(31)) + " }"
    async with hub() as client:
        extensions = _limite(await poster(client, requete))
        assert extensions == {
            "code": "COST_LIMIT_EXCEEDED",
            "limite": "alias",
            "maximum": 30,
            "valeur": 31,
        }
        await repond_normalement(client)


async def test_trente_alias_restent_permis(hub: Hub) -> None:
    requete = "{ " + " ".join(f"r{i}: regions {{ code }}" for i in range(30)) + " }"
    async with hub() as client:
        response = await poster(client, requete)
        assert response.status_code == 200
        assert len(response.json()["data"]) == 30


async def test_une_requete_de_2000_directives_est_arretee_au_decoupage(hub: Hub) -> None:
    requete = "{ __typename " + "@a " * 2000 + "}"
    async with hub() as client:
        response = await poster(client, requete, accept="application/graphql-response+json")
        assert response.status_code == 400
        extensions = _limite(response)
        assert extensions["limite"] == "jetons"
        await repond_normalement(client)


async def test_les_erreurs_de_validation_sont_plafonnees(hub: Hub) -> None:
    # Under the token limit, 300 unknown directives would be 300 errors: validation stops at the cap.
    requete = "{ __typename " + "@a " * 300 + "}"
    async with hub(graphql_max_validation_errors=5) as client:
        response = await poster(client, requete)
        erreurs = response.json()["errors"]
        assert len(erreurs) == 6  # five errors, then graphql-core's "validation aborted"
        assert {e["extensions"]["code"] for e in erreurs} == {"GRAPHQL_VALIDATION_FAILED"}
        assert erreurs[-1]["extensions"]["limite"] == "erreurs"
        await repond_normalement(client)


async def test_un_first_demesure_est_une_erreur_de_saisie_sur_first(hub: Hub) -> None:
    async with hub() as client:
        response = await poster(client, "{ structures(first: 2147483647) { nodes { id } } }")
        (erreur,) = response.json()["errors"]
        assert erreur["extensions"] == {"code": "BAD_USER_INPUT", "champ": "first"}
        await repond_normalement(client)


async def test_un_last_demesure_est_une_erreur_de_saisie_sur_last(hub: Hub) -> None:
    async with hub() as client:
        response = await poster(client, "{ structures(last: 2147483647) { nodes { id } } }")
        (erreur,) = response.json()["errors"]
        assert erreur["extensions"] == {"code": "BAD_USER_INPUT", "champ": "last"}
        assert erreur["message"] == "`last` doit être compris entre 1 et 100 (reçu 2147483647)."
        await repond_normalement(client)


async def test_un_cout_au_dela_du_maximum_est_refuse_avec_le_cout_calcule(hub: Hub) -> None:
    # 100 structures × 100 postes × 100 conseillers' activités: 1,010,100 objects requested.
    requete = (
        "{ structures(first: 100) { nodes { conseillers(first: 100) { nodes {"
        " activites(first: 100) { nodes { id } } } } } } }"
    )
    async with hub() as client:
        response = await poster(client, requete)
        extensions = _limite(response)
        assert extensions["limite"] == "cout"
        assert extensions["valeur"] == 100 + 100 * 100 + 100 * 100 * 100
        assert response.json()["extensions"]["cost"]["requested"] == 1_010_100
        assert response.json()["extensions"]["cost"]["actual"] == 0
        await repond_normalement(client)


async def test_le_cout_d_une_variable_first_est_lu_dans_les_variables(hub: Hub) -> None:
    requete = "query($n: Int!) { structures(first: $n) { nodes { postes(first: $n) { nodes { id } } } } }"
    async with hub(graphql_max_cost=1000) as client:
        permis = await poster(client, requete, {"n": 30})  # 30 + 900
        assert permis.json()["extensions"]["cost"]["requested"] == 930
        assert "errors" not in permis.json()
        refuse = await poster(client, requete, {"n": 40})  # 40 + 1600
        assert code(refuse) == "COST_LIMIT_EXCEEDED"


async def test_le_cout_d_une_variable_last_est_lu_dans_les_variables(hub: Hub) -> None:
    requete = "query($n: Int!) { structures(last: $n) { nodes { postes(last: $n) { nodes { id } } } } }"
    async with hub(graphql_max_cost=1000) as client:
        permis = await poster(client, requete, {"n": 30})  # 30 + 900, like `first`
        assert permis.json()["extensions"]["cost"]["requested"] == 930
        assert "errors" not in permis.json()
        refuse = await poster(client, requete, {"n": 40})  # 40 + 1600
        assert code(refuse) == "COST_LIMIT_EXCEEDED"
        assert "`first` ou `last`" in refuse.json()["errors"][0]["message"]


async def test_un_corps_trop_gros_est_refuse_en_413_sans_etre_lu(hub: Hub) -> None:
    gros = '{"query": "{ __typename }", "x": "' + "a" * 200_000 + '"}'
    async with hub() as client:
        response = await client.post("/graphql", content=gros, headers={"content-type": "application/json"})
        assert response.status_code == 413
        assert response.json()["errors"][0]["extensions"] == {
            "code": "COST_LIMIT_EXCEEDED",
            "limite": "taille",
            "maximum": 100_000,
        }
        await repond_normalement(client)


async def test_un_corps_trop_gros_sans_longueur_annoncee_est_refuse_aussi(hub: Hub) -> None:
    async def morceaux():  # chunked: no Content-Length
        yield b'{"query": "{ __typename }", "x": "'
        for _ in range(30):
            yield b"a" * 10_000
        yield b'"}'

    async with hub() as client:
        response = await client.post(
            "/graphql", content=morceaux(), headers={"content-type": "application/json"}
        )
        assert response.status_code == 413
        await repond_normalement(client)
