"""Re-import of open data: absent from a newer file, back when held again, an older file changes nothing.

France Services lists are cut from the real ANCT file (its header and first rows), dated in their name
like the real one; lieux files are the standard's example row under several ids and sources.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from auth.principal import Principal
from hub.db import Database
from hub.importers.execution import Bilan, importer
from hub.importers.fichier import FichierInvalideError
from hub.importers.france_services import ImporteurFranceServices
from hub.importers.lieux_standard import ImporteurLieuxStandard
from hub.importers.rejets import AVERTISSEMENT
from hub.models import ImportRun, Lieu, SiteFranceServices
from hub.models.enums import Role
from hub.settings import Settings
from tests.graphql_client import graphql
from tests.importers.conftest import en_systeme, lire_rapport
from tests.open_data import EXEMPLE_LIEUX, FRANCE_SERVICES, donnee
from tests.statistiques import attendu
from tests.tokens import token_for

SITES = """
query ($presence: PresenceSource!) {
  sitesFranceServices(first: 20, filtre: {presence: $presence}) {
    totalCount
    nodes { idFs absentDepuis }
  }
}
"""
SITES_PAR_DEFAUT = "{ sitesFranceServices(first: 20) { totalCount nodes { idFs } } }"
STATISTIQUES = "{ statistiques { franceServices { sites parType { valeur nombre } } } }"
LIEUX = """
query ($presence: PresenceSource!) {
  lieux(first: 20, filtre: {presence: $presence}) { totalCount nodes { nom absentDepuis } }
}
"""


def _lignes_fs() -> tuple[list[str], list[dict[str, str]]]:
    with donnee(FRANCE_SERVICES).open(encoding="utf-8-sig", newline="") as flux:
        lecteur = csv.DictReader(flux)
        return list(lecteur.fieldnames or []), [ligne for _, ligne in zip(range(6), lecteur, strict=False)]


def _liste_fs(dossier: Path, jour: str, rangs: list[int], **changes: dict[str, str]) -> Path:
    """`liste-fs-<jour>.csv` holding the real file's rows of these ranks (0-based), some changed."""
    colonnes, lignes = _lignes_fs()
    chemin = dossier / jour / f"liste-fs-{jour}.csv"
    chemin.parent.mkdir(parents=True, exist_ok=True)
    with chemin.open("w", encoding="utf-8", newline="") as flux:
        ecrivain = csv.DictWriter(flux, fieldnames=colonnes)
        ecrivain.writeheader()
        for rang in rangs:
            ecrivain.writerow({**lignes[rang], **changes.get(f"r{rang}", {})})
    return chemin


def _id_fs(rang: int) -> int:
    return int(_lignes_fs()[1][rang]["id_fs"])


async def _fs(database: Database, chemin: Path) -> Bilan:
    return await importer(database, ImporteurFranceServices(), chemin, rapport=chemin.with_suffix(".rej"))


async def _sites(database: Database) -> dict[int, tuple[Any, ...]]:
    async with en_systeme(database) as session:
        rows = await session.execute(
            select(
                SiteFranceServices.id_fs,
                SiteFranceServices.nom,
                SiteFranceServices.date_source,
                SiteFranceServices.absent_depuis,
                SiteFranceServices.absent_import_run_id,
                SiteFranceServices.import_run_id,
            )
        )
        return {row[0]: tuple(row[1:]) for row in rows}


async def _run(database: Database, bilan: Bilan) -> ImportRun:
    async with en_systeme(database) as session:
        run = await session.get(ImportRun, bilan.import_run_id)
        assert run is not None
        return run


async def test_un_site_absent_d_une_liste_plus_recente_est_marque_absent_avec_sa_date_et_son_import(
    database: Database, tmp_path: Path
) -> None:
    # Given a list of 5 sites imported
    await _fs(database, _liste_fs(tmp_path, "20240101", [0, 1, 2, 3, 4]))

    # When a newer list holds only the first 3
    bilan = await _fs(database, _liste_fs(tmp_path, "20240601", [0, 1, 2]))

    # Then the other 2 are absent since the newer list's date, with its run, and the report counts them
    sites = await _sites(database)
    assert len(sites) == 5
    absents = {i: s for i, s in sites.items() if s[2] is not None}
    assert set(absents) == {_id_fs(3), _id_fs(4)}
    assert {(s[2], s[3]) for s in absents.values()} == {(dt.date(2024, 6, 1), bilan.import_run_id)}
    assert all(s[1] == dt.date(2024, 6, 1) and s[2] is None for i, s in sites.items() if i not in absents)
    assert (bilan.absents, bilan.compte.revenus, bilan.compte.inchanges) == (2, 0, 3)
    run = await _run(database, bilan)
    assert (run.absents, run.revenus, run.date_fichier) == (2, 0, dt.date(2024, 6, 1))
    assert "2 marked absent, 0 back" in bilan.resume()


