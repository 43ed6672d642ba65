"""Lieux of the conseillers numériques: the real 2022 JSON export (2,733 records) through the standard."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from stdnum.fr import siret

from hub.db import Database
from hub.importers.controles import TELEPHONE
from hub.importers.fichier import FichierInvalideError
from hub.importers.lieux_cnfs import ImporteurLieuxCnfs
from hub.importers.rejets import AVERTISSEMENT
from hub.models import ImportRun, Lieu, Structure
from hub.models.enums import StatutStructure, TypeStructure
from tests.databases import Backend
from tests.importers.conftest import ImportPartage, compter, en_systeme, import_partage, importer_dans
from tests.open_data import LIEUX_CNFS, donnee

# Every reason the real file produces, as documented in docs/imports.md: rejects, then warnings
# (a malformed pivot keeps the lieu, without its pivot).
MOTIFS_DOCUMENTES = (
    "code postal attendu sur 5 chiffres",
    "téléphone attendu au format international",
)
AVERTISSEMENTS_DOCUMENTES = tuple(
    AVERTISSEMENT + motif
    for motif in (
        "SIRET invalide (clé de contrôle de Luhn)",
        "SIREN (9 chiffres)",
        "ni un SIRET (14 chiffres) ni un numéro RNA",
    )
)


def _enregistrements() -> list[dict[str, Any]]:
    return json.loads(donnee(LIEUX_CNFS).read_text(encoding="utf-8"))


def _lignes_des_ids() -> dict[str, str]:
    """The line where each record starts: its `"id"` is the first key, on the line after the `{`."""
    lignes = donnee(LIEUX_CNFS).read_text(encoding="utf-8").splitlines()
    return {
        json.loads("{" + ligne.strip().rstrip(",") + "}")["id"]: str(numero - 1)
        for numero, ligne in enumerate(lignes, start=1)
        if ligne.strip().startswith('"id":')
    }


async def _importer(database: Database, tmp_path: Path, nom: str = "r.csv") -> Any:
    return await importer_dans(database, ImporteurLieuxCnfs(), donnee(LIEUX_CNFS), tmp_path / nom)


@pytest.fixture(scope="module")
async def cnfs(
    backend: Backend, migrated_template: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[ImportPartage]:
    """The real file imported once; the tests using it only read."""
    dossier = tmp_path_factory.mktemp("cnfs")
    async with import_partage(
        backend, migrated_template, dossier, ImporteurLieuxCnfs(), donnee(LIEUX_CNFS)
    ) as p:
        yield p


async def test_le_fichier_reel_donne_2733_lieux_moins_des_rejets_documentes(cnfs: ImportPartage) -> None:
    database = cnfs.database
    bilan = cnfs.bilan

    assert bilan.compte.inseres + bilan.rejetes == len(_enregistrements()) == 2733
    rejets = _rejets(cnfs)
    assert len({r["line"] for r in rejets}) == bilan.rejetes == 5
    assert all(r["reason"].startswith(MOTIFS_DOCUMENTES) for r in rejets), rejets
    avertissements = [r for r in cnfs.rejets() if r["reason"].startswith(AVERTISSEMENT)]
    assert len(avertissements) == bilan.avertissements == 28
    assert all(r["reason"].startswith(AVERTISSEMENTS_DOCUMENTES) for r in avertissements), avertissements
    assert await compter(database, Lieu) == bilan.compte.inseres == 2728
    assert ("code_postal", "30252Cedex") in {(r["column"], r["value"]) for r in rejets}
    assert ("pivot", "34106240403159/APE:8790B") in {(r["column"], r["value"]) for r in avertissements}


def _rejets(partage: ImportPartage) -> list[dict[str, str]]:
    return [r for r in partage.rejets() if not r["reason"].startswith(AVERTISSEMENT)]


async def test_un_pivot_mal_forme_garde_le_lieu_sans_pivot_avec_un_avertissement(
    cnfs: ImportPartage,
) -> None:
    database = cnfs.database

    pivots = {e["id"]: e["pivot"] for e in _enregistrements() if e.get("pivot")}
    invalides = {p for p in pivots.values() if not siret.is_valid(p)}
    averties = {r["value"] for r in cnfs.rejets() if r["column"] == "pivot"}
    assert averties == invalides
    assert all(r["reason"].startswith(AVERTISSEMENT) for r in cnfs.rejets() if r["column"] == "pivot")
    ids_invalides = {i for i, p in pivots.items() if p in invalides}
    async with en_systeme(database) as session:
        gardes_sans_pivot = (
            await session.scalars(select(Lieu.pivot).where(Lieu.source_id.in_(ids_invalides)))
        ).all()
    assert len(gardes_sans_pivot) >= len(ids_invalides) - 5  # the 5 rejected rows may be among them
    assert set(gardes_sans_pivot) == {None}
    async with en_systeme(database) as session:
        gardes = set((await session.scalars(select(Lieu.pivot).where(Lieu.pivot.is_not(None)))).all())
    assert gardes
    assert all(siret.is_valid(p) for p in gardes)
    sans_pivot = sum(1 for e in _enregistrements() if not e.get("pivot"))
    assert await compter(database, Lieu, Lieu.pivot.is_(None)) <= sans_pivot + len(gardes_sans_pivot)


async def test_un_second_passage_rapporte_0_insere_0_mis_a_jour(database: Database, tmp_path: Path) -> None:
    premier = await _importer(database, tmp_path, "1.csv")
    second = await _importer(database, tmp_path, "2.csv")

    assert (second.compte.inseres, second.compte.mis_a_jour) == (0, 0)
    assert second.compte.inchanges == premier.compte.inseres
    assert second.rejetes == premier.rejetes


async def test_les_labels_nationaux_deviennent_des_dispositifs(cnfs: ImportPartage) -> None:
    async with en_systeme(cnfs.database) as session:
        lieux = (await session.scalars(select(Lieu))).all()
    par_id = {lieu.source_id: lieu for lieu in lieux}
    attendus: Counter[str] = Counter()
    for e in _enregistrements():
        if e["id"] in par_id:
            attendus.update(e["labels_nationaux"].split(", "))
    obtenus = Counter(d for lieu in lieux for d in lieu.dispositifs)
    assert obtenus["Conseillers numériques"] == attendus["CNFS"] == len(lieux)
    assert obtenus["France Services"] == attendus["France Services"] > 600
    assert obtenus["Aidants Connect"] == attendus["Aidants Connect"] > 150
    assert all(lieu.source == "conseiller-numerique" and lieu.frais == ["Gratuit"] for lieu in lieux)
    assert all(
        lieu.services == ["Maîtrise des outils numériques du quotidien", "Compréhension du monde numérique"]
        for lieu in lieux
    )


async def test_le_departement_vient_du_code_postal_corse_comprise(cnfs: ImportPartage) -> None:
    database = cnfs.database

    async with en_systeme(database) as session:
        rows = (await session.execute(select(Lieu.code_postal, Lieu.departement_code))).all()
    par_code_postal = dict(rows)
    assert par_code_postal["20090"] == "2A"
    assert par_code_postal["20200"] == "2B"
    assert par_code_postal["20600"] == "2B"
    assert par_code_postal["97400"] == "974"
    assert par_code_postal["57000"] == "57"
    moselle = [e for e in _enregistrements() if e["code_postal"].startswith("57")]
    assert len(moselle) == 31
    rejetes = {r["line"] for r in _rejets(cnfs)}
    lignes = _lignes_des_ids()
    gardes = [e for e in moselle if lignes[e["id"]] not in rejetes]
    assert len(gardes) == len(moselle)  # the one with an invalid SIRET is kept, without its pivot
    assert await compter(database, Lieu, Lieu.departement_code == "57") == len(gardes)


async def test_les_telephones_sont_au_format_du_standard(cnfs: ImportPartage) -> None:
    database = cnfs.database

    async with en_systeme(database) as session:
        telephones = (await session.scalars(select(Lieu.telephone).where(Lieu.telephone.is_not(None)))).all()
    assert len(telephones) > 1700
    assert all(TELEPHONE.match(t) for t in telephones)


async def test_un_lieu_est_relie_a_la_structure_de_meme_siret(database: Database, tmp_path: Path) -> None:
    async with en_systeme(database) as session:
        structure = Structure(
            siret="77556026100015",
            nom="Groupe SOS",
            type=TypeStructure.PRIVATE,
            statut=StatutStructure.VALIDEE,
            departement_code="13",
        )
        session.add(structure)

    await _importer(database, tmp_path)

    attendus = {e["id"] for e in _enregistrements() if e.get("pivot") == "77556026100015"}
    async with en_systeme(database) as session:
        lies = set(
            (await session.scalars(select(Lieu.source_id).where(Lieu.structure_id == structure.id))).all()
        )
    assert lies == attendus
    assert len(lies) >= 1


async def test_un_json_tronque_ne_change_rien_et_laisse_un_run_en_echec(
    database: Database, tmp_path: Path
) -> None:
    await _importer(database, tmp_path, "1.csv")
    avant = await compter(database, Lieu)
    texte = donnee(LIEUX_CNFS).read_text(encoding="utf-8")
    tronque = tmp_path / "tronque.json"
    tronque.write_text(
        texte.replace("Association l'espoir", "Association renommée")[: len(texte) // 2], "utf-8"
    )

    with pytest.raises(FichierInvalideError, match="not valid JSON"):
        await importer_dans(database, ImporteurLieuxCnfs(), tronque, tmp_path / "2.csv")

    assert await compter(database, Lieu) == avant
    assert await compter(database, Lieu, Lieu.nom == "Association renommée") == 0
    assert await compter(database, ImportRun, ImportRun.statut == "echec") == 1
    assert not (tmp_path / "2.csv").exists()
