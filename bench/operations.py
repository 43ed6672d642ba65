"""The five operations, written once for the hub and once for PostGraphile, asking for the same data.

Each operation runs as the same principal on both servers (one hub access token, which PostGraphile
turns into the same row-level security settings), and `verifier` checks that the two answers carry
the same figures or the same rows in the same order before anything is timed.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from auth.principal import Principal
from bench.cluster import Base, Cluster
from hub.models.enums import Role

STATISTIQUES_HUB = """query TableauDeBordNational {
  statistiques {
    activites {
      total participants participantsRecurrents
      parTheme { valeur nombre }
      parMois { valeur nombre }
      parDepartement { valeur nombre }
      parCanal { valeur nombre }
    }
  }
}"""
STATISTIQUES_PG = """query TableauDeBordNational {
  allActivites {
    aggregates { count { id } sum { nbParticipants nbParticipantsRecurrents } }
    parMois: groupedAggregates(groupBy: [DATE_TRUNCATED_TO_MONTH]) { keys count { id } }
    parDepartement: groupedAggregates(groupBy: [DEPARTEMENT_CODE]) { keys count { id } }
    parCanal: groupedAggregates(groupBy: [CANAL]) { keys count { id } }
  }
  allActiviteThemes { groupedAggregates(groupBy: [THEME]) { keys count { activiteId } } }
}"""

CONSEILLERS_HUB = """query ConseillersDuDepartement($first: Int!) {
  conseillers(first: $first, filtre: {departement: "57"}) {
    nodes {
      id nom prenom email
      structure { id nom siret }
      contrat { id type statut dateDebut poste { id etat subvention { id montant } } }
    }
  }
}"""
CONSEILLERS_PG = """query ConseillersDuDepartement($first: Int!) {
  allConseillers(first: $first, condition: {departementCode: "57"}, orderBy: ID_ASC) {
    nodes {
      id nom prenom email
      structureByStructureId { id nom siret }
      contratsByConseillerId(filter: {statut: {in: ["recrute", "actif"]}}) {
        nodes {
          id type statut dateDebut
          posteByPosteId { id etat subventionByPosteId { id montantCentimes } }
        }
      }
    }
  }
}"""

LIEUX_HUB = """query LieuxProches($latitude: Float!, $longitude: Float!) {
  lieux(first: 50, tri: DISTANCE,
        filtre: {pres: {latitude: $latitude, longitude: $longitude, rayonKm: 10}}) {
    nodes { id nom adresse codePostal commune latitude longitude services }
  }
}"""
LIEUX_PG = """query LieuxProches($latitude: Float!, $longitude: Float!) {
  lieuxPres(pointLatitude: $latitude, pointLongitude: $longitude, rayonKm: 10, first: 50) {
    nodes { id nom adresse codePostal commune latitude longitude services }
  }
}"""

ACTIVITES_HUB = """query ActivitesDuMois($du: Date!, $au: Date!) {
  activites(first: 100, filtre: {periode: {du: $du, au: $au}}) {
    nodes { id date canal type dureeMinutes nbParticipants themes }
  }
}"""
ACTIVITES_PG = """query ActivitesDuMois($du: Date!, $au: Date!) {
  allActivites(first: 100, filter: {date: {greaterThanOrEqualTo: $du, lessThanOrEqualTo: $au}},
               orderBy: [DATE_DESC, ID_DESC]) {
    nodes { id date canal type dureeMinutes nbParticipants activiteThemesByActiviteId { nodes { theme } } }
  }
}"""

NOEUD_HUB = """query Noeud($id: ID!) { node(id: $id) { id ... on Structure { nom siret type } } }"""
NOEUD_PG = """query Noeud($id: ID!) { node(nodeId: $id) { nodeId ... on Structure { nom siret type } } }"""

PARIS = {"latitude": 48.8566, "longitude": 2.3522}


@dataclass(frozen=True)
class Operation:
    cle: str
    libelle: str
    principal: Principal
    hub: tuple[str, dict[str, Any]]
    postgraphile: tuple[str, dict[str, Any]]
    verifier: Callable[[dict[str, Any], dict[str, Any]], None]


@dataclass(frozen=True)
class Donnees:
    """Identifiers the operations need, read from the seeded database."""

    structure_id: uuid.UUID
    mois: str  # 'YYYY-MM' with the most activités of that structure

    @classmethod
    async def lire(cls, cluster: Cluster, base: Base) -> Donnees:
        [ligne] = await cluster.fetch(
            "SELECT structure_id, to_char(date, 'YYYY-MM') AS mois FROM activite "
            "GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1",
            base.nom,
        )
        return cls(ligne["structure_id"], ligne["mois"])


def _global_id(type_name: str, cle: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{cle}".encode()).decode().rstrip("=")


def _pg_node_id(table: str, cle: uuid.UUID) -> str:
    return base64.b64encode(json.dumps([table, str(cle)], separators=(",", ":")).encode()).decode()


def _uuid(global_id: str) -> str:
    return base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode().split(":", 1)[1]


def _fin_du_mois(mois: str) -> str:
    annee, numero = (int(x) for x in mois.split("-"))
    return (dt.date(annee + numero // 12, numero % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()


def _verifier_statistiques(hub: dict[str, Any], pg: dict[str, Any]) -> None:
    a, p = hub["statistiques"]["activites"], pg["allActivites"]
    assert a["total"] == int(p["aggregates"]["count"]["id"]), (a["total"], p["aggregates"])
    assert a["participants"] == int(p["aggregates"]["sum"]["nbParticipants"])
    themes = {
        k["keys"][0]: int(k["count"]["activiteId"]) for k in pg["allActiviteThemes"]["groupedAggregates"]
    }
    assert {b["valeur"].lower(): b["nombre"] for b in a["parTheme"] if b["nombre"]} == themes
    assert [b["nombre"] for b in a["parMois"]] == [
        int(g["count"]["id"]) for g in sorted(p["parMois"], key=lambda g: g["keys"][0])
    ]
    assert len(a["parDepartement"]) == len(p["parDepartement"])


def _verifier_conseillers(hub: dict[str, Any], pg: dict[str, Any]) -> None:
    h, p = hub["conseillers"]["nodes"], pg["allConseillers"]["nodes"]
    assert [_uuid(n["id"]) for n in h] == [n["id"] for n in p]
    en_cours = [(n["contrat"] or {}).get("id") for n in h]
    assert [_uuid(c) if c else None for c in en_cours] == [
        (n["contratsByConseillerId"]["nodes"] or [{"id": None}])[0]["id"] for n in p
    ]


def _verifier_lieux(hub: dict[str, Any], pg: dict[str, Any]) -> None:
    h, p = hub["lieux"]["nodes"], pg["lieuxPres"]["nodes"]
    assert len(h) == 50, len(h)
    assert [_uuid(n["id"]) for n in h] == [n["id"] for n in p]


def _verifier_activites(hub: dict[str, Any], pg: dict[str, Any]) -> None:
    h, p = hub["activites"]["nodes"], pg["allActivites"]["nodes"]
    assert len(h) >= 50, len(h)
    assert [_uuid(n["id"]) for n in h] == [n["id"] for n in p]


def _verifier_noeud(hub: dict[str, Any], pg: dict[str, Any]) -> None:
    assert hub["node"]["nom"] == pg["node"]["nom"]


def operations(donnees: Donnees) -> list[Operation]:
    anct = Principal(Role.ANCT, subject="bench@anct.gouv.fr")
    prefecture = Principal(Role.PREFECTURE, subject="bench@moselle.gouv.fr", departements=frozenset({"57"}))
    partenaire = Principal(
        Role.PARTENAIRE, subject="bench-partenaire", scopes=frozenset({"lieux:read"}), client_id="bench"
    )
    structure = Principal(Role.STRUCTURE, subject="bench@structure.fr", structure_id=donnees.structure_id)
    periode = {"du": f"{donnees.mois}-01", "au": _fin_du_mois(donnees.mois)}
    return [
        Operation(
            "statistiques",
            "1. national statistiques (ANCT): totals, by thème, month, département, canal",
            anct,
            (STATISTIQUES_HUB, {}),
            (STATISTIQUES_PG, {}),
            _verifier_statistiques,
        ),
        Operation(
            "prefecture",
            "2. préfecture 57: first 100 conseillers + structure, contrat, poste, subvention",
            prefecture,
            (CONSEILLERS_HUB, {"first": 100}),
            (CONSEILLERS_PG, {"first": 100}),
            _verifier_conseillers,
        ),
        Operation(
            "lieux",
            "3. partenaire: first 50 lieux within 10 km of a point, nearest first",
            partenaire,
            (LIEUX_HUB, PARIS),
            (LIEUX_PG, PARIS),
            _verifier_lieux,
        ),
        Operation(
            "activites",
            f"4. structure: its activités of one month ({donnees.mois}), first 100",
            structure,
            (ACTIVITES_HUB, periode),
            (ACTIVITES_PG, periode),
            _verifier_activites,
        ),
        Operation(
            "node",
            "5. node(id): one structure (ANCT)",
            anct,
            (NOEUD_HUB, {"id": _global_id("Structure", donnees.structure_id)}),
            (NOEUD_PG, {"id": _pg_node_id("structures", donnees.structure_id)}),
            _verifier_noeud,
        ),
    ]
