"""Backward pagination: `last`/`before` walk every connection from its end, exactly the reverse of
`first`/`after`, within the same bounds, errors and policy."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from auth.principal import Principal
from auth.rls import contexte_systeme
from schema.relay import to_global_id
from tests.schema.conftest import Api
from tests.schema.roles import principal

SELECTION = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }"


async def _page(
    api: Api, qui: Principal | None, liste: str, tri: str, arguments: str, curseurs: dict[str, str | None]
) -> dict[str, Any]:
    variables = ", ".join(f"${nom}: String" for nom in curseurs)
    passes = "".join(f", {nom}: ${nom}" for nom in curseurs)
    requete = f"query ({variables}) {{ {liste}({arguments}{passes}, tri: {tri}) {{ {SELECTION} }} }}"
    connexion: dict[str, Any] = (await api.demander(qui, requete, curseurs))["data"][liste]
    if connexion["edges"]:
        assert connexion["pageInfo"]["startCursor"] == connexion["edges"][0]["cursor"]
        assert connexion["pageInfo"]["endCursor"] == connexion["edges"][-1]["cursor"]
    return connexion


async def _en_avant(
    api: Api, qui: Principal | None, liste: str, tri: str, taille: int
) -> tuple[list[str], list[str]]:
    """Every row's id and cursor, walking `first`/`after` from the start."""
    ids: list[str] = []
    curseurs: list[str] = []
    apres = None
    while True:
        connexion = await _page(api, qui, liste, tri, f"first: {taille}", {"after": apres})
        assert len(connexion["edges"]) <= taille
        assert connexion["pageInfo"]["hasPreviousPage"] is False  # documented: `first` does not look back
        ids += [edge["node"]["id"] for edge in connexion["edges"]]
        curseurs += [edge["cursor"] for edge in connexion["edges"]]
        if not connexion["pageInfo"]["hasNextPage"]:
            return ids, curseurs
        apres = connexion["pageInfo"]["endCursor"]


async def _en_arriere(api: Api, qui: Principal | None, liste: str, tri: str, taille: int) -> list[str]:
    """Every row's id in the order they are met walking `last`/`before` from the end."""
    rencontres: list[str] = []
    avant = None
    while True:
        connexion = await _page(api, qui, liste, tri, f"last: {taille}", {"before": avant})
        assert len(connexion["edges"]) <= taille
        assert connexion["pageInfo"]["hasNextPage"] is False  # documented: `last` does not look ahead
        rencontres += [edge["node"]["id"] for edge in reversed(connexion["edges"])]
        if not connexion["pageInfo"]["hasPreviousPage"]:
            return rencontres
        avant = connexion["pageInfo"]["startCursor"]


# (role, list, tri, smallest page size): ties (ETAT, DEPARTEMENT, STATUT) are broken by the id, so the
# reverse order must reverse them too; the smallest size keeps the 105-row lists to a few pages.
LISTES = [
    ("prefecture 13", "postes", "ETAT", 1),
    ("prefecture 57", "structures", "NOM", 9),
    ("anct", "structures", "DEPARTEMENT", 9),
    ("anct", "contrats", "STATUT", 12),
    ("anct", "journal", "HORODATAGE_DESC", 1),
    ("structure", "activites", "DATE_DESC", 1),
    ("aidant", "mandats", "DATE_EXPIRATION", 1),
    ("anonyme", "lieux", "NOM", 1),
    ("anonyme", "sitesFranceServices", "DEPARTEMENT", 1),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), cible=st.sampled_from(LISTES))
async def test_le_parcours_depuis_la_fin_est_l_inverse_du_parcours_depuis_le_debut(
    api: Api, data: st.DataObject, cible: tuple[str, str, str, int]
) -> None:
    role, liste, tri, minimum = cible
    qui = principal(role, api.monde)
    en_avant, _ = await _en_avant(api, qui, liste, tri, data.draw(st.integers(minimum, 40), "first"))
    en_arriere = await _en_arriere(api, qui, liste, tri, data.draw(st.integers(minimum, 40), "last"))
    assert en_arriere == en_avant[::-1]
    assert len(set(en_avant)) == len(en_avant) > 0


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), taille=st.integers(1, 20), arriere=st.booleans())
async def test_entre_deux_curseurs_first_et_last_prennent_les_bouts_de_l_intervalle(
    api: Api, data: st.DataObject, taille: int, arriere: bool
) -> None:
    qui = principal("prefecture 13", api.monde)
    ids, curseurs = await _en_avant(api, qui, "postes", "ETAT", 20)
    debut = data.draw(st.integers(0, len(ids) - 1), "after")
    fin = data.draw(st.integers(debut, len(ids) - 1), "before")
    arguments = f"last: {taille}" if arriere else f"first: {taille}"
    connexion = await _page(
        api, qui, "postes", "ETAT", arguments, {"after": curseurs[debut], "before": curseurs[fin]}
    )
    intervalle = ids[debut + 1 : fin]
    attendus = intervalle[-taille:] if arriere else intervalle[:taille]
    assert [edge["node"]["id"] for edge in connexion["edges"]] == attendus
    encore = len(intervalle) > taille
    assert connexion["pageInfo"]["hasPreviousPage"] is (encore and arriere)
    assert connexion["pageInfo"]["hasNextPage"] is (encore and not arriere)


