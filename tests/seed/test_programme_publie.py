"""The demo reproduces the programme as published (`../shared/seeds/`), read through the GraphQL API."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from auth.principal import Principal
from hub.models.enums import Role
from hub.models.reseau import id_du_reseau
from hub.settings import Settings
from tests.graphql_client import graphql
from tests.tokens import token_for

ANCT = Principal(role=Role.ANCT, subject="agent-anct")
EURO = 1.0

POSTES = """query($d: String!, $au: Date) {
  statistiques(territoire: { departement: $d }, periode: { au: $au }) { postes { valides vacants } }
}"""
STRUCTURES = """query($d: String, $nom: String) {
  structures(first: 100, filtre: { departement: $d, nom: $nom }) {
    totalCount
    nodes { id nom siret reseau departement { code }
      postes(first: 20) { totalCount nodes { etat dateAttribution } } }
  }
}"""
ACTIVITES = """query($structure: ID!) {
  activites(first: 1, filtre: { structure: $structure }) { totalCount }
}"""
FINANCEMENT = """{
  enveloppes(first: 10) { nodes { code montant } }
  statistiques { postes { valides } financement { engage enveloppe versesParTranche { valeur nombre } } }
  subventions(first: 100) { nodes { montant tauxMajoration dateDebutConvention dateFinConvention } }
}"""


async def _demander(
    client: httpx.AsyncClient, settings: Settings, principal: Principal, query: str, **variables: Any
) -> dict[str, Any]:
    body = await graphql(client, query, variables, token=token_for(settings, principal))
    data: dict[str, Any] = body["data"]
    return data


async def _structures(client: httpx.AsyncClient, settings: Settings, **filtre: str) -> list[dict[str, Any]]:
    data = await _demander(client, settings, ANCT, STRUCTURES, **filtre)
    nodes: list[dict[str, Any]] = data["structures"]["nodes"]
    return nodes


async def test_la_moselle_a_53_postes_et_le_pas_de_calais_62(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    for departement, postes in (("57", 53), ("62", 62)):
        data = await _demander(seeded_client, seeded_settings, ANCT, POSTES, d=departement)
        assert data["statistiques"]["postes"]["valides"] == postes


async def test_la_premiere_vague_mosellane_19_postes_dans_12_structures(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    fin = dt.date(2021, 1, 31)
    data = await _demander(seeded_client, seeded_settings, ANCT, POSTES, d="57", au=fin.isoformat())
    assert data["statistiques"]["postes"]["valides"] == 19
    premiere_vague = {
        s["nom"]: sum(dt.date.fromisoformat(p["dateAttribution"]) <= fin for p in s["postes"]["nodes"])
        for s in await _structures(seeded_client, seeded_settings, d="57")
    }
    premiere_vague = {nom: n for nom, n in premiere_vague.items() if n}
    assert len(premiere_vague) == 12
    assert sum(premiere_vague.values()) == 19
    assert premiere_vague["Commune d'Achen"] == 1
    assert premiere_vague["Ville de Thionville – pôle numérique Thi'Pi"] == 1
    assert premiere_vague["Mission locale du Pays messin"] == 2
    assert premiere_vague["Ville de Metz"] >= 1


async def test_les_dix_postes_de_l_arrondissement_de_bethune(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    attendus = {
        "PIMMS Médiation Artois-Gohelle": (1, False),
        "Commune de Lillers – bibliothèque municipale": (1, False),
        "CABBALR": (3, False),
        "Commune de Calonne-Ricouart": (1, False),
        "Commune de Laventie": (1, False),
        "Isbergues": (1, True),  # recrutement en cours: the poste is still vacant
        "Commune d'Houdain": (1, True),
        "CITEO": (1, True),
    }
    total = 0
    for nom, (postes, en_recrutement) in attendus.items():
        (structure,) = await _structures(seeded_client, seeded_settings, d="62", nom=nom)
        assert structure["postes"]["totalCount"] == postes, nom
        etats = {p["etat"] for p in structure["postes"]["nodes"]}
        assert (etats == {"VACANT"}) is en_recrutement, (nom, etats)
        total += postes
    assert total == 10


async def test_emmaus_connect_un_reseau_national_dont_3_postes_dans_le_pas_de_calais(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    reseau = await _structures(seeded_client, seeded_settings, nom="Emmaüs Connect")
    assert {s["reseau"] for s in reseau} == {"Emmaüs Connect"}
    assert len({s["siret"][:9] for s in reseau}) == 1  # one SIREN, an établissement per département
    par_departement = {s["departement"]["code"]: s["postes"]["totalCount"] for s in reseau}
    assert par_departement["62"] == 3
    assert len(par_departement) >= 3
    # Signed in as the grand réseau, it reads exactly its établissements, wherever they are.
    emmaus = Principal(role=Role.GRAND_RESEAU, subject="emmaus", reseau_id=id_du_reseau("Emmaüs Connect"))
    vus = (await _demander(seeded_client, seeded_settings, emmaus, STRUCTURES))["structures"]["nodes"]
    assert sorted(s["siret"] for s in vus) == sorted(s["siret"] for s in reseau)
    assert {s["departement"]["code"]: s["postes"]["totalCount"] for s in vus} == par_departement


async def test_le_poste_de_dev_and_you_finance_dans_le_nord_travaille_dans_le_bethunois(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    (structure,) = await _structures(seeded_client, seeded_settings, nom="DEV and YOU")
    assert structure["departement"]["code"] == "59"
    assert structure["postes"]["totalCount"] == 1
    toutes = await _demander(seeded_client, seeded_settings, ANCT, ACTIVITES, structure=structure["id"])
    assert toutes["activites"]["totalCount"] > 0
    for departement, vues in (("62", toutes["activites"]["totalCount"]), ("59", 0)):
        prefecture = Principal(
            role=Role.PREFECTURE, subject=f"pref-{departement}", departements=frozenset({departement})
        )
        data = await _demander(
            seeded_client, seeded_settings, prefecture, ACTIVITES, structure=structure["id"]
        )
        assert data["activites"]["totalCount"] == vues, departement


async def test_le_financement_50_000_euros_par_poste_en_trois_tranches_sur_250_millions(
    seeded_client: httpx.AsyncClient, seeded_settings: Settings
) -> None:
    data = await _demander(seeded_client, seeded_settings, ANCT, FINANCEMENT)
    enveloppes = {e["code"]: e["montant"] for e in data["enveloppes"]["nodes"]}
    assert enveloppes == {"conseillers": 200e6, "kits": 40e6, "aidants_connect": 10e6}
    assert sum(enveloppes.values()) == 250e6
    for subvention in data["subventions"]["nodes"]:
        assert (subvention["montant"], subvention["tauxMajoration"]) == (50_000 * EURO, 0)
        debut = dt.date.fromisoformat(subvention["dateDebutConvention"])
        fin = dt.date.fromisoformat(subvention["dateFinConvention"])
        assert 24 <= (fin.year - debut.year) * 12 + fin.month - debut.month <= 36  # 24 months, 36 at most
    financement = data["statistiques"]["financement"]
    assert financement["engage"] == 50_000 * data["statistiques"]["postes"]["valides"]
    assert [b["valeur"] for b in financement["versesParTranche"]] == ["1", "2", "3"]
