"""Connections: bounded `first`, keyset cursors walked end to end, filters, and refused input."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from auth.rls import contexte_systeme
from tests.schema.conftest import Api
from tests.schema.roles import principal


def _erreur(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("data") is None or all(v is None for v in body["data"].values()), body
    (erreur,) = body["errors"]
    return erreur["extensions"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("requete", "champ"),
    [
        ("{ structures(first: 0) { nodes { id } } }", "first"),
        ("{ structures(first: 101) { nodes { id } } }", "first"),
        ("{ activites(first: -1) { nodes { id } } }", "first"),
        ('{ structures(first: 10, after: "pas-un-curseur") { nodes { id } } }', "after"),
        ('{ structures(first: 10, filtre: {departement: "99"}) { nodes { id } } }', "filtre.departement"),
        ('{ lieux(first: 10, filtre: {region: "99"}) { nodes { id } } }', "filtre.region"),
        (
            '{ sitesFranceServices(first: 10, filtre: {departement: "2C"}) { nodes { id } } }',
            "filtre.departement",
        ),
        (
            '{ activites(first: 9, filtre: {periode: {du: "2021-02-01", au: "2021-01-01"}}) { totalCount } }',
            "filtre.periode",
        ),
        ('{ node(id: "%%%") { id } }', "id"),
        ('{ node(id: "VHJ1Yzo0Mg") { id } }', "id"),  # "Truc:42": not a type of the API
        ('{ structure(id: "U3RydWN0dXJlOm5vbi11dWlk") { id } }', "id"),  # "Structure:non-uuid"
    ],
)
async def test_une_saisie_invalide_donne_bad_user_input_nommant_le_champ(
    api: Api, requete: str, champ: str
) -> None:
    body = await api.demander(principal("anct", api.monde), requete, expect_errors=True)
    assert _erreur(body) == {"code": "BAD_USER_INPUT", "champ": champ}


async def test_un_first_imbrique_hors_bornes_est_refuse(api: Api) -> None:
    body = await api.demander(
        principal("anct", api.monde),
        "{ structures(first: 1) { nodes { postes(first: 101) { nodes { id } } } } }",
        expect_errors=True,
    )
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "champ": "first"}


async def test_un_curseur_d_une_autre_liste_ou_d_un_autre_tri_est_refuse(api: Api) -> None:
    anct = principal("anct", api.monde)
    lieux = await api.demander(anct, "{ lieux(first: 1) { pageInfo { endCursor } } }")
    curseur_lieux = lieux["data"]["lieux"]["pageInfo"]["endCursor"]
    par_nom = await api.demander(anct, "{ structures(first: 1, tri: NOM) { pageInfo { endCursor } } }")
    curseur_nom = par_nom["data"]["structures"]["pageInfo"]["endCursor"]
    for requete, curseur in (
        ("query ($c: String) { structures(first: 5, after: $c) { nodes { id } } }", curseur_lieux),
        (
            "query ($c: String) { structures(first: 5, after: $c, tri: DEPARTEMENT) { nodes { id } } }",
            curseur_nom,
        ),
    ):
        body = await api.demander(anct, requete, {"c": curseur}, expect_errors=True)
        assert _erreur(body) == {"code": "BAD_USER_INPUT", "champ": "after"}


async def test_structure_avec_l_identifiant_d_un_autre_type_est_refusee(api: Api) -> None:
    anct = principal("anct", api.monde)
    lieu = await api.demander(anct, "{ lieux(first: 1) { nodes { id } } }")
    identifiant = lieu["data"]["lieux"]["nodes"][0]["id"]
    body = await api.demander(anct, f'{{ structure(id: "{identifiant}") {{ id }} }}', expect_errors=True)
    assert _erreur(body) == {"code": "BAD_USER_INPUT", "champ": "id"}


# (role, list, tri, table): walking every page must give every row exactly once, in order.
TAILLE_DE_PAGE = {"mandats": 2}  # the aidant reads 3 mandats: small pages, so its cursors are used
PARCOURS = [
    ("anct", "structures", "NOM", "structure"),
    ("anct", "structures", "DEPARTEMENT", "structure"),
    ("prefecture 57", "postes", "ETAT", "poste"),
    ("anct", "conseillers", "ID", "conseiller"),
    ("anct", "contrats", "STATUT", "contrat"),
    ("anct", "subventions", "DEPARTEMENT", "subvention"),
    ("anct", "activites", "DATE_DESC", "activite"),
    ("structure", "activites", "DATE", "activite"),
    ("anonyme", "lieux", "NOM", "lieu"),
    ("anonyme", "sitesFranceServices", "DEPARTEMENT", "site_france_services"),
    ("aidant", "mandats", "DATE_EXPIRATION", "mandat"),
    ("anct", "journal", "HORODATAGE_DESC", "journal"),
]


@pytest.mark.parametrize(("role", "liste", "tri", "table"), PARCOURS)
async def test_le_parcours_par_curseurs_donne_chaque_ligne_une_fois(
    api: Api, role: str, liste: str, tri: str, table: str
) -> None:
    qui = principal(role, api.monde)
    taille = TAILLE_DE_PAGE.get(liste, 7)
    requete = f"query ($c: String) {{ {liste}(first: {taille}, after: $c, tri: {tri}) {{ totalCount"
    requete += " pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }"
    vus: list[str] = []
    curseur = None
    while True:
        connexion = (await api.demander(qui, requete, {"c": curseur}))["data"][liste]
        assert len(connexion["edges"]) <= taille
        vus += [edge["node"]["id"] for edge in connexion["edges"]]
        if not connexion["pageInfo"]["hasNextPage"]:
            break
        assert connexion["pageInfo"]["endCursor"] == connexion["edges"][-1]["cursor"]
        curseur = connexion["pageInfo"]["endCursor"]
    assert len(vus) == len(set(vus)) == connexion["totalCount"]
    if role == "anct":
        async with api.database.sessions() as session:
            await contexte_systeme(session)  # an oracle reading every row (the owner is bound by RLS)
            total = (await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
        assert len(vus) == total > taille


async def test_les_pages_d_une_relation_imbriquee_se_parcourent(api: Api) -> None:
    anct = principal("anct", api.monde)
    requete = """query ($c: String) { structures(first: 1, tri: NOM) { nodes { postes(first: 4, after: $c) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id dateAttribution } } } } }"""
    vus: list[dict[str, str]] = []
    curseur = None
    while True:
        postes = (await api.demander(anct, requete, {"c": curseur}))["data"]["structures"]["nodes"][0][
            "postes"
        ]
        vus += postes["nodes"]
        if not postes["pageInfo"]["hasNextPage"]:
            break
        curseur = postes["pageInfo"]["endCursor"]
    assert len({p["id"] for p in vus}) == len(vus) == postes["totalCount"] == 6
    assert [p["dateAttribution"] for p in vus] == sorted(p["dateAttribution"] for p in vus)


@pytest.mark.parametrize(
    ("requete", "liste", "sql"),
    [
        (
            'structures(first: 5, filtre: {region: "44"})',
            "structures",
            "SELECT count(*) FROM structure WHERE departement_code IN ('57', '54')",
        ),
        (
            'structures(first: 5, filtre: {nom: "13-00", departement: "13"})',
            "structures",
            "SELECT count(*) FROM structure WHERE nom LIKE '%13-00%' AND departement_code = '13'",
        ),
        (
            'structures(first: 5, filtre: {nom: "structure 54"})',
            "structures",
            "SELECT count(*) FROM structure WHERE departement_code = '54'",
        ),
        (
            "postes(first: 5, filtre: {etat: VACANT})",
            "postes",
            "SELECT count(*) FROM poste WHERE etat = 'vacant'",
        ),
        (
            "contrats(first: 5, filtre: {statut: ROMPU})",
            "contrats",
            "SELECT count(*) FROM contrat WHERE statut = 'rompu'",
        ),
        (
            'activites(first: 5, filtre: {periode: {du: "2021-04-12", au: "2021-04-12"}})',
            "activites",
            "SELECT count(*) FROM activite WHERE date = '2021-04-12'",
        ),
        (
            "sitesFranceServices(first: 5, filtre: {type: ANTENNE})",
            "sitesFranceServices",
            "SELECT count(*) FROM site_france_services WHERE type = 'antenne'",
        ),
        (
            'journal(first: 5, filtre: {action: "creer_mandat"})',
            "journal",
            "SELECT count(*) FROM journal WHERE action = 'creer_mandat'",
        ),
    ],
)
async def test_total_count_et_filtres_concordent_avec_sql(
    api: Api, requete: str, liste: str, sql: str
) -> None:
    body = await api.demander(
        principal("anct", api.monde), f"{{ {requete} {{ totalCount nodes {{ id }} }} }}"
    )
    async with api.database.sessions() as session:
        await contexte_systeme(session)  # an oracle reading every row (the owner is bound by RLS)
        attendu = (await session.execute(text(sql))).scalar_one()
    assert body["data"][liste]["totalCount"] == attendu > 0
    assert len(body["data"][liste]["nodes"]) == min(5, attendu)


async def test_le_statut_filtre_en_sql_est_le_statut_derive(api: Api) -> None:
    aidant = principal("aidant", api.monde)
    body = await api.demander(aidant, "{ mandats(first: 10) { nodes { id statut } } }")
    derives = {m["id"]: m["statut"] for m in body["data"]["mandats"]["nodes"]}
    assert sorted(derives.values()) == ["ACTIF", "EXPIRE", "REVOQUE"]
    for statut in ("ACTIF", "EXPIRE", "REVOQUE"):
        filtre = await api.demander(
            aidant, f"{{ mandats(first: 10, filtre: {{statut: {statut}}}) {{ nodes {{ id }} }} }}"
        )
        assert {m["id"] for m in filtre["data"]["mandats"]["nodes"]} == {
            i for i, s in derives.items() if s == statut
        }


async def test_les_montants_sont_en_euros(api: Api) -> None:
    body = await api.demander(
        principal("anct", api.monde),
        "{ subventions(first: 1) { nodes { montant versements { numero montant } } } enveloppes(first: 5) {"
        " nodes { code montant plafonds { montant departement { code } } } } }",
    )
    subvention = body["data"]["subventions"]["nodes"][0]
    assert subvention == {"montant": 50000.0, "versements": [{"numero": 1, "montant": 16666.67}]}
    enveloppes = {e["code"]: e for e in body["data"]["enveloppes"]["nodes"]}
    assert enveloppes["CONSEILLERS"]["montant"] == 200_000_000.0
    assert {p["departement"]["code"] for p in enveloppes["CONSEILLERS"]["plafonds"]} == {"13", "54", "57"}


async def test_node_rend_l_objet_de_son_identifiant_global(api: Api) -> None:
    anct = principal("anct", api.monde)
    listes = await api.demander(
        anct,
        "{ journal(first: 1, tri: HORODATAGE) { nodes { id action } } lieux(first: 1) { nodes { id nom } } }",
    )
    entree = listes["data"]["journal"]["nodes"][0]
    lieu = listes["data"]["lieux"]["nodes"][0]
    body = await api.demander(
        anct,
        f'{{ a: node(id: "{entree["id"]}") {{ id ... on EntreeJournal {{ action }} }}'
        f' b: node(id: "{lieu["id"]}") {{ id ... on Lieu {{ nom }} }} }}',
    )
    assert body["data"] == {"a": entree, "b": lieu}