async def test_last_donne_les_derniers_dans_l_ordre_de_la_liste(api: Api) -> None:
    anct = principal("anct", api.monde)
    tous = await api.demander(anct, "{ structures(first: 100, tri: NOM) { totalCount nodes { nom } } }")
    derniers = await api.demander(
        anct,
        "{ structures(last: 3, tri: NOM) { totalCount pageInfo { hasNextPage hasPreviousPage }"
        " nodes { nom } } }",
    )
    structures = derniers["data"]["structures"]
    async with api.database.sessions() as session:
        await contexte_systeme(session)  # an oracle reading every row (the owner is bound by RLS)
        total = (await session.execute(text("SELECT count(*) FROM structure"))).scalar_one()
    assert structures["totalCount"] == tous["data"]["structures"]["totalCount"] == total == 111
    noms = [s["nom"] for s in structures["nodes"]]
    assert noms == ["Structure 57-102", "Structure 57-103", "Structure 57-104"]
    assert structures["pageInfo"] == {"hasNextPage": False, "hasPreviousPage": True}


async def test_les_pages_d_une_relation_imbriquee_se_parcourent_depuis_la_fin(api: Api) -> None:
    anct = principal("anct", api.monde)
    requete = """query ($c: String) { structures(first: 1, tri: NOM) { nodes { postes(last: 4, before: $c) {
      pageInfo { hasPreviousPage hasNextPage startCursor } nodes { id dateAttribution } } } } }"""
    pages: list[list[dict[str, str]]] = []
    curseur = None
    while True:
        postes = (await api.demander(anct, requete, {"c": curseur}))["data"]["structures"]["nodes"][0][
            "postes"
        ]
        pages.append(postes["nodes"])
        assert postes["pageInfo"]["hasNextPage"] is False
        if not postes["pageInfo"]["hasPreviousPage"]:
            break
        curseur = postes["pageInfo"]["startCursor"]
    assert [len(p) for p in pages] == [4, 2]
    en_arriere = [poste for page in reversed(pages) for poste in page]
    en_avant = await api.demander(
        anct,
        "{ structures(first: 1, tri: NOM) { nodes { postes(first: 6) { nodes { id dateAttribution } } } } }",
    )
    assert en_arriere == en_avant["data"]["structures"]["nodes"][0]["postes"]["nodes"]


async def test_last_imbrique_coupe_la_fin_de_chaque_parent(api: Api) -> None:
    anct = principal("anct", api.monde)
    champs = "nodes { id postes(%s) { pageInfo { hasPreviousPage } nodes { id } } }"
    en_avant = await api.demander(anct, "{ structures(first: 100) { %s } }" % (champs % "first: 6"))
    derniers = await api.demander(anct, "{ structures(first: 100) { %s } }" % (champs % "last: 2"))
    paires = zip(
        en_avant["data"]["structures"]["nodes"], derniers["data"]["structures"]["nodes"], strict=True
    )
    for tous, fin in paires:
        assert tous["id"] == fin["id"]
        assert fin["postes"]["nodes"] == tous["postes"]["nodes"][-2:]
        assert fin["postes"]["pageInfo"]["hasPreviousPage"] is True


def _erreur(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("data") is None or all(v is None for v in body["data"].values()), body
    (erreur,) = body["errors"]
    return erreur  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("requete", "champ", "message"),
    [
        (
            "{ structures(first: 5, last: 5) { nodes { id } } }",
            "last",
            "`first` et `last` ne se combinent pas : demandez les premiers éléments (`first`, avec "
            "`after`) ou les derniers (`last`, avec `before`).",
        ),
        ("{ structures { nodes { id } } }", "first", "`first` ou `last` est requis (entre 1 et 100)."),
        (
            "{ structures(last: 0) { nodes { id } } }",
            "last",
            "`last` doit être compris entre 1 et 100 (reçu 0).",
        ),
        (
            "{ activites(last: 101) { nodes { id } } }",
            "last",
            "`last` doit être compris entre 1 et 100 (reçu 101).",
        ),
        (
            "{ structures(first: 1) { nodes { postes(last: -1) { nodes { id } } } } }",
            "last",
            "`last` doit être compris entre 1 et 100 (reçu -1).",
        ),
        (
            '{ structures(last: 10, before: "pas-un-curseur") { nodes { id } } }',
            "before",
            "`before` n'est pas un curseur de la liste `structures` triée par NOM.",
        ),
        (
            '{ structures(first: 10, after: "pas-un-curseur") { nodes { id } } }',
            "after",
            "`after` n'est pas un curseur de la liste `structures` triée par NOM.",
        ),
        (
            '{ lieux(last: 2, before: "eA", tri: DISTANCE, filtre: {pres: {latitude: 49, longitude: 6}})'
            " { nodes { id } } }",
            "before",
            "`before` n'est pas un curseur de la liste `lieux` triée par DISTANCE.",
        ),
        (
            "{ lieux(first: 2, last: 2, tri: DISTANCE, filtre: {pres: {latitude: 49, longitude: 6}})"
            " { nodes { id } } }",
            "last",
            None,
        ),
    ],
)
async def test_une_page_mal_demandee_est_refusee_en_francais_nommant_l_argument(
    api: Api, requete: str, champ: str, message: str | None
) -> None:
    erreur = _erreur(await api.demander(principal("anct", api.monde), requete, expect_errors=True))
    assert erreur["extensions"] == {"code": "BAD_USER_INPUT", "champ": champ}
    if message is not None:
        assert erreur["message"] == message


