"""`inclusion-hub import …` / `export …`: exit codes, the summary line, the default reject report."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from hub.cli import main
from tests.open_data import EXEMPLE_LIEUX, FRANCE_SERVICES, donnee


def _lancer(arguments: list[str]) -> int:
    with pytest.raises(SystemExit) as sortie:
        main(arguments)
    return int(sortie.value.code or 0)


@pytest.fixture
def environnement(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HUB_DATABASE_URL", database_url)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_des_lignes_rejetees_donnent_le_code_3_et_un_rapport_dans_le_dossier_courant(
    environnement: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real file with two sites moved into the Atlantic: their rows are rejected.
    with donnee(FRANCE_SERVICES).open(encoding="utf-8", newline="") as flux:
        lignes = list(csv.DictReader(flux))
    for ligne in lignes[:2]:
        ligne["latitude"], ligne["longitude"] = "45.0", "-30.0"
    fichier = environnement / "sources" / "liste-fs-20240801.csv"
    fichier.parent.mkdir()
    with fichier.open("w", encoding="utf-8", newline="") as flux:
        ecrivain = csv.DictWriter(flux, fieldnames=list(lignes[0]), quoting=csv.QUOTE_ALL)
        ecrivain.writeheader()
        ecrivain.writerows(lignes)
    code = _lancer(["import", "france-services", str(fichier)])

    sortie = capsys.readouterr()
    assert code == 3
    assert "2843 inserted, 0 updated, 0 unchanged, 2 rejected" in sortie.out
    assert "rows/s" in sortie.out
    rapport = environnement / "liste-fs-20240801.rejets.csv"
    assert f"reject report: {rapport}" in sortie.out
    assert rapport.read_text(encoding="utf-8").splitlines()[0] == "line,column,value,reason"
    assert sortie.err == ""  # no progress bar when stderr is not a terminal


def test_un_import_propre_donne_le_code_0_et_un_second_0_insere_0_mis_a_jour(
    environnement: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rapport = environnement / "rejets" / "exemple.csv"
    rapport.parent.mkdir()
    assert _lancer(["import", "lieux", str(donnee(EXEMPLE_LIEUX)), "--rejects", str(rapport)]) == 0
    assert _lancer(["import", "lieux", str(donnee(EXEMPLE_LIEUX)), "--rejects", str(rapport)]) == 0

    sortie = capsys.readouterr().out.splitlines()
    assert sortie[0].startswith("import lieux: 1 inserted, 0 updated, 0 unchanged, 0 rejected")
    assert sortie[3].startswith("import lieux: 0 inserted, 0 updated, 1 unchanged, 0 rejected")
    assert rapport.read_text(encoding="utf-8").strip() == "line,column,value,reason"


def test_un_fichier_qui_n_est_pas_du_json_donne_le_code_2_et_une_ligne_d_erreur(
    environnement: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faux = environnement / "lieux.json"
    faux.write_text("<html>Not found</html>", encoding="utf-8")

    code = _lancer(["import", "lieux", str(faux)])

    erreur = capsys.readouterr().err.strip()
    assert code == 2
    assert erreur == f"inclusion-hub: error: {faux}: not a JSON array of records"
    assert not (environnement / "lieux.rejets.csv").exists()


def test_un_fichier_absent_donne_le_code_2(environnement: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _lancer(["import", "epci", str(environnement / "absent.json")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_l_export_ecrit_le_fichier_demande(environnement: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _lancer(["import", "lieux", str(donnee(EXEMPLE_LIEUX))])
    sortie = environnement / "lieux.csv"

    assert _lancer(["export", "lieux", "--format", "standard-csv", "--output", str(sortie)]) == 0

    lignes = sortie.read_text(encoding="utf-8").splitlines()
    assert lignes[0].startswith("id,pivot,nom,commune,code_postal,code_insee,adresse")
    assert lignes[1].startswith("Hubik--structure-1,43493312300029,Anonymal,Reims,51100,51454")
    assert "export lieux: 1 lieux written (standard-csv)" in capsys.readouterr().err


def test_un_dossier_de_rapport_introuvable_donne_le_code_2_sans_rien_importer(
    environnement: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rapport = environnement / "absent" / "rejets.csv"

    code = _lancer(["import", "lieux", str(donnee(EXEMPLE_LIEUX)), "--rejects", str(rapport)])

    assert code == 2
    assert capsys.readouterr().err.strip() == (
        f"inclusion-hub: error: cannot write the reject report in {rapport.parent}"
    )
    assert (
        _lancer(["export", "lieux", "--format", "standard-csv", "--output", str(environnement / "x.csv")])
        == 0
    )
    assert (environnement / "x.csv").read_text(encoding="utf-8").count("\n") == 1  # header only: no lieu
