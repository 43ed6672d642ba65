"""`export lieux`: valid against the standard's schema.json, data·inclusion shaped, a lossless round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hub.db import Database
from hub.exports.lieux import FormatExport, exporter_lieux
from hub.importers.execution import importer
from hub.importers.lieux_cnfs import ImporteurLieuxCnfs
from hub.importers.lieux_standard import ImporteurLieuxStandard
from hub.models import Lieu
from tests.exports.conftest import table_schema, validateur_de_ligne
from tests.importers.conftest import en_systeme
from tests.open_data import EXEMPLE_LIEUX, LIEUX_CNFS, RESEAUX_PORTEURS, donnee


async def _importer_les_lieux_reels(database: Database, tmp_path: Path) -> None:
    await importer(database, ImporteurLieuxCnfs(), donnee(LIEUX_CNFS), rapport=tmp_path / "cnfs.csv")
    await importer(database, ImporteurLieuxStandard(), donnee(EXEMPLE_LIEUX), rapport=tmp_path / "ex.csv")


async def _exporter(database: Database, format_export: FormatExport) -> str:
    sortie = io.StringIO(newline="")
    await exporter_lieux(database, format_export, sortie)
    return sortie.getvalue()


async def _lieux(database: Database) -> list[dict[str, Any]]:
    async with en_systeme(database) as session:
        lieux = (await session.scalars(select(Lieu).order_by(Lieu.source, Lieu.source_id))).all()
    return [{c.key: getattr(lieu, c.key) for c in Lieu.__table__.columns} for lieu in lieux]


async def test_l_export_standard_est_valide_selon_le_schema_du_standard(
    database: Database, tmp_path: Path
) -> None:
    await _importer_les_lieux_reels(database, tmp_path)

    lecteur = csv.DictReader(io.StringIO(await _exporter(database, FormatExport.STANDARD_CSV), newline=""))
    lignes = list(lecteur)

    assert lecteur.fieldnames == [champ["name"] for champ in table_schema()["fields"]]
    assert len(lignes) == len(await _lieux(database)) > 2600
    validateur = validateur_de_ligne()
    erreurs = [(ligne["id"], e.message) for ligne in lignes for e in validateur.iter_errors(ligne)]
    assert erreurs == []
    assert len({ligne["id"] for ligne in lignes}) == len(lignes)  # primaryKey: id
    assert validateur.is_valid({**lignes[0], "latitude": "quarante"}) is False  # the check has teeth
    assert validateur.is_valid({**lignes[0], "services": "Jardinage|" + lignes[0]["services"]}) is False


async def test_un_aller_retour_export_puis_import_ne_change_rien(database: Database, tmp_path: Path) -> None:
    await _importer_les_lieux_reels(database, tmp_path)
    avant = await _lieux(database)
    export = tmp_path / "lieux-export.csv"
    export.write_text(await _exporter(database, FormatExport.STANDARD_CSV), encoding="utf-8", newline="")

    bilan = await importer(database, ImporteurLieuxStandard(), export, rapport=tmp_path / "r.csv")

    assert (bilan.compte.inseres, bilan.compte.mis_a_jour, bilan.rejetes) == (0, 0, 0)
    assert bilan.compte.inchanges == len(avant)
    apres = await _lieux(database)
    # The export is dated by its latest date_maj: a file at least as recent as each source's, which
    # holds every lieu unchanged, so only `date_source` may move (forward, never back).
    assert [_sans_date(lieu) for lieu in apres] == [_sans_date(lieu) for lieu in avant]
    assert all(a["date_source"] >= b["date_source"] for a, b in zip(apres, avant, strict=True))


def _sans_date(lieu: dict[str, Any]) -> dict[str, Any]:
    return {cle: valeur for cle, valeur in lieu.items() if cle != "date_source"}


async def test_l_export_data_inclusion_suit_le_format_des_structures(
    database: Database, tmp_path: Path
) -> None:
    await _importer_les_lieux_reels(database, tmp_path)
    reseaux = {r["value"] for r in json.loads(donnee(RESEAUX_PORTEURS).read_text(encoding="utf-8"))}

    structures = json.loads(await _exporter(database, FormatExport.DATA_INCLUSION_JSON))

    assert len(structures) == len(await _lieux(database))
    for structure in structures:
        assert structure["id"] == f"{structure['source']}--" + structure["id"].split("--", 1)[1]
        assert structure["nom"]
        assert structure["date_maj"]
        assert structure["siret"] is None or (len(structure["siret"]) == 14 and structure["siret"].isdigit())
        assert set(structure["reseaux_porteurs"]) <= reseaux
    cnfs = [s for s in structures if s["source"] == "conseiller-numerique"]
    assert all("conseillers-numeriques" in s["reseaux_porteurs"] for s in cnfs)
    assert sum("france-service" in s["reseaux_porteurs"] for s in cnfs) > 600
    exemple = next(s for s in structures if s["source"] == "Hubik")
    assert exemple["courriel"] == "contact@laquincaillerie.tl"
    assert exemple["reseaux_porteurs"] == ["aidants-connect", "conseillers-numeriques", "croix-rouge"]