async def test_les_listes_et_les_statistiques_ne_comptent_que_les_sites_presents_sauf_filtre(
    client: httpx.AsyncClient, settings: Settings, database: Database, tmp_path: Path
) -> None:
    # Given 5 sites, 2 of them absent from the newer list
    await _fs(database, _liste_fs(tmp_path, "20240101", [0, 1, 2, 3, 4]))
    await _fs(database, _liste_fs(tmp_path, "20240601", [0, 1, 2]))
    token = token_for(settings, Principal(role=Role.ANCT, subject="anct-1"))

    # When the lists and figures are read
    par_defaut = (await graphql(client, SITES_PAR_DEFAUT))["data"]["sitesFranceServices"]
    absents = (await graphql(client, SITES, {"presence": "ABSENTS"}))["data"]["sitesFranceServices"]
    tous = (await graphql(client, SITES, {"presence": "TOUS"}))["data"]["sitesFranceServices"]
    figures = (await graphql(client, STATISTIQUES, token=token))["data"]["statistiques"]["franceServices"]

    # Then only the 3 current sites count, unless the filter asks for the absent ones
    assert par_defaut["totalCount"] == 3
    assert {n["idFs"] for n in par_defaut["nodes"]} == {_id_fs(0), _id_fs(1), _id_fs(2)}
    assert absents["totalCount"] == 2
    assert {(n["idFs"], n["absentDepuis"]) for n in absents["nodes"]} == {
        (_id_fs(3), "2024-06-01"),
        (_id_fs(4), "2024-06-01"),
    }
    assert tous["totalCount"] == 5
    assert figures["sites"] == 3
    async with en_systeme(database) as session:
        oracle = await attendu.france_services(session, attendu.NATIONAL)
    assert oracle["sites"] == figures["sites"]
    assert sorted((b["valeur"], b["nombre"]) for b in figures["parType"]) == sorted(oracle["parType"])


async def test_un_site_redevient_present_quand_une_liste_plus_recente_le_contient(
    database: Database, tmp_path: Path
) -> None:
    # Given sites 4 and 5 absent since June
    await _fs(database, _liste_fs(tmp_path, "20240101", [0, 1, 2, 3, 4]))
    await _fs(database, _liste_fs(tmp_path, "20240601", [0, 1, 2]))

    # When a December list holds site 4 again
    bilan = await _fs(database, _liste_fs(tmp_path, "20241201", [0, 1, 2, 3]))

    # Then site 4 is current again (counted back), site 5 stays absent since June, nothing new absent
    sites = await _sites(database)
    assert sites[_id_fs(3)][2:4] == (None, None)
    assert sites[_id_fs(3)][1] == dt.date(2024, 12, 1)
    assert sites[_id_fs(4)][2] == dt.date(2024, 6, 1)
    assert (bilan.absents, bilan.compte.revenus, bilan.compte.mis_a_jour) == (0, 1, 1)
    assert (await _run(database, bilan)).revenus == 1


async def test_une_liste_plus_ancienne_importee_apres_ne_change_rien(
    database: Database, tmp_path: Path
) -> None:
    # Given a January list then a June one (sites 4 and 5 absent since June)
    await _fs(database, _liste_fs(tmp_path, "20240101", [0, 1, 2, 3, 4]))
    await _fs(database, _liste_fs(tmp_path, "20240601", [0, 1, 2]))
    avant = await _sites(database)

    # When a March list is imported late: a renamed site 1, site 6 new, sites 2 and 3 missing
    bilan = await _fs(database, _liste_fs(tmp_path, "20240301", [0, 3, 4, 5], r0={"lib_fs": "Nom de mars"}))

    # Then no row is written, none is marked absent, and the report says why
    assert await _sites(database) == avant
    assert (bilan.compte.inseres, bilan.compte.mis_a_jour, bilan.absents) == (0, 0, 0)
    assert bilan.compte.plus_recents == bilan.compte.inchanges == 4
    assert (await _run(database, bilan)).plus_recents == 4


async def test_un_import_refuse_ne_marque_rien_absent(database: Database, tmp_path: Path) -> None:
    # Given a list imported
    await _fs(database, _liste_fs(tmp_path, "20240101", [0, 1, 2]))
    # and a newer list whose 2nd row cannot be read (a field over the csv module's limit)
    casse = _liste_fs(tmp_path, "20240601", [0])
    with casse.open("a", encoding="utf-8") as flux:
        flux.write('"' + "x" * 200_000 + '"\n')

    # When it is imported
    with pytest.raises(FichierInvalideError):
        await _fs(database, casse)

    # Then every site stays current, as the transaction was rolled back
    sites = await _sites(database)
    assert [s[2] for s in sites.values()] == [None, None, None]


def _fichier_lieux(chemin: Path, lignes: list[dict[str, str]]) -> Path:
    with donnee(EXEMPLE_LIEUX).open(encoding="utf-8", newline="") as flux:
        lecteur = csv.DictReader(flux)
        colonnes, modele = list(lecteur.fieldnames or []), next(lecteur)
    with chemin.open("w", encoding="utf-8", newline="") as flux:
        ecrivain = csv.DictWriter(flux, fieldnames=colonnes)
        ecrivain.writeheader()
        for ligne in lignes:
            ecrivain.writerow({**modele, "nom": f"Lieu {ligne['id']}", **ligne})
    return chemin


