"""The seeded demo exported in the programme formats and imported into an empty hub gives the same hub.

Acceptance of issue 19: on an empty migrated database, `import programme` on the files a seeded hub
writes (with its lieux and France Services sites, open data, through their own importers) gives the
same rows in every table of the programme, the same national figures (every statistics block ANCT
reads), the same lists, and a second export equal to the first line for line; a second import changes
nothing. That path is the demo's own seed (hub.seed.par_les_importeurs), so the generator and the
importers cannot drift apart.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import graphql as gql
import httpx
import pytest
from starlette.applications import Starlette

from auth.principal import Principal
from hub.app import create_app
from hub.db import Database, create_engine
from hub.exports.programme import FormatFichier, exporter_programme
from hub.importers.execution import importer_programme
from hub.importers.programme.registre import ORDRE
from hub.models.enums import Role
from hub.seed import Scale
from hub.seed.par_les_importeurs import seed_par_les_importeurs
from hub.settings import Settings
from tests.conftest import make_settings
from tests.databases import Backend, app_role_url, unique_name
from tests.graphql_client import graphql
from tests.seed.sql import comptes, lignes
from tests.seed.test_seed import TABLES_DU_SEED
from tests.tokens import token_for

PORTES = """SELECT s.id_fs, st.siret FROM site_france_services s
    LEFT JOIN structure st ON st.id = s.structure_id ORDER BY s.id_fs"""
SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"
ANCT = Principal(Role.ANCT, subject="agent@anct.gouv.fr")
BLOCS = ("postes", "conseillers", "financement", "activites", "aidantsConnect", "franceServices")
STRUCTURES = """query($apres: String) {
  structures(first: 100, after: $apres) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      siret nom type statut codeCommune zrr qpv reseau departement { code } postes(first: 10) { totalCount }
    }
  }
  conseillers(first: 1) { totalCount }
  contrats(first: 1) { totalCount }
}"""


def selection(type_: gql.GraphQLNamedType, profondeur: int = 4) -> str:
    """Every field of `type_` that takes no required argument, down to the leaves."""
    assert isinstance(type_, gql.GraphQLObjectType)
    champs = []
    for nom, champ in type_.fields.items():
        if any(gql.is_required_argument(a) for a in champ.args.values()):
            continue
        cible = gql.get_named_type(champ.type)
        if isinstance(cible, gql.GraphQLObjectType):
            if profondeur > 1:
                champs.append(f"{nom} {{ {selection(cible, profondeur - 1)} }}")
        else:
            champs.append(nom)
    return " ".join(champs)


def document_des_chiffres(noms: tuple[str, ...] = BLOCS) -> str:
    schema = gql.build_schema(SCHEMA.read_text(encoding="utf-8"))
    statistiques = schema.get_type("Statistiques")
    assert isinstance(statistiques, gql.GraphQLObjectType)
    blocs = " ".join(f"{b} {{ {selection(gql.get_named_type(statistiques.fields[b].type))} }}" for b in noms)
    return f"{{ statistiques {{ suppressions {blocs} }} }}"


async def _reponses(settings: Settings, database: Database) -> tuple[dict[str, Any], dict[str, Any]]:
    return await reponses_anct(settings, create_app(settings, database))


async def reponses_anct(
    settings: Settings, app: Starlette, blocs: tuple[str, ...] = BLOCS
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What ANCT reads: the statistics `blocs` and every structure (sorted by SIRET), with totals."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://hub.test"
    ) as client:
        jeton = token_for(settings, ANCT)
        chiffres = await graphql(client, document_des_chiffres(blocs), token=jeton)
        structures: list[dict[str, Any]] = []
        apres: str | None = None
        while True:
            page = (await graphql(client, STRUCTURES, {"apres": apres}, token=jeton))["data"]
            structures += page["structures"]["nodes"]
            if not page["structures"]["pageInfo"]["hasNextPage"]:
                break
            apres = page["structures"]["pageInfo"]["endCursor"]
        totaux = {cle: page[cle]["totalCount"] for cle in ("structures", "conseillers", "contrats")}
    return chiffres["data"], {"totaux": totaux, "structures": sorted(structures, key=lambda s: s["siret"])}


def _lignes(dossier: Path) -> dict[str, list[str]]:
    return {
        chemin.name: sorted(chemin.read_text(encoding="utf-8").splitlines()) for chemin in dossier.iterdir()
    }


@pytest.fixture
async def hub_vide(
    backend: Backend, migrated_template: str, tmp_path: Path
) -> AsyncIterator[tuple[Settings, str]]:
    name = unique_name("programme")
    url = await backend.create(name, template=migrated_template)
    yield make_settings(url, tmp_path), url
    await backend.drop(name)


def _pour_l_app(backend: Backend, settings: Settings) -> Database:
    url = app_role_url(settings.database_url) if backend.name == "postgresql" else None
    return Database(create_engine(settings, url=url))


async def test_le_seed_par_les_importeurs_donne_le_hub_seede(
    backend: Backend,
    seeded_settings: Settings,
    seeded_database: Database,
    hub_vide: tuple[Settings, str],
    tmp_path: Path,
) -> None:
    """The bulk seed (the session's template) against the same seed exported and imported into an
    empty hub (hub.seed.par_les_importeurs), as the application role, as `demo` and uploads run."""
    settings, _ = hub_vide
    cible = _pour_l_app(backend, settings)
    fichiers = tmp_path / "seed"
    fichiers.mkdir()
    dossier = fichiers / "programme"
    try:
        rapport = await seed_par_les_importeurs(cible, Scale.DEMO, fichiers=fichiers)
        nombres = {f.nom: len(_lignes(dossier)[f"{f.nom}.csv"]) - 1 for f in ORDRE}
        assert nombres["structures"] > 100
        assert nombres["activites"] > 10_000
        assert nombres["autorisations"] > 1000
        assert {kind: n for kind, n in rapport.rows.items() if kind in nombres} == nombres

        attendu, obtenu = await comptes(seeded_database), await comptes(cible)
        for table in sorted(TABLES_DU_SEED | {"activite_agregat", "activite_theme_agregat"}):
            assert (table, obtenu[table]) == (table, attendu[table])
        portes = await lignes(seeded_database, PORTES)
        assert sum(1 for _, siret in portes if siret) > 10  # sites carried by a structure
        assert await lignes(cible, PORTES) == portes
        reseaux = "SELECT siret, reseau_id FROM structure WHERE reseau_id IS NOT NULL ORDER BY siret"
        assert await lignes(seeded_database, reseaux)  # the demo's grands réseaux
        assert await lignes(cible, reseaux) == await lignes(seeded_database, reseaux)

        encore = await importer_programme(cible, dossier, rapport=tmp_path / "rejets.csv")
        assert {b.kind: (b.compte.inseres, b.compte.mis_a_jour) for b in encore} == {
            f.nom: (0, 0) for f in ORDRE
        }
        assert {b.kind: b.compte.inchanges for b in encore} == nombres
        await exporter_programme(cible, tmp_path / "retour", FormatFichier.CSV)
    finally:
        await cible.dispose()
    assert _lignes(tmp_path / "retour") == _lignes(dossier)

    seede, importe = _pour_l_app(backend, seeded_settings), _pour_l_app(backend, settings)
    try:
        attendu_api = await _reponses(seeded_settings, seede)
        obtenu_api = await _reponses(settings, importe)
    finally:
        await seede.dispose()
        await importe.dispose()
    assert attendu_api[0]["statistiques"]["postes"]["valides"] > 0
    assert attendu_api[0]["statistiques"]["franceServices"]
    assert obtenu_api == attendu_api
