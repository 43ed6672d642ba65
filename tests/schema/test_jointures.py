"""schema/jointures.py: to-one relations joined to their page answer exactly what their loaders answer.

Every role of the authorization matrix runs the same nested queries twice: with the relations joined
to the page's statement, and with joins turned off (one statement per relation level, the loaders'
own statements). Data must be identical, nulls for out-of-scope or missing rows included; the joined
run must use fewer statements, and as many at `first: 10` as at `first: 100`.
"""

from __future__ import annotations

import pytest

from hub.models import Contrat, Subvention
from schema import jointures
from tests.schema.conftest import Api
from tests.schema.roles import ROLES, principal
from tests.schema.test_requetes_sql import compter_les_requetes

CONSEILLERS = """query ($n: Int!) { conseillers(first: $n) { nodes { id nom prenom email certifie
  structure { id nom type statut departement { code nom } }
  departement { code }
  contrat { id statut dateDebut structure { id siret } poste { id etat phase
    subvention { id montant dateFinConvention structure { id } }
    contrat { id } } } } } }"""
CONTRATS = """query ($n: Int!) { contrats(first: $n) { nodes { id type
  conseiller { id nom structure { id } contrat { id } }
  poste { id subvention { id poste { id } } contrat { conseiller { id email } } }
  structure { id nom } departement { code } } } }"""
POSTES = """query ($n: Int!) { postes(first: $n, tri: ETAT) { edges { cursor node { id etat
  structure { id nom departement { code } }
  contrat { id conseiller { id nom telephone } }
  subvention { id montant poste { id structure { id } } }
  contrats { id } } } } }"""
SUBVENTIONS = """query ($n: Int!) { subventions(first: $n) { nodes { id montant
  poste { id structure { id } contrat { id } } structure { id statut } } } }"""
ACTIVITES = """query ($n: Int!) { activites(first: $n) { nodes { id date
  conseiller { id nom structure { id } } structure { id } lieu { id nom } departement { code }
  themes { code } } } }"""
LIEUX = """query ($n: Int!) { lieux(first: $n) { nodes { id nom
  structure { id nom } departement { code } } } }"""

REQUETES = {
    "conseillers": CONSEILLERS,
    "contrats": CONTRATS,
    "postes": POSTES,
    "subventions": SUBVENTIONS,
    "activites": ACTIVITES,
    "lieux": LIEUX,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("liste", sorted(REQUETES))
async def test_les_relations_jointes_repondent_comme_leurs_loaders(
    api: Api, role: str, liste: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    qui = principal(role, api.monde)
    requete = REQUETES[liste]
    with compter_les_requetes(api) as jointes:
        attendu_ok = await api.demander(qui, requete, {"n": 100}, expect_errors=True)
    with monkeypatch.context() as m:
        m.setattr(jointures, "MAX_JOINTURES", 0)
        with compter_les_requetes(api) as par_niveau:
            sans_jointure = await api.demander(qui, requete, {"n": 100}, expect_errors=True)
    assert attendu_ok == sans_jointure
    noeuds = _noeuds(attendu_ok, liste)
    if noeuds:
        assert len(jointes) < len(par_niveau), (jointes, par_niveau)


def _noeuds(body: dict[str, object], liste: str) -> list[object]:
    data = body.get("data")
    if not isinstance(data, dict) or not isinstance(data.get(liste), dict):
        return []
    connexion = data[liste]
    return list(connexion.get("nodes") or connexion.get("edges") or [])


async def test_la_page_et_ses_relations_a_un_seul_niveau_font_une_requete(api: Api) -> None:
    """A préfecture's conseillers with structure, contrat, poste, subvention (the benchmark's list):
    the relations add no statement to the page's, at any page size."""
    prefecture = principal("prefecture 57", api.monde)
    with compter_les_requetes(api) as seule:
        await api.demander(prefecture, "query { conseillers(first: 1) { nodes { id } } }")
    for n in (1, 10, 100):
        with compter_les_requetes(api) as statements:
            body = await api.demander(prefecture, CONSEILLERS, {"n": n})
        conseillers = body["data"]["conseillers"]["nodes"]
        assert len(conseillers) == min(n, len(api.monde.conseillers["57"]))
        if n == 100:  # the whole département: some have a contract, a poste and its subvention
            assert any(c["contrat"] and c["contrat"]["poste"]["subvention"] for c in conseillers)
        assert len(statements) == len(seule), statements


async def test_une_jointure_absente_rend_null_et_garde_la_page(api: Api) -> None:
    """LEFT JOINs never drop nor repeat a page row: conseillers without a structure or a contract
    stay in the page, each once, in the page's order."""
    anct = principal("anct", api.monde)
    body = await api.demander(anct, CONSEILLERS, {"n": 100})
    noeuds = body["data"]["conseillers"]["nodes"]
    ids = [c["id"] for c in noeuds]
    assert len(ids) == len(set(ids))
    assert any(c["structure"] is None for c in noeuds)
    assert any(c["contrat"] is None for c in noeuds)
    simple = await api.demander(anct, "query { conseillers(first: 100) { nodes { id } } }")
    assert [c["id"] for c in simple["data"]["conseillers"]["nodes"]] == ids


def test_les_cles_declarees_uniques_ont_leur_index_unique() -> None:
    """`one_by(..., unique=True)` (contrat en cours by conseiller, by poste) relies on a unique partial
    index: without it, a join could repeat the parent row."""
    uniques = {
        tuple(c.key for c in index.columns)
        for index in Contrat.__table__.indexes
        if index.unique and index.dialect_options["postgresql"]["where"] is not None
    }
    assert {("conseiller_id",), ("poste_id",)} <= uniques
    ouvertes = {
        tuple(c.key for c in index.columns)
        for index in Subvention.__table__.indexes
        if index.unique and index.dialect_options["postgresql"]["where"] is not None
    }
    assert ("poste_id",) in ouvertes  # subvention_by_poste: the open convention
