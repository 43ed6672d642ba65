"""schema/pagination.py keeps the statement of a first page, by principal, page, filter SQL and values,
and joined relations: asked again, the page reuses it; anything that changes the rows gets its own."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import ColumnElement

from hub.memoire import Memoire
from hub.models import Conseiller
from schema import pagination
from schema.filtres import territoire
from tests.schema.conftest import Api
from tests.schema.roles import principal

PAR_DEPARTEMENT = """query ($d: String, $r: String) {
  conseillers(first: 100, filtre: {departement: $d, region: $r}) { nodes { id departement { code } } } }"""
AVEC_STRUCTURE = """query { conseillers(first: 100, filtre: {departement: "57"}) {
  nodes { id structure { id } } } }"""
SANS_FILTRE = """query { conseillers(first: 100) { nodes { id } } }"""
SANS_STRUCTURE = """query { conseillers(first: 100, filtre: {departement: "57"}) { nodes { id } } }"""


def _ids(body: dict[str, Any]) -> set[str]:
    return {c["id"] for c in body["data"]["conseillers"]["nodes"]}


def _codes(body: dict[str, Any]) -> set[str]:
    return {c["departement"]["code"] for c in body["data"]["conseillers"]["nodes"]}


async def test_une_page_redemandee_reprend_son_statement(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    construits: list[object] = []
    construire = pagination.Jointures.appliquer

    def compter(self: pagination.Jointures, statement: Any) -> Any:
        construits.append(statement)
        return construire(self, statement)

    monkeypatch.setattr(pagination.Jointures, "appliquer", compter)
    monkeypatch.setattr(pagination, "_PAGES", Memoire(4096))
    anct = principal("anct", api.monde)
    premiere = await api.demander(anct, AVEC_STRUCTURE)
    seconde = await api.demander(anct, AVEC_STRUCTURE)
    assert premiere == seconde
    assert len(construits) == 1
    await api.demander(anct, SANS_STRUCTURE)  # other joins: another statement
    assert len(construits) == 2


async def test_les_valeurs_des_filtres_font_partie_de_la_cle(api: Api) -> None:
    anct = principal("anct", api.monde)
    assert _codes(await api.demander(anct, PAR_DEPARTEMENT, {"d": "57"})) == {"57"}
    assert _codes(await api.demander(anct, PAR_DEPARTEMENT, {"d": "13"})) == {"13"}
    region_grand_est = _codes(await api.demander(anct, PAR_DEPARTEMENT, {"r": "44"}))
    assert "57" in region_grand_est
    assert "13" not in region_grand_est
    assert _codes(await api.demander(anct, PAR_DEPARTEMENT, {"r": "93"})) == {"13"}


async def test_chaque_principal_a_ses_pages(api: Api) -> None:
    """The same document for two préfectures (nothing joined, so only the principal differs): each
    reads its own département."""
    anct = principal("anct", api.monde)
    for role, code in (("prefecture 57", "57"), ("prefecture 13", "13"), ("prefecture 57", "57")):
        body = await api.demander(principal(role, api.monde), SANS_FILTRE)
        attendu = await api.demander(anct, PAR_DEPARTEMENT, {"d": code})
        assert _ids(body) == _ids(attendu) != set()


async def test_une_page_apres_un_curseur_n_est_pas_gardee(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "_PAGES", Memoire(4096))
    anct = principal("anct", api.monde)
    body = await api.demander(anct, "query { conseillers(first: 2) { pageInfo { endCursor } } }")
    curseur = body["data"]["conseillers"]["pageInfo"]["endCursor"]
    suite = await api.demander(
        anct, "query ($a: String) { conseillers(first: 2, after: $a) { nodes { id } } }", {"a": curseur}
    )
    assert len(suite["data"]["conseillers"]["nodes"]) == 2
    assert len(pagination._PAGES) == 1  # the first page only


def test_la_cle_des_conditions_suit_le_sql_et_les_valeurs() -> None:
    def cle(*conditions: ColumnElement[bool]) -> object:
        return pagination._cle_des_conditions(conditions)

    colonne = Conseiller.departement_code
    assert cle(territoire(colonne, "57", None)) == cle(territoire(colonne, "57", None))
    assert cle(territoire(colonne, "57", None)) != cle(territoire(colonne, "13", None))
    assert cle(territoire(colonne, None, "44")) == cle(territoire(colonne, None, "44"))  # an IN list
    assert cle(territoire(colonne, None, "44")) != cle(territoire(colonne, None, "93"))
    assert cle(colonne == "57") != cle(colonne != "57")
    assert cle(territoire(colonne, "57", None)) != cle(territoire(colonne, "57", None), colonne != "13")


async def test_la_derniere_page_a_son_propre_statement(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a kept first page of 5 conseillers
    monkeypatch.setattr(pagination, "_PAGES", Memoire(4096))
    anct = principal("anct", api.monde)
    premiers = await api.demander(anct, "{ conseillers(first: 5) { nodes { id } } }")
    # When the last 5 are asked (same size, same list, same principal), then the first 5 again
    derniers = await api.demander(anct, "{ conseillers(last: 5) { nodes { id } } }")
    encore = await api.demander(anct, "{ conseillers(first: 5) { nodes { id } } }")
    # Then each direction reads its own rows: the kept statement is keyed by the direction too
    assert _ids(premiers).isdisjoint(_ids(derniers))
    assert encore == premiers
    assert len(pagination._PAGES) == 2
