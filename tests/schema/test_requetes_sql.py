"""SQL discipline of the read API: bounded statement counts, and every statement from the policy."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from tests.schema.conftest import Api
from tests.schema.roles import principal

SCHEMA = Path(__file__).parents[2] / "schema"
# The only `select(` allowed under schema/: the outer SELECT of nested pages, which re-reads a
# subquery built from `auth.policy.readable` (see schema/pagination.py).
SELECT_PERMIS = {"pagination.py": 1}

TROIS_NIVEAUX = """query ($n: Int!) { structures(first: $n) { nodes { postes(first: 5) {
  totalCount pageInfo { hasNextPage } nodes { contrat { conseiller { nom } } } } } } }"""


@contextmanager
def compter_les_requetes(api: Api) -> Iterator[list[str]]:
    statements: list[str] = []

    def before_cursor_execute(*args: Any) -> None:
        statements.append(args[2])

    engine = api.app_database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before_cursor_execute)


async def test_le_nombre_de_requetes_ne_depend_pas_de_la_taille_des_pages(api: Api) -> None:
    anct = principal("anct", api.monde)
    with compter_les_requetes(api) as base:
        await api.demander(anct, "{ structures(first: 1) { nodes { id } } }")
    comptes = {}
    for n in (10, 100):
        with compter_les_requetes(api) as statements:
            body = await api.demander(anct, TROIS_NIVEAUX, {"n": n})
        structures = body["data"]["structures"]["nodes"]
        assert len(structures) == n
        assert all(len(s["postes"]["nodes"]) == 5 for s in structures)
        comptes[n] = len(statements)
    # One statement per level: structures, the postes of every structure (one window statement), the
    # COUNT of postes per structure (totalCount, grouped), their contracts in progress, their conseillers.
    assert comptes[10] == comptes[100] == len(base) + 4
    print(f"statements for the 3-level query: {comptes} (a one-level page: {len(base)})")


TROIS_NIVEAUX_DEPUIS_LA_FIN = """query ($n: Int!) { structures(last: $n) { nodes { postes(last: 5) {
  totalCount pageInfo { hasPreviousPage } nodes { contrat { conseiller { nom } } } } } } }"""


async def test_le_nombre_de_requetes_depuis_la_fin_ne_depend_pas_de_la_taille_des_pages(api: Api) -> None:
    anct = principal("anct", api.monde)
    with compter_les_requetes(api) as base:
        await api.demander(anct, "{ structures(last: 1) { nodes { id } } }")
    with compter_les_requetes(api) as en_avant:
        await api.demander(anct, TROIS_NIVEAUX, {"n": 10})
    comptes = {}
    for n in (10, 100):
        with compter_les_requetes(api) as statements:
            body = await api.demander(anct, TROIS_NIVEAUX_DEPUIS_LA_FIN, {"n": n})
        structures = body["data"]["structures"]["nodes"]
        assert len(structures) == n
        assert all(len(s["postes"]["nodes"]) == 5 for s in structures)
        assert all(s["postes"]["pageInfo"]["hasPreviousPage"] for s in structures)
        comptes[n] = len(statements)
    # The same statements as forwards: `last` reverses their ORDER BY, it adds none.
    assert comptes[10] == comptes[100] == len(base) + 4 == len(en_avant)


async def test_une_page_depuis_un_curseur_before_est_une_seule_requete(api: Api) -> None:
    anct = principal("anct", api.monde)
    fin = await api.demander(anct, "{ structures(last: 1) { pageInfo { startCursor } } }")
    curseur = fin["data"]["structures"]["pageInfo"]["startCursor"]
    with compter_les_requetes(api) as premiere:
        await api.demander(anct, "{ structures(first: 10) { nodes { id } } }")
    for n in (10, 100):
        with compter_les_requetes(api) as statements:
            body = await api.demander(
                anct,
                "query ($c: String, $n: Int) { structures(last: $n, before: $c) { nodes { id } } }",
                {"c": curseur, "n": n},
            )
        assert len(body["data"]["structures"]["nodes"]) == n
        assert len(statements) == len(premiere)
        (page,) = [s for s in statements if "structure" in s and "LIMIT" in s.upper()]
        assert "DESC" in page.upper()  # read backwards, in SQL


async def test_les_pages_imbriquees_sont_coupees_par_parent(api: Api) -> None:
    body = await api.demander(principal("anct", api.monde), TROIS_NIVEAUX, {"n": 100})
    for structure in body["data"]["structures"]["nodes"]:
        postes = structure["postes"]
        assert postes["totalCount"] == 6
        assert postes["pageInfo"]["hasNextPage"] is True
        conseillers = [p["contrat"]["conseiller"] for p in postes["nodes"] if p["contrat"]]
        assert len(conseillers) == 4
        assert all(c["nom"] for c in conseillers)


async def test_une_erreur_de_saisie_n_envoie_aucune_requete(api: Api) -> None:
    for requete in (
        "{ structures(first: 101) { nodes { id } } }",
        "{ structures(last: 101) { nodes { id } } }",
        "{ structures(first: 1, last: 1) { nodes { id } } }",
        '{ structures(last: 1, before: "abc") { nodes { id } } }',
    ):
        with compter_les_requetes(api) as statements:
            body = await api.demander(principal("anct", api.monde), requete, expect_errors=True)
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert statements == []


def test_aucun_select_nu_sous_schema() -> None:
    """Every statement of the API starts from auth.policy (readable / read_predicate)."""
    appels: dict[str, int] = {}
    imports: set[str] = set()
    for fichier in sorted(SCHEMA.rglob("*.py")):
        source = fichier.read_text(encoding="utf-8")
        nom = str(fichier.relative_to(SCHEMA))
        if n := len(re.findall(r"\bselect\(", source)):
            appels[nom] = n
        if re.search(r"^from sqlalchemy(\.\w+)* import [^\n]*\bselect\b", source, re.MULTILINE):
            imports.add(nom)
    assert appels == SELECT_PERMIS, f"select() outside auth.policy under schema/: {appels}"
    assert imports <= set(SELECT_PERMIS), f"sqlalchemy.select imported under schema/: {imports}"
