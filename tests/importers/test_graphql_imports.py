"""GraphQL `imports`: the runs and their counts for ANCT; an empty list for every other role."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from auth.principal import Principal
from hub.db import Database
from hub.importers.execution import importer
from hub.importers.fichier import FichierInvalideError
from hub.importers.lieux_standard import ImporteurLieuxStandard
from hub.models.enums import Role
from hub.settings import Settings
from tests.graphql_client import graphql
from tests.open_data import EXEMPLE_LIEUX, donnee
from tests.tokens import token_for

IMPORTS = """
query ($first: Int!, $after: String) {
  imports(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id kind fichier sha256 dateFichier statut inseres misAJour inchanges rejetes auteur debut fin }
  }
}
"""


async def _trois_runs(database: Database, tmp_path: Path) -> None:
    for _ in range(2):
        await importer(database, ImporteurLieuxStandard(), donnee(EXEMPLE_LIEUX), rapport=tmp_path / "r.csv")
    vide = tmp_path / "vide.csv"
    vide.write_text("id,nom\n", encoding="utf-8")
    with pytest.raises(FichierInvalideError):
        await importer(database, ImporteurLieuxStandard(), vide, rapport=tmp_path / "r.csv")


async def test_l_anct_lit_les_imports_du_plus_recent_au_plus_ancien(
    client: httpx.AsyncClient, settings: Settings, database: Database, tmp_path: Path
) -> None:
    await _trois_runs(database, tmp_path)
    token = token_for(settings, Principal(role=Role.ANCT, subject="anct-1"))

    page1 = (await graphql(client, IMPORTS, {"first": 2}, token=token))["data"]["imports"]
    page2 = (
        await graphql(client, IMPORTS, {"first": 2, "after": page1["pageInfo"]["endCursor"]}, token=token)
    )["data"]["imports"]

    assert page1["totalCount"] == 3
    assert page1["pageInfo"]["hasNextPage"] is True
    assert page2["pageInfo"]["hasNextPage"] is False
    runs = page1["nodes"] + page2["nodes"]
    assert [(r["statut"], r["inseres"], r["inchanges"], r["rejetes"]) for r in runs] == [
        ("echec", 0, 0, 0),
        ("termine", 0, 1, 0),
        ("termine", 1, 0, 0),
    ]
    assert {r["kind"] for r in runs} == {"lieux"}
    assert {r["auteur"] for r in runs} == {"cli"}
    assert runs[1]["fichier"] == "exemple-valide.csv"
    assert len(runs[1]["sha256"]) == 64
    assert runs[1]["fin"] is not None
    assert runs[1]["misAJour"] == 0


@pytest.mark.parametrize(
    "principal",
    [
        Principal(role=Role.PREFECTURE, subject="pref-57", departements=frozenset({"57", "51"})),
        Principal(
            role=Role.PARTENAIRE,
            subject="outil",
            client_id="outil",
            scopes=frozenset({"structures:read", "stats:read"}),
        ),
        None,
    ],
    ids=["prefecture", "partenaire", "anonyme"],
)
async def test_les_autres_roles_ne_voient_aucun_import(
    client: httpx.AsyncClient,
    settings: Settings,
    database: Database,
    tmp_path: Path,
    principal: Principal | None,
) -> None:
    await _trois_runs(database, tmp_path)
    token = token_for(settings, principal) if principal is not None else None

    imports = (await graphql(client, IMPORTS, {"first": 10}, token=token))["data"]["imports"]

    assert imports == {"totalCount": 0, "pageInfo": {"hasNextPage": False, "endCursor": None}, "nodes": []}
