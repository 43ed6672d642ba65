"""EPCI and member communes from the découpage administratif (1,255 EPCI, 34,931 communes)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from hub.db import Database
from hub.importers.epci import ImporteurEpci
from hub.models import Commune, Epci
from tests.importers.conftest import compter, en_systeme, importer_dans, lire_rapport
from tests.open_data import EPCI, donnee


async def test_le_fichier_reel_donne_les_epci_et_leurs_communes_puis_rien_au_second_passage(
    database: Database, tmp_path: Path
) -> None:
    epcis = json.loads(donnee(EPCI).read_text(encoding="utf-8"))
    communes = sum(len(epci["membres"]) for epci in epcis)

    premier = await importer_dans(database, ImporteurEpci(), donnee(EPCI), tmp_path / "1.csv")
    second = await importer_dans(database, ImporteurEpci(), donnee(EPCI), tmp_path / "2.csv")

    assert (len(epcis), communes) == (1255, 34931)
    assert (premier.compte.inseres, premier.rejetes) == (1255 + 34931, 0)
    assert lire_rapport(tmp_path / "1.csv") == []
    assert (second.compte.inseres, second.compte.mis_a_jour, second.compte.inchanges) == (0, 0, 1255 + 34931)
    assert await compter(database, Epci) == 1255
    assert await compter(database, Commune) == 34931
    assert await compter(database, Commune, Commune.departement_code == "976") == 17
    async with en_systeme(database) as session:
        ajaccio = await session.get(Commune, "2A004")
        metz = await session.get(Commune, "57463")
        metz_metropole = await session.get(Epci, metz.epci_code if metz else "")
    assert ajaccio is not None
    assert ajaccio.departement_code == "2A"
    assert ajaccio.nom == "Ajaccio"
    assert metz is not None
    assert metz.departement_code == "57"
    assert metz.population
    assert metz_metropole is not None
    assert metz_metropole.type == "METRO"


async def test_une_commune_invalide_est_rejetee_sans_son_epci(database: Database, tmp_path: Path) -> None:
    epcis = json.loads(donnee(EPCI).read_text(encoding="utf-8"))[:3]
    epcis[0]["membres"][0]["code"] = "7501"
    epcis[1]["code"] = "123456789"
    chemin = tmp_path / "epci.json"
    chemin.write_text(json.dumps(epcis, ensure_ascii=False, indent=2), encoding="utf-8")

    bilan = await importer_dans(database, ImporteurEpci(), chemin, tmp_path / "r.csv")

    assert bilan.rejetes == 1 + 1 + len(epcis[1]["membres"])
    assert await compter(database, Epci) == 2
    assert await compter(database, Commune) == len(epcis[0]["membres"]) - 1 + len(epcis[2]["membres"])
    rejets = {(r["column"], r["value"]): r["reason"] for r in lire_rapport(tmp_path / "r.csv")}
    assert "code INSEE invalide" in rejets[("membres[0].code", "7501")]
    assert "SIREN invalide" in rejets[("code", "123456789")]
    async with en_systeme(database) as session:
        assert set((await session.scalars(select(Commune.epci_code))).all()) == {
            epcis[0]["code"],
            epcis[2]["code"],
        }
