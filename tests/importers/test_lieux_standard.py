"""Lieux in the national standard v1.0.2 (CSV): the official valid example, and broken copies of it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from hub.db import Database
from hub.importers.fichier import FichierInvalideError
from hub.importers.lieux_standard import ImporteurLieuxStandard
from hub.models import ImportRun, Journal, Lieu
from tests.importers.conftest import compter, en_systeme, importer_dans, lire_rapport
from tests.open_data import EXEMPLE_LIEUX, donnee


def _exemple() -> tuple[list[str], dict[str, str]]:
    with donnee(EXEMPLE_LIEUX).open(encoding="utf-8", newline="") as flux:
        lecteur = csv.DictReader(flux)
        ligne = next(lecteur)
        return list(lecteur.fieldnames or []), ligne


def _ecrire(chemin: Path, colonnes: list[str], lignes: list[dict[str, str]]) -> Path:
    with chemin.open("w", encoding="utf-8", newline="") as flux:
        writer = csv.DictWriter(flux, fieldnames=colonnes)
        writer.writeheader()
        writer.writerows(lignes)
    return chemin


def _variantes(exemple: dict[str, str], n: int) -> list[dict[str, str]]:
    return [{**exemple, "id": f"structure-{i}"} for i in range(1, n + 1)]


async def test_l_exemple_valide_du_standard_s_importe(database: Database, tmp_path: Path) -> None:
    bilan = await importer_dans(database, ImporteurLieuxStandard(), donnee(EXEMPLE_LIEUX), tmp_path / "r.csv")

    assert (bilan.compte.inseres, bilan.rejetes) == (1, 0)
    assert lire_rapport(tmp_path / "r.csv") == []
    async with en_systeme(database) as session:
        lieu = await session.scalar(select(Lieu))
    assert lieu is not None
    assert (lieu.source, lieu.source_id, lieu.pivot) == ("Hubik", "structure-1", "43493312300029")
    assert (lieu.code_insee, lieu.departement_code, lieu.code_postal) == ("51454", "51", "51100")
    assert lieu.services == [
        "Maîtrise des outils numériques du quotidien",
        "Insertion professionnelle via le numérique",
        "Loisirs et créations numériques",
    ]
    assert lieu.dispositifs == ["Aidants Connect", "Conseillers numériques", "La Croix Rouge"]
    assert lieu.frais == ["Gratuit sous condition", "Payant"]
    assert lieu.publics == ["Jeunes", "Femmes"]
    assert lieu.telephone == "+33180059880"
    extras = lieu.external_ids["standard"]
    assert extras["itinerance"] == ["Itinérant"]
    assert extras["complement_adresse"] == "Le patio du bois de l'Aulne"
    assert extras["prise_rdv"] == "https://www.rdv-solidarites.fr/"


async def test_une_ligne_invalide_est_rejetee_avec_chaque_motif_et_les_autres_importees(
    database: Database, tmp_path: Path
) -> None:
    colonnes, exemple = _exemple()
    lignes = _variantes(exemple, 4)
    lignes[1].update(
        pivot="43493312300028",
        code_postal="5110",
        code_insee="99999",
        services="Maîtrise des outils numériques du quotidien|Jardinage",
        nom="",
        date_maj="02/04/2024",
    )
    lignes[2].update(id="structure-1")  # the same id twice
    chemin = _ecrire(tmp_path / "lieux.csv", colonnes, lignes)

    bilan = await importer_dans(database, ImporteurLieuxStandard(), chemin, tmp_path / "r.csv")

    assert (bilan.compte.inseres, bilan.rejetes) == (2, 2)
    rejets = lire_rapport(tmp_path / "r.csv")
    par_colonne = {r["column"]: r for r in rejets if r["line"] == "3"}
    assert set(par_colonne) == {"pivot", "code_postal", "code_insee", "services", "nom", "date_maj"}
    assert "Luhn" in par_colonne["pivot"]["reason"]
    assert "« Jardinage »" in par_colonne["services"]["reason"]
    assert par_colonne["nom"]["reason"] == "champ obligatoire vide"
    assert [r for r in rejets if r["line"] == "4"] == [
        {
            "line": "4",
            "column": "id",
            "value": "structure-1",
            "reason": "identifiant en double (déjà à la ligne 2)",
        }
    ]


async def test_une_ligne_tronquee_est_rejetee_et_le_reste_importe(database: Database, tmp_path: Path) -> None:
    colonnes, exemple = _exemple()
    complet = _ecrire(tmp_path / "complet.csv", colonnes, _variantes(exemple, 3)).read_text("utf-8")
    derniere = complet.rstrip("\r\n").rsplit("\n", 1)[1]
    tronque = tmp_path / "tronque.csv"
    tronque.write_text(complet.rstrip("\r\n")[: -len(derniere) // 2], "utf-8")

    bilan = await importer_dans(database, ImporteurLieuxStandard(), tronque, tmp_path / "r.csv")

    assert (bilan.compte.inseres, bilan.rejetes) == (2, 1)
    [rejet] = lire_rapport(tmp_path / "r.csv")
    assert rejet["line"] == "4"
    assert rejet["reason"].startswith("ligne tronquée ou mal formée")


async def test_un_fichier_mal_encode_est_refuse_sans_rien_ecrire(database: Database, tmp_path: Path) -> None:
    await importer_dans(database, ImporteurLieuxStandard(), donnee(EXEMPLE_LIEUX), tmp_path / "1.csv")
    colonnes, exemple = _exemple()
    latin1 = tmp_path / "latin1.csv"
    contenu = io.StringIO()
    writer = csv.DictWriter(contenu, fieldnames=colonnes)
    writer.writeheader()
    writer.writerows([{**exemple, "nom": "Médiathèque modifiée"}, {**exemple, "id": "structure-2"}])
    latin1.write_bytes(contenu.getvalue().encode("latin-1", errors="replace"))

    with pytest.raises(FichierInvalideError, match=r"not UTF-8 \(byte 0x.. on line 2\)"):
        await importer_dans(database, ImporteurLieuxStandard(), latin1, tmp_path / "2.csv")

    assert await compter(database, Lieu) == 1
    assert await compter(database, Lieu, Lieu.nom == "Anonymal") == 1
    assert not (tmp_path / "2.csv").exists()
    async with en_systeme(database) as session:
        runs = (await session.scalars(select(ImportRun).order_by(ImportRun.debut))).all()
        journal = (
            await session.scalars(select(Journal).where(Journal.entite == "import_run").order_by(Journal.id))
        ).all()
    assert [run.statut for run in runs] == ["termine", "echec"]
    assert [(entree.action, entree.entite_id) for entree in journal] == [
        ("import.lieux", str(run.id)) for run in runs
    ]
    assert "not UTF-8" in (journal[1].apres or {})["erreur"]


async def test_une_colonne_obligatoire_manquante_est_refusee_sans_rien_ecrire(
    database: Database, tmp_path: Path
) -> None:
    colonnes, exemple = _exemple()
    sans_pivot = [c for c in colonnes if c != "pivot"]
    chemin = _ecrire(tmp_path / "sans-pivot.csv", sans_pivot, [{c: exemple[c] for c in sans_pivot}])

    with pytest.raises(FichierInvalideError, match=r"missing required column.*pivot"):
        await importer_dans(database, ImporteurLieuxStandard(), chemin, tmp_path / "r.csv")

    assert await compter(database, Lieu) == 0


async def test_un_identifiant_exporte_source_tiret_tiret_id_revient_au_meme_lieu(
    database: Database, tmp_path: Path
) -> None:
    colonnes, exemple = _exemple()
    await importer_dans(database, ImporteurLieuxStandard(), donnee(EXEMPLE_LIEUX), tmp_path / "1.csv")
    chemin = _ecrire(tmp_path / "exporte.csv", colonnes, [{**exemple, "id": "Hubik--structure-1"}])

    bilan = await importer_dans(database, ImporteurLieuxStandard(), chemin, tmp_path / "2.csv")

    assert (bilan.compte.inseres, bilan.compte.mis_a_jour, bilan.compte.inchanges) == (0, 0, 1)


async def test_la_source_par_defaut_s_applique_aux_lignes_sans_source(
    database: Database, tmp_path: Path
) -> None:
    colonnes, exemple = _exemple()
    chemin = _ecrire(tmp_path / "sans-source.csv", colonnes, [{**exemple, "source": ""}])

    await importer_dans(database, ImporteurLieuxStandard("mednum-hubik"), chemin, tmp_path / "r.csv")

    async with en_systeme(database) as session:
        assert (await session.scalars(select(Lieu.source))).all() == ["mednum-hubik"]
