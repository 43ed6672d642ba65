"""Issue 17 (3): strings and cursors from a client are checked at the edge; a bad one is BAD_USER_INPUT,
never INTERNAL, on every argument and every connection, on both backends (PostgreSQL as hub_app)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auth.principal import Principal
from hub.models.enums import Role
from schema.activite.loaders import ACTIVITES
from schema.aidants_connect.loaders import MANDATS
from schema.conseiller.loaders import CONSEILLERS
from schema.contrat.loaders import CONTRATS
from schema.edge.entrees import probleme
from schema.financement.loaders import ENVELOPPES, SUBVENTIONS
from schema.france_services.loaders import SITES_FRANCE_SERVICES
from schema.imports.loaders import IMPORTS
from schema.journal.loaders import JOURNAL
from schema.lieu.loaders import LIEUX
from schema.pagination import Liste
from schema.poste.loaders import POSTES
from schema.structure.loaders import STRUCTURES
from tests.securite.conftest import Base, Hub, poster
from tests.tokens import token_for

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
PREFECTURE = Principal(role=Role.PREFECTURE, subject="pref-57", departements=frozenset({"57"}))
NUL = "\x00"

# (query with $v a String where the attack put it, the argument it names, who asks)
CAS: list[tuple[str, str, Principal | None]] = [
    ("query ($v: String!) { departement(code: $v) { nom } }", "code", None),
    ("query ($v: String) { lieux(first: 1, filtre: {nom: $v}) { totalCount } }", "nom", None),
    ("query ($v: String) { lieux(first: 1, filtre: {pivot: $v}) { totalCount } }", "pivot", None),
    ("query ($v: String) { sitesFranceServices(first: 1, filtre: {nom: $v}) { totalCount } }", "nom", None),
    ("query ($v: String) { structures(first: 1, filtre: {nom: $v}) { totalCount } }", "nom", ANCT),
    ("query ($v: String) { journal(first: 1, filtre: {action: $v}) { totalCount } }", "action", ANCT),
    (
        "query ($v: String) { statistiques(territoire: {departement: $v}) { seuilSuppression } }",
        "departement",
        None,
    ),
    (
        'mutation ($v: String!) { donnerAvisPrefet(input: {candidatureId: "x", avis: NEGATIF, '
        "commentaire: $v}) { __typename } }",
        "commentaire",
        PREFECTURE,
    ),
]
IDS = ["departement", "lieux-nom", "lieux-pivot", "france-services", "structures", "journal", "stats", "avis"]


def _jeton(base: Base, principal: Principal | None) -> str | None:
    return None if principal is None else token_for(base.settings, principal)


def _litteral(query: str, argument: str, valeur: str) -> str:
    """The same query with the value written in the document instead of a variable."""
    sans_variable = query.split(")", 1)[1] if query.startswith(("query (", "mutation (")) else query
    operation = "mutation" if query.startswith("mutation") else "query"
    return operation + sans_variable.replace("$v", json.dumps(valeur))


def _refus(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code < 500, response.text
    body = response.json()
    assert "data" not in body or body["data"] is None, body
    (erreur,) = body["errors"]
    assert erreur["extensions"]["code"] == "BAD_USER_INPUT", erreur
    return dict(erreur)


@pytest.mark.parametrize(("query", "argument", "principal"), CAS, ids=IDS)
async def test_un_caractere_nul_est_refuse_avant_le_sql(
    hub: Hub, base_securite: Base, query: str, argument: str, principal: Principal | None
) -> None:
    jeton = _jeton(base_securite, principal)
    async with hub() as client:
        par_variable = _refus(await poster(client, query, {"v": f"57{NUL}"}, token=jeton))
        assert par_variable["extensions"]["champ"] == "v"
        assert "caractère nul" in par_variable["message"]
        par_litteral = _refus(await poster(client, _litteral(query, argument, f"57{NUL}"), token=jeton))
        assert par_litteral["extensions"]["champ"] == argument
        assert "caractère nul" in par_litteral["message"]


async def test_un_texte_trop_long_est_refuse_et_la_limite_se_regle(hub: Hub) -> None:
    query = "query ($v: String!) { departement(code: $v) { nom } }"
    async with hub(graphql_max_string_length=50) as client:
        erreur = _refus(await poster(client, query, {"v": "x" * 51}))
        assert "51 caractères, 50 au plus" in erreur["message"]
        response = await poster(client, query, {"v": "x" * 50})
        assert response.json()["data"] == {"departement": None}


async def test_un_substitut_isole_ecrit_dans_le_document_est_refuse(hub: Hub) -> None:
    # A GraphQL escape in the document (the JSON body itself is clean).
    async with hub() as client:
        response = await poster(client, '{ departement(code: "\\ud800") { nom } }')
        assert response.status_code < 500
        assert response.json()["errors"][0]["extensions"]["code"] in {
            "BAD_USER_INPUT",
            "GRAPHQL_PARSE_FAILED",
        }


def test_le_controle_d_un_texte() -> None:
    assert probleme("Moselle", 10) is None
    assert probleme("", 10) is None
    assert probleme("a\x00", 10) == "le texte contient un caractère nul (U+0000)"
    assert probleme("\ud800", 10) is not None
    assert probleme("é" * 11, 10) == "le texte fait 11 caractères, 10 au plus"


TEXTES = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texte=TEXTES, cas=st.sampled_from(CAS))
async def test_aucun_texte_ne_donne_une_erreur_interne(
    hub: Hub, base_securite: Base, texte: str, cas: tuple[str, str, Principal | None]
) -> None:
    query, _, principal = cas
    async with hub(rate_limit_points=0) as client:
        response = await client.post(
            "/graphql",
            content=json.dumps({"query": query, "variables": {"v": texte}}).encode(),
            headers={"content-type": "application/json", **_entete(base_securite, principal)},
        )
    assert response.status_code < 500, response.text
    for erreur in response.json().get("errors", []):
        assert erreur["extensions"]["code"] != "INTERNAL", erreur


def _entete(base: Base, principal: Principal | None) -> dict[str, str]:
    jeton = _jeton(base, principal)
    return {"authorization": f"Bearer {jeton}"} if jeton else {}


# -- cursors: every top-level connection, every order ---------------------------------------------

CONNEXIONS: dict[str, Liste[Any]] = {
    "structures": STRUCTURES,
    "postes": POSTES,
    "conseillers": CONSEILLERS,
    "contrats": CONTRATS,
    "subventions": SUBVENTIONS,
    "enveloppes": ENVELOPPES,
    "lieux": LIEUX,
    "sitesFranceServices": SITES_FRANCE_SERVICES,
    "activites": ACTIVITES,
    "mandats": MANDATS,
    "journal": JOURNAL,
    "imports": IMPORTS,
}
TRIS = [(champ, tri) for champ, liste in CONNEXIONS.items() for tri in liste.ordres]


def _curseur(brut: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(brut).encode()).decode("ascii").rstrip("=")


def _query(champ: str, tri: str, argument: str = "after") -> str:
    argument_tri = "" if champ == "enveloppes" else f", tri: {tri}"
    taille = "first" if argument == "after" else "last"  # `before` pages backwards (`last`)
    return f"query ($c: String) {{ {champ}({taille}: 2, {argument}: $c{argument_tri}) {{ totalCount }} }}"


CLES = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([10**30, -(2**63) - 1, 2**63, 2**31, -(2**31) - 1]),
    st.floats(allow_nan=False),
    st.sampled_from(["NaN", "Infinity", "1e999"]),
    st.text(max_size=12),
    st.sampled_from(["2024-01-01T00:00:00", "2024-01-01T00:00:00+00:00", "2024-01-01", "57\x00", "\ud800"]),
    st.uuids().map(str),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cible=st.sampled_from(TRIS),
    cles=st.lists(CLES, min_size=0, max_size=4),
    exact=st.booleans(),
    argument=st.sampled_from(["after", "before"]),
)
async def test_aucun_curseur_forge_ne_donne_une_erreur_interne(
    hub: Hub, base_securite: Base, cible: tuple[str, str], cles: list[Any], exact: bool, argument: str
) -> None:
    champ, tri = cible
    liste = CONNEXIONS[champ]
    if exact:  # the right number of keys: only their types and ranges can refuse it
        colonnes = liste.ordres[tri].colonnes
        cles = (cles * len(colonnes))[: len(colonnes)] if cles else [0] * len(colonnes)
    curseur = _curseur([liste.nom, tri, cles])
    async with hub(rate_limit_points=0) as client:
        response = await poster(
            client, _query(champ, tri, argument), {"c": curseur}, token=_jeton(base_securite, ANCT)
        )
    assert response.status_code < 500, response.text
    body = response.json()
    for erreur in body.get("errors", []):
        assert erreur["extensions"]["code"] == "BAD_USER_INPUT", (erreur, cles)
        assert erreur["extensions"]["champ"] in {argument, "c"}, erreur
    if "errors" not in body:
        assert body["data"][champ]["totalCount"] >= 0


@pytest.mark.parametrize(
    "cles",
    [
        ["2024-01-01T00:00:00+00:00", 10**30],
        ["2024-01-01T00:00:00", 1],
        ["2024-01-01T00:00:00+00:00", 2**63],
        ["NaN", 1],
        ["57\x00", 1],
    ],
    ids=["entier-enorme", "instant-sans-fuseau", "bigint-depasse", "instant-nan", "nul"],
)
async def test_les_curseurs_de_l_attaque_sont_refuses(hub: Hub, base_securite: Base, cles: list[Any]) -> None:
    # The journal is ordered by (an aware instant, a bigint id): the attack's two INTERNAL errors.
    curseur = _curseur(["journal", "HORODATAGE_DESC", cles])
    async with hub() as client:
        response = await poster(
            client, _query("journal", "HORODATAGE_DESC"), {"c": curseur}, token=_jeton(base_securite, ANCT)
        )
    erreur = _refus(response)
    assert erreur["extensions"]["champ"] == "after"
    assert (
        erreur["message"] == "`after` n'est pas un curseur de la liste `journal` triée par HORODATAGE_DESC."
    )


async def test_un_curseur_before_de_l_attaque_est_refuse_comme_after(hub: Hub, base_securite: Base) -> None:
    curseur = _curseur(["journal", "HORODATAGE_DESC", ["2024-01-01T00:00:00", 1]])  # an instant without zone
    async with hub() as client:
        response = await poster(
            client,
            _query("journal", "HORODATAGE_DESC", "before"),
            {"c": curseur},
            token=_jeton(base_securite, ANCT),
        )
    erreur = _refus(response)
    assert erreur["extensions"]["champ"] == "before"
    assert (
        erreur["message"] == "`before` n'est pas un curseur de la liste `journal` triée par HORODATAGE_DESC."
    )


async def test_un_curseur_bien_forme_est_accepte(hub: Hub, base_securite: Base) -> None:
    # The tests above could pass by refusing everything: well-typed keys in range still page.
    for champ, tri, cles in (
        ("journal", "HORODATAGE_DESC", ["2024-01-01T00:00:00+00:00", 2**63 - 1]),
        ("structures", "NOM", ["Mairie", "00000000-0000-0000-0000-000000000000"]),
        ("lieux", "NOM", ["Médiathèque", "00000000-0000-0000-0000-000000000000"]),
    ):
        curseur = _curseur([CONNEXIONS[champ].nom, tri, cles])
        for argument in ("after", "before"):
            async with hub() as client:
                response = await poster(
                    client, _query(champ, tri, argument), {"c": curseur}, token=_jeton(base_securite, ANCT)
                )
            assert "errors" not in response.json(), response.json()