async def _lieux(database: Database) -> dict[tuple[str, str], tuple[Any, ...]]:
    async with en_systeme(database) as session:
        rows = await session.execute(
            select(Lieu.source, Lieu.source_id, Lieu.pivot, Lieu.date_source, Lieu.absent_depuis)
        )
        return {(r[0], r[1]): tuple(r[2:]) for r in rows}


async def test_un_lieu_absent_d_un_fichier_plus_recent_de_sa_source_est_absent_les_autres_sources_restent(
    client: httpx.AsyncClient, database: Database, tmp_path: Path
) -> None:
    # Given lieux x and y of source s1 and z of source s2, in a file dated by its latest date_maj
    premier = _fichier_lieux(
        tmp_path / "lieux-a.csv",
        [
            {"id": "x", "source": "s1", "date_maj": "2024-01-10"},
            {"id": "y", "source": "s1", "date_maj": "2024-02-01"},
            {"id": "z", "source": "s2", "date_maj": "2024-01-05"},
        ],
    )
    bilan_a = await importer(database, ImporteurLieuxStandard(), premier, rapport=tmp_path / "a.rej")

    # When a newer file of s1 holds only x
    second = _fichier_lieux(tmp_path / "lieux-b.csv", [{"id": "x", "source": "s1", "date_maj": "2024-05-02"}])
    bilan_b = await importer(database, ImporteurLieuxStandard(), second, rapport=tmp_path / "b.rej")

    # Then y is absent since the second file's date, z (another source) stays, and the lists agree
    lieux = await _lieux(database)
    assert (await _run(database, bilan_a)).date_fichier == dt.date(2024, 2, 1)
    assert lieux[("s2", "z")][1:] == (dt.date(2024, 2, 1), None)
    assert lieux[("s1", "y")][2] == dt.date(2024, 5, 2)
    assert lieux[("s1", "x")][1:] == (dt.date(2024, 5, 2), None)
    assert bilan_b.absents == 1
    actuels = (await graphql(client, LIEUX, {"presence": "ACTUELS"}))["data"]["lieux"]
    absents = (await graphql(client, LIEUX, {"presence": "ABSENTS"}))["data"]["lieux"]
    assert sorted(n["nom"] for n in actuels["nodes"]) == ["Lieu x", "Lieu z"]
    assert absents["nodes"] == [{"nom": "Lieu y", "absentDepuis": "2024-05-02"}]
    par_defaut = (await graphql(client, "{ lieux(first: 10) { totalCount } }"))["data"]["lieux"]
    assert par_defaut["totalCount"] == 2


async def test_un_lieu_au_pivot_mal_forme_est_garde_sans_pivot_avec_un_avertissement(
    database: Database, tmp_path: Path
) -> None:
    # Given a file whose lieu has a SIREN as its pivot, and another a valid SIRET
    chemin = _fichier_lieux(
        tmp_path / "lieux.csv",
        [
            {"id": "siren", "source": "standard", "pivot": "434933123"},
            {"id": "siret", "source": "standard", "pivot": "43493312300029"},
        ],
    )

    # When it is imported
    bilan = await importer(database, ImporteurLieuxStandard(), chemin, rapport=tmp_path / "r.csv")

    # Then both lieux are in, the first without a pivot, and the report warns about it
    lieux = await _lieux(database)
    assert lieux[("standard", "siren")][0] is None
    assert lieux[("standard", "siret")][0] == "43493312300029"
    assert (bilan.compte.inseres, bilan.rejetes, bilan.avertissements) == (2, 0, 1)
    rapport = lire_rapport(tmp_path / "r.csv")
    assert [(r["line"], r["column"], r["value"]) for r in rapport] == [("2", "pivot", "434933123")]
    assert rapport[0]["reason"].startswith(AVERTISSEMENT + "SIREN (9 chiffres)")
    assert rapport[0]["reason"].endswith("lieu importé sans pivot")
    assert (await _run(database, bilan)).avertissements == 1


async def test_la_date_de_provenance_est_celle_du_nom_du_fichier_sinon_sa_derniere_date_maj(
    database: Database, tmp_path: Path
) -> None:
    # Given a France Services list dated in its name, and a lieux file whose name has no date
    # (its modification day is today) and whose rows were last updated on 2023-03-15
    liste = _liste_fs(tmp_path, "20240801", [0])
    lieux = _fichier_lieux(
        tmp_path / "lieux.csv",
        [{"id": "a", "date_maj": "2023-03-15"}, {"id": "b", "date_maj": "2022-11-30"}],
    )

    # When both are imported
    await _fs(database, liste)
    await importer(database, ImporteurLieuxStandard(), lieux, rapport=tmp_path / "r.csv")

    # Then each row carries its file's own date, not the day of the import
    assert {s[1] for s in (await _sites(database)).values()} == {dt.date(2024, 8, 1)}
    assert {lieu[1] for lieu in (await _lieux(database)).values()} == {dt.date(2023, 3, 15)}
