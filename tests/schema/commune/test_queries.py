"""`commune(codeInsee)`, `epci(siren)`, the communes of a département or an EPCI, and the links to them."""

from __future__ import annotations

from typing import Any, cast

import pytest
from sqlalchemy import event

from auth.principal import Principal
from hub.models.enums import Role
from tests.auth.world import make_lieu, make_site_france_services, make_structure, systeme
from tests.ecriture import Hub
from tests.graphql_client import graphql
from tests.schema.commune.referentiel import (
    DEUX_RIVES,
    HOMBOURG,
    LUNEVILLE,
    MEMBRES,
    METZ,
    METZ_METROPOLE,
    SARREBOURG,
    WOIPPY,
    importer_referentiel,
)

COMMUNE = """query($code: String!) { commune(codeInsee: $code) {
  codeInsee nom population departement { code nom } epci { siren nom nature } } }"""
EPCI = """query($siren: String!, $apres: String) { epci(siren: $siren) {
  siren nom nature population departements { code }
  communes(first: 1, after: $apres) {
    totalCount nodes { codeInsee } pageInfo { hasNextPage endCursor } } } }"""


async def _referentiel(ecriture: Hub) -> None:
    async with systeme(ecriture.scene.database) as session:
        await importer_referentiel(session)


QUI = ("anonyme", "partenaire", "anct", "prefecture_13", "structure", "conseiller", "aidant")
PARTENAIRE = Principal(
    Role.PARTENAIRE, subject="outil", client_id="outil", scopes=frozenset({"structures:read"})
)


def _principal(ecriture: Hub, qui: str) -> Principal | None:
    if qui == "anonyme":
        return None
    return PARTENAIRE if qui == "partenaire" else cast("Principal", getattr(ecriture.scene, qui))


@pytest.mark.parametrize("qui", QUI)
async def test_une_commune_se_lit_par_son_code_insee_avec_son_departement_et_son_epci(
    ecriture: Hub, qui: str
) -> None:
    # Given the imported référentiel; when anyone (public data, even without a token) asks Metz
    await _referentiel(ecriture)
    commune = (await ecriture.demander(_principal(ecriture, qui), COMMUNE, {"code": METZ}))["commune"]
    # Then it comes with its département and its EPCI
    assert commune == {
        "codeInsee": METZ,
        "nom": "Metz",
        "population": 120_211,
        "departement": {"code": "57", "nom": "Moselle"},
        "epci": {"siren": METZ_METROPOLE, "nom": "Metz Métropole", "nature": "METRO"},
    }


async def test_une_commune_hors_epci_ou_absente_du_referentiel(ecriture: Hub) -> None:
    await _referentiel(ecriture)
    hombourg = (await ecriture.demander(None, COMMUNE, {"code": HOMBOURG}))["commune"]
    assert hombourg["epci"] is None
    assert hombourg["population"] is None
    assert (await ecriture.demander(None, COMMUNE, {"code": "99999"}))["commune"] is None
    assert (await ecriture.demander(None, EPCI, {"siren": "123456789"}))["epci"] is None


@pytest.mark.parametrize("qui", QUI)
async def test_un_epci_donne_ses_communes_page_par_page_et_tous_ses_departements(
    ecriture: Hub, qui: str
) -> None:
    # Given an EPCI that straddles Moselle and Meurthe-et-Moselle; when anyone asks it
    await _referentiel(ecriture)
    premiere = (await ecriture.demander(_principal(ecriture, qui), EPCI, {"siren": DEUX_RIVES}))["epci"]
    # Then it lists both départements, and its two communes page after page, by code INSEE
    assert premiere["departements"] == [{"code": "54"}, {"code": "57"}]
    assert premiere["nature"] == "CC"
    assert premiere["population"] == 30_000
    page = premiere["communes"]
    assert page["totalCount"] == 2
    assert page["nodes"] == [{"codeInsee": LUNEVILLE}]
    assert page["pageInfo"]["hasNextPage"]
    apres = {"siren": DEUX_RIVES, "apres": page["pageInfo"]["endCursor"]}
    suite = (await ecriture.demander(None, EPCI, apres))["epci"]["communes"]
    assert suite["nodes"] == [{"codeInsee": SARREBOURG}]
    assert not suite["pageInfo"]["hasNextPage"]


