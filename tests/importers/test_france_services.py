"""France Services: the real ANCT list (2,845 sites, August 2024) and corrupted copies of it."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hub.db import Database
from hub.importers.france_services import ImporteurFranceServices
from hub.models import ImportRun, SiteFranceServices, Structure
from hub.models.enums import FormatFranceServices, StatutStructure, TypeSiteFranceServices, TypeStructure
from tests.databases import Backend
from tests.importers.conftest import (
    ImportPartage,
    compter,
    en_systeme,
    import_partage,
    importer_dans,
    lire_rapport,
)
from tests.open_data import FRANCE_SERVICES, donnee


def _lignes_du_fichier() -> list[dict[str, str]]:
    with donnee(FRANCE_SERVICES).open(encoding="utf-8", newline="") as flux:
        return list(csv.DictReader(flux))


def _copie(tmp_path: Path, nom: str, modifier: object) -> Path:
    """A copy of the real file with rows changed by `modifier(rows)`, written at test time."""
    lignes = _lignes_du_fichier()
    modifier(lignes)  # type: ignore[operator]
    chemin = tmp_path / nom
    with chemin.open("w", encoding="utf-8", newline="") as flux:
        writer = csv.DictWriter(flux, fieldnames=list(lignes[0]), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(lignes)
    return chemin


@pytest.fixture(scope="module")
async def france_services(
    backend: Backend, migrated_template: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[ImportPartage]:
    """The real file imported once; the tests using it only read."""
    dossier = tmp_path_factory.mktemp("france-services")
    importeur = ImporteurFranceServices()
    async with import_partage(
        backend, migrated_template, dossier, importeur, donnee(FRANCE_SERVICES)
    ) as partage:
        yield partage


async def test_le_fichier_reel_donne_ses_2845_sites_saint_martin_compris(
    france_services: ImportPartage,
) -> None:
    database = france_services.database
    bilan = france_services.bilan

    lignes = _lignes_du_fichier()
    assert len(lignes) == 2845
    assert bilan.compte.inseres == 2845
    assert bilan.rejetes == 0
    assert france_services.rejets() == []
    assert await compter(database, SiteFranceServices) == 2845
    # Saint-Martin (978), a collectivité d'outre-mer, is in the référentiel (issue 21).
    assert await compter(database, SiteFranceServices, SiteFranceServices.departement_code == "978") == 2


async def test_les_comptes_par_departement_sont_ceux_du_fichier(france_services: ImportPartage) -> None:
    database = france_services.database

    attendus = Counter(ligne["insee_dep"] for ligne in _lignes_du_fichier())
    async with en_systeme(database) as session:
        rows = await session.execute(
            select(SiteFranceServices.departement_code, func.count()).group_by(
                SiteFranceServices.departement_code
            )
        )
        importes = Counter({code: int(n) for code, n in rows.all()})
    assert importes == attendus
    assert importes["57"] == 34
    assert importes["62"] == 50
    assert importes["59"] == 52
    assert importes["34"] == 58


async def test_les_valeurs_d_un_site_sont_lues_fidelement(france_services: ImportPartage) -> None:
    database = france_services.database

    async with en_systeme(database) as session:
        site = await session.scalar(select(SiteFranceServices).where(SiteFranceServices.id_fs == 1))
        types = Counter((await session.scalars(select(SiteFranceServices.type))).all())
        formats = Counter((await session.scalars(select(SiteFranceServices.format))).all())
    assert site is not None
    assert (site.nom, site.departement_code, site.code_insee, site.code_postal) == (
        "France services de Valserhône",
        "01",
        "01033",
        "01200",
    )
    assert (site.latitude, site.longitude) == (46.1060711578546, 5.8260084241619)
    assert site.type is TypeSiteFranceServices.PRINCIPAL
    assert site.format is FormatFranceServices.FIXE
    assert site.date_labellisation is not None
    assert site.date_labellisation.isoformat() == "2020-01-01"
    assert site.horaires["mardi"] == "09:00 - 12:00 / 13:30 - 17:00"
    assert "samedi" not in site.horaires
    assert site.external_ids == {"prise_rdv": False}
    assert site.date_source is not None
    assert site.date_source.isoformat() == "2024-08-01"
    assert types[TypeSiteFranceServices.ANTENNE] == 124
    assert formats[FormatFranceServices.BUS] == 134


async def test_un_second_passage_du_meme_fichier_ne_change_rien(database: Database, tmp_path: Path) -> None:
    premier = await importer_dans(
        database, ImporteurFranceServices(), donnee(FRANCE_SERVICES), tmp_path / "1.csv"
    )
    second = await importer_dans(
        database, ImporteurFranceServices(), donnee(FRANCE_SERVICES), tmp_path / "2.csv"
    )

    assert (second.compte.inseres, second.compte.mis_a_jour, second.compte.inchanges) == (0, 0, 2845)
    async with en_systeme(database) as session:
        provenance = set((await session.scalars(select(SiteFranceServices.import_run_id))).all())
    assert provenance == {premier.import_run_id}


async def test_un_fichier_plus_recent_met_a_jour_les_sites_en_place(
    database: Database, tmp_path: Path
) -> None:
    await importer_dans(database, ImporteurFranceServices(), donnee(FRANCE_SERVICES), tmp_path / "1.csv")
    async with en_systeme(database) as session:
        avant = await session.scalar(select(SiteFranceServices).where(SiteFranceServices.id_fs == 1))

    def renommer(lignes: list[dict[str, str]]) -> None:
        lignes[0]["lib_fs"] = "France services de Valserhône (nouveau nom)"

    plus_recent = _copie(tmp_path, "liste-fs-20240901.csv", renommer)
    bilan = await importer_dans(database, ImporteurFranceServices(), plus_recent, tmp_path / "2.csv")

    assert (bilan.compte.inseres, bilan.compte.mis_a_jour, bilan.compte.inchanges) == (0, 1, 2844)
    async with en_systeme(database) as session:
        apres = await session.scalar(select(SiteFranceServices).where(SiteFranceServices.id_fs == 1))
    assert avant is not None
    assert apres is not None
    assert apres.id == avant.id
    assert apres.nom == "France services de Valserhône (nouveau nom)"
    assert apres.import_run_id == bilan.import_run_id
    assert apres.date_source is not None
    assert apres.date_source.isoformat() == "2024-09-01"
    assert apres.updated_at is not None


async def test_un_point_dans_l_atlantique_est_rejete_et_le_reste_importe(
    database: Database, tmp_path: Path
) -> None:
    def deplacer(lignes: list[dict[str, str]]) -> None:
        lignes[9]["latitude"], lignes[9]["longitude"] = "45.0", "-30.0"

    chemin = _copie(tmp_path, "liste-fs-atlantique.csv", deplacer)
    bilan = await importer_dans(database, ImporteurFranceServices(), chemin, tmp_path / "r.csv")

    assert bilan.compte.inseres == 2844
    assert bilan.rejetes == 1
    atlantique = [r for r in lire_rapport(tmp_path / "r.csv") if r["column"] == "latitude,longitude"]
    assert atlantique == [
        {
            "line": "11",
            "column": "latitude,longitude",
            "value": "45.0,-30.0",
            "reason": atlantique[0]["reason"],
        }
    ]
    assert "hors de France" in atlantique[0]["reason"]


async def test_un_site_est_relie_a_la_structure_qui_porte_son_id_fs(
    database: Database, tmp_path: Path
) -> None:
    async with en_systeme(database) as session:
        structure = Structure(
            siret="21010033200014",
            nom="Communauté de communes du Pays Bellegardien",
            type=TypeStructure.EPCI,
            statut=StatutStructure.VALIDEE,
            departement_code="01",
            external_ids={"id_fs": 1},
        )
        session.add(structure)

    await importer_dans(database, ImporteurFranceServices(), donnee(FRANCE_SERVICES), tmp_path / "r.csv")

    async with en_systeme(database) as session:
        liees = (
            (
                await session.execute(
                    select(SiteFranceServices.id_fs).where(SiteFranceServices.structure_id == structure.id)
                )
            )
            .scalars()
            .all()
        )
    assert liees == [1]


async def test_chaque_import_laisse_un_run_avec_ses_comptes(france_services: ImportPartage) -> None:
    database = france_services.database
    bilan = france_services.bilan

    async with en_systeme(database) as session:
        run = await session.get(ImportRun, bilan.import_run_id)
    assert run is not None
    assert (run.kind, run.statut, run.auteur) == ("france-services", "termine", "cli")
    assert (run.inseres, run.mis_a_jour, run.inchanges, run.rejetes) == (2845, 0, 0, 0)
    assert run.date_fichier is not None
    assert run.date_fichier.isoformat() == "2024-08-01"
    assert len(run.sha256) == 64
    assert run.fin is not None
    assert run.fin >= run.debut