async def test_un_curseur_before_d_une_autre_liste_ou_d_un_autre_tri_est_refuse(api: Api) -> None:
    anct = principal("anct", api.monde)
    lieux = await api.demander(anct, "{ lieux(last: 1) { pageInfo { startCursor } } }")
    curseur_lieux = lieux["data"]["lieux"]["pageInfo"]["startCursor"]
    par_nom = await api.demander(anct, "{ structures(last: 1, tri: NOM) { pageInfo { startCursor } } }")
    curseur_nom = par_nom["data"]["structures"]["pageInfo"]["startCursor"]
    for requete, curseur in (
        ("query ($c: String) { structures(last: 5, before: $c) { nodes { id } } }", curseur_lieux),
        (
            "query ($c: String) { structures(last: 5, before: $c, tri: DEPARTEMENT) { nodes { id } } }",
            curseur_nom,
        ),
    ):
        erreur = _erreur(await api.demander(anct, requete, {"c": curseur}, expect_errors=True))
        assert erreur["extensions"] == {"code": "BAD_USER_INPUT", "champ": "before"}


async def test_before_ne_fait_voir_aucune_ligne_hors_de_portee(api: Api) -> None:
    # Given ANCT's cursors of the last structure by département (in 57) and of the first one of 57
    # (every row before it is in 13 or 54)
    anct = principal("anct", api.monde)
    tous, curseurs = await _en_avant(api, anct, "structures", "DEPARTEMENT", 100)
    premiere_de_57 = len(api.monde.structures["13"]) + len(api.monde.structures["54"])
    requete = """query ($c: String) { structures(last: 100, before: $c, tri: DEPARTEMENT) {
      pageInfo { hasPreviousPage } nodes { id departement { code } } } }"""
    # When the préfecture of 13 walks back from the end, and the préfecture of 57 from its first row
    treize = await api.demander(principal("prefecture 13", api.monde), requete, {"c": curseurs[-1]})
    moselle = await api.demander(
        principal("prefecture 57", api.monde), requete, {"c": curseurs[premiere_de_57]}
    )
    # Then the first sees its own 3 structures and nothing of 54 or 57 that lies between, the second
    # nothing at all
    structures = treize["data"]["structures"]
    de_13 = {to_global_id("Structure", i) for i in api.monde.structures["13"]}
    assert [n["id"] for n in structures["nodes"]] == [i for i in tous if i in de_13]
    assert len(de_13) == 3
    assert {n["departement"]["code"] for n in structures["nodes"]} == {"13"}
    assert structures["pageInfo"]["hasPreviousPage"] is False
    assert moselle["data"]["structures"] == {"pageInfo": {"hasPreviousPage": False}, "nodes": []}


async def test_before_imbrique_ne_fait_voir_aucune_ligne_hors_de_portee(api: Api) -> None:
    # Given ANCT's cursor of the last structure of Moselle, under the département
    anct = principal("anct", api.monde)
    requete = """query ($c: String) { departement(code: "57") {
      structures(last: 100, before: $c) { nodes { id departement { code } } } } }"""
    tous = await api.demander(anct, requete)
    fin = tous["data"]["departement"]["structures"]["nodes"]
    curseurs = await api.demander(
        anct, '{ departement(code: "57") { structures(last: 1) { pageInfo { startCursor } } } }'
    )
    curseur = curseurs["data"]["departement"]["structures"]["pageInfo"]["startCursor"]
    # When the préfectures of 13 and 57 walk back from it
    treize = await api.demander(principal("prefecture 13", api.monde), requete, {"c": curseur})
    moselle = await api.demander(principal("prefecture 57", api.monde), requete, {"c": curseur})
    # Then the préfecture of 13 reads none of Moselle's structures; that of 57 reads the 100 before it
    assert treize["data"]["departement"]["structures"]["nodes"] == []
    avant_la_derniere = moselle["data"]["departement"]["structures"]["nodes"]
    assert len(avant_la_derniere) == 100  # of Moselle's 105: the page is full
    assert avant_la_derniere[1:] == fin[:-1]  # the same rows, one place earlier
    assert {n["departement"]["code"] for n in fin} == {"57"}
