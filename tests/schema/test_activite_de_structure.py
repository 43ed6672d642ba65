"""`Structure.activite`: a structure's activités by month and thème, counted among the rows the caller
may read; null for who reads none; two statements whatever the number of structures."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from hub.models import Activite, ActiviteTheme, Conseiller
from tests.schema.conftest import Api
from tests.schema.roles import principal
from tests.schema.test_requetes_sql import compter_les_requetes
from tests.seed.sql import en_systeme

UNE = """query ($id: ID!) { structure(id: $id) { activite {
  total parMois { valeur libelle nombre proportion } parTheme { valeur libelle nombre proportion } } } }"""
PAGE = """query ($n: Int!) { structures(first: $n) { nodes { id activite {
  total parMois { nombre } parTheme { nombre } } } } }"""


async def _attendu(
    api: Api, structure_id: object, conseiller_id: object = None
) -> tuple[Counter[str], Counter[str]]:
    """Months and thèmes of the structure's activités, read by the owner (outside any policy)."""
    condition = [Activite.structure_id == structure_id]
    if conseiller_id is not None:
        condition.append(Activite.conseiller_id == conseiller_id)
    async with en_systeme(api.database) as session:
        dates = (await session.scalars(select(Activite.date).where(*condition))).all()
        themes = (
            await session.scalars(
                select(ActiviteTheme.theme)
                .join(Activite, Activite.id == ActiviteTheme.activite_id)
                .where(*condition)
            )
        ).all()
    return Counter(f"{d:%Y-%m}" for d in dates), Counter(t.name for t in themes)


async def _structure_57(api: Api) -> tuple[str, object]:
    """The global id and primary key of the structure the `structure` principal is (Moselle)."""
    structure = principal("structure", api.monde)
    assert structure is not None
    body = await api.demander(structure, "{ structures(first: 1) { nodes { id } } }")
    return str(body["data"]["structures"]["nodes"][0]["id"]), structure.structure_id


@pytest.mark.parametrize("role", ["anct", "prefecture 57", "structure"])
async def test_qui_lit_les_activites_de_la_structure_les_compte_toutes(api: Api, role: str) -> None:
    identifiant, pk = await _structure_57(api)
    mois, themes = await _attendu(api, pk)
    assert sum(mois.values()) > 0  # the world gives this structure activités
    activite = (await api.demander(principal(role, api.monde), UNE, {"id": identifiant}))["data"][
        "structure"
    ]["activite"]
    assert activite["total"] == sum(mois.values())
    assert {b["valeur"]: b["nombre"] for b in activite["parMois"]} == dict(mois)
    assert [b["valeur"] for b in activite["parMois"]] == sorted(mois)
    assert {b["valeur"]: b["nombre"] for b in activite["parTheme"]} == dict(themes)
    assert sum(b["proportion"] for b in activite["parTheme"]) == pytest.approx(1.0)
    assert all(b["libelle"] for b in activite["parMois"] + activite["parTheme"])


async def test_un_conseiller_ne_compte_que_les_siennes(api: Api) -> None:
    conseiller = principal("conseiller", api.monde)
    assert conseiller is not None
    async with en_systeme(api.database) as session:
        structure_id = await session.scalar(
            select(Conseiller.structure_id).where(Conseiller.id == conseiller.conseiller_id)
        )
    body = await api.demander(conseiller, "{ structures(first: 5) { nodes { id activite { total } } } }")
    (noeud,) = body["data"]["structures"]["nodes"]
    mois, _ = await _attendu(api, structure_id, conseiller.conseiller_id)
    assert noeud["activite"]["total"] == sum(mois.values())


@pytest.mark.parametrize("role", ["partenaire structures:read"])
async def test_qui_ne_lit_aucune_activite_recoit_null_et_non_zero(api: Api, role: str) -> None:
    body = await api.demander(principal(role, api.monde), PAGE, {"n": 5})
    noeuds = body["data"]["structures"]["nodes"]
    assert noeuds  # the partner reads the public directory
    assert all(n["activite"] is None for n in noeuds)


async def test_deux_requetes_quel_que_soit_le_nombre_de_structures(api: Api) -> None:
    anct = principal("anct", api.monde)
    comptes = {}
    for n in (10, 100):
        with compter_les_requetes(api) as statements:
            body = await api.demander(anct, PAGE, {"n": n})
        assert len(body["data"]["structures"]["nodes"]) == n
        comptes[n] = len(statements)
    with compter_les_requetes(api) as base:
        await api.demander(anct, "{ structures(first: 10) { nodes { id } } }")
    assert comptes[10] == comptes[100] == len(base) + 2
