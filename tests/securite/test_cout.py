"""The cost model: the product of `first` along each connection path, plain lists by their size."""

from __future__ import annotations

import pytest
from graphql import parse

from schema import build_schema
from schema.edge.cost import DEFAULT_LIST_SIZE, LIST_SIZES, Estimate, actual_cost, requested_cost

SCHEMA = build_schema()._schema


def cout(requete: str, variables: dict[str, object] | None = None) -> int:
    return requested_cost(SCHEMA, parse(requete), None, variables, 100).total


@pytest.mark.parametrize(
    ("requete", "attendu"),
    [
        ("{ __typename }", 1),
        ("{ structures(first: 10) { nodes { id } } }", 10),
        ("{ structures(first: 10) { edges { node { postes(first: 5) { nodes { id } } } } } }", 10 + 50),
        ("{ structures(first: 10) { nodes { id } edges { cursor } totalCount } }", 10),
        ("{ a: structures(first: 10) { nodes { id } } b: lieux(first: 20) { nodes { id } } }", 30),
        ("{ departements { structures(first: 100) { nodes { id } } } }", 107 + 107 * 100),
        ("{ structures(first: 2) { nodes { avis { id } } } }", 2 + 2 * DEFAULT_LIST_SIZE),
        ("{ structures(first: 500) { nodes { id } } }", 100),  # refused by the connection itself
        ("{ structures(last: 10) { nodes { id } } }", 10),
        ("{ structures(last: 10) { edges { node { postes(last: 5) { nodes { id } } } } } }", 10 + 50),
        ("{ structures(first: 10) { nodes { postes(last: 5) { nodes { id } } } } }", 10 + 50),
        ("{ structures(last: 500) { nodes { id } } }", 100),  # refused by the connection itself
        ("{ structures(first: 3, last: 20) { nodes { id } } }", 20),  # refused: counts as the larger
        ("{ structures(first: null, last: 4) { nodes { id } } }", 4),
        ("{ structures { nodes { id } } }", 100),  # neither (refused): the page size
        (
            "{ lieux(last: 7, tri: DISTANCE, filtre: {pres: {latitude: 49, longitude: 6}})"
            " { nodes { id } } }",
            7,
        ),
        ("{ __schema { types { fields { name } } } }", 1),
        (
            "fragment F on Structure { postes(first: 3) { nodes { id } } }"
            "{ structures(first: 2) { nodes { ...F } } }",
            2 + 6,
        ),
    ],
)
def test_le_cout_demande(requete: str, attendu: int) -> None:
    assert cout(requete) == attendu


def test_le_cout_lit_first_dans_les_variables() -> None:
    requete = "query($n: Int!) { structures(first: $n) { nodes { postes(first: $n) { nodes { id } } } } }"
    assert cout(requete, {"n": 7}) == 7 + 49
    assert cout(requete, {}) == 100 + 100 * 100  # absent: counted at the page size


def test_le_cout_lit_last_dans_les_variables_comme_first() -> None:
    requete = (
        "query($n: Int, $m: Int) { structures(first: $n, last: $m) { nodes { postes(last: $m) {"
        " nodes { id } } } } }"
    )
    assert cout(requete, {"n": None, "m": 7}) == 7 + 49
    assert cout(requete, {"m": 7}) == 7 + 49  # an absent variable: not given
    assert cout(requete, {"n": 3, "m": 7}) == 7 + 49  # both (refused): the larger
    assert cout(requete, {}) == 100 + 100 * 100  # neither: counted at the page size


def test_le_cout_reel_compte_les_objets_renvoyes_une_fois_par_connexion() -> None:
    data = {
        "structures": {
            "edges": [{"node": {"postes": {"nodes": [{"id": 1}, {"id": 2}]}}}],
            "nodes": [{"id": "s1"}],
            "totalCount": 1,
        },
        "regions": [{"code": "44"}, {"code": "11"}],
    }
    assert actual_cost(data, Estimate(1000, 0)) == 1 + 2 + 2
    assert actual_cost(data, Estimate(3, 0)) == 3  # never more than requested
    assert actual_cost(None, Estimate(50, 0)) == 1


def test_les_blocs_de_statistiques_pesent_leur_poids_meme_sans_objets() -> None:
    requete = "{ statistiques { postes { valides } activites { total parMois { valeur } } } }"
    estimation = requested_cost(SCHEMA, parse(requete), None, None, 100)
    assert estimation == Estimate(total=200 + LIST_SIZES["StatistiquesActivites.parMois"], weighted=200)
    sans_mois = {"statistiques": {"postes": {"valides": 3}, "activites": {"total": 5, "parMois": []}}}
    assert actual_cost(sans_mois, estimation) == 200