async def test_les_communes_d_un_departement_sont_paginees_par_code(ecriture: Hub) -> None:
    await _referentiel(ecriture)
    query = '{ departement(code: "57") { communes(first: 10) { totalCount nodes { codeInsee } } } }'
    communes = (await ecriture.demander(None, query))["departement"]["communes"]
    assert communes["totalCount"] == 4
    assert [c["codeInsee"] for c in communes["nodes"]] == sorted([METZ, WOIPPY, SARREBOURG, HOMBOURG])


async def test_une_page_de_communes_trop_grande_est_refusee(ecriture: Hub) -> None:
    query = '{ departement(code: "57") { communes(first: 101) { nodes { codeInsee } } } }'
    body = await graphql(ecriture.client, query, expect_errors=True)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert body["errors"][0]["extensions"]["champ"] == "first"


async def test_lieux_sites_et_structures_menent_a_leur_commune_sans_requete_par_ligne(ecriture: Hub) -> None:
    # Given lieux, France Services sites and structures in Metz and Woippy
    await _referentiel(ecriture)
    async with systeme(ecriture.scene.database) as session:
        for code in (METZ, WOIPPY, METZ, WOIPPY):
            await make_lieu(session, code_insee=code)
            await make_site_france_services(session, code_insee=code)
            await make_structure(session, code_commune=code)
    query = """{
      lieux(first: 50) { nodes { codeInsee communeReferentiel { codeInsee epci { siren } } } }
      sitesFranceServices(first: 50) { nodes { codeInsee communeReferentiel { nom departement { code } } } }
      structures(first: 50) { nodes { codeCommune communeReferentiel { codeInsee epci { nom } } } }
    }"""
    statements: list[str] = []

    def compter(*args: Any) -> None:
        statements.append(args[2])

    moteur = ecriture.scene.database.engine.sync_engine
    event.listen(moteur, "before_cursor_execute", compter)
    try:
        data = await ecriture.demander(ecriture.scene.anct, query)
    finally:
        event.remove(moteur, "before_cursor_execute", compter)
    # Then each row knows its commune (null when its code is not in the référentiel)
    for liste, cle in (
        ("lieux", "codeInsee"),
        ("sitesFranceServices", "codeInsee"),
        ("structures", "codeCommune"),
    ):
        for noeud in data[liste]["nodes"]:
            if noeud[cle] in {m.code for m in MEMBRES}:
                assert noeud["communeReferentiel"] is not None, (liste, noeud)
            else:
                assert noeud["communeReferentiel"] is None, (liste, noeud)
    metz = [n for n in data["lieux"]["nodes"] if n["codeInsee"] == METZ]
    assert len(metz) == 2
    assert metz[0]["communeReferentiel"]["epci"] == {"siren": METZ_METROPOLE}
    # And the number of statements does not grow with the rows: a handful per list, whatever their size
    assert len(statements) <= 12, statements


async def test_les_communes_de_chaque_epci_de_chaque_departement_depassent_le_cout_permis(
    ecriture: Hub,
) -> None:
    # 107 départements × 100 communes × their EPCI's 100 communes: refused before any SQL
    query = """{ departements { communes(first: 100) { nodes { epci {
      communes(first: 100) { nodes { codeInsee } } } } } } }"""
    body = await graphql(ecriture.client, query, expect_errors=True)
    assert "data" not in body
    assert body["errors"][0]["extensions"]["code"] == "COST_LIMIT_EXCEEDED"
    # And a page of one département's communes with their EPCI is within it
    await _referentiel(ecriture)
    permis = '{ departement(code: "57") { communes(first: 100) { nodes { epci { siren } } } } }'
    assert len((await ecriture.demander(None, permis))["departement"]["communes"]["nodes"]) == 4
