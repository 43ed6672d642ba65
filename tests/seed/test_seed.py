"""`seed`: deterministic, only into an empty database, all or nothing, one département at its share."""

from __future__ import annotations

import pytest

from hub.db import Database, create_engine
from hub.seed import Scale, SeedError, is_seeded, seed
from hub.seed.communes import territoire
from hub.seed.siret import SiretFactory
from hub.seed.structures import Instruction, instruire
from hub.settings import Settings
from tests.seed.sql import comptes, lignes, valeur

TABLES_DU_SEED = {
    "enveloppe", "plafond_departemental", "structure", "candidature", "avis_prefet", "decision_coselec",
    "poste", "conseiller", "contrat", "subvention", "versement", "lieu", "lieu_conseiller",
    "site_france_services", "activite", "activite_theme", "organisation_aidants_connect", "aidant",
    "usager", "mandat", "autorisation",
}  # fmt: skip
PREMIERS_IDS = {
    table: f"SELECT id FROM {table} ORDER BY id LIMIT 3"
    for table in ("structure", "poste", "conseiller", "contrat", "activite", "mandat", "usager")
}


async def test_meme_graine_memes_donnees(database: Database, seeded_database: Database) -> None:
    """A fresh demo seed equals the template's (seeded earlier, as the owner on PostgreSQL)."""
    report = await seed(database, Scale.DEMO, random_seed=2021)
    attendu = await comptes(seeded_database)
    assert await comptes(database) == attendu
    assert report.rows == {
        table: n for table, n in attendu.items() if n and table not in ("region", "departement")
    }
    for sql in PREMIERS_IDS.values():
        assert await lignes(database, sql) == await lignes(seeded_database, sql)


def test_une_autre_graine_donne_d_autres_structures() -> None:
    def sirets(random_seed: int) -> list[str]:
        instruction = Instruction()
        instruire(territoire("57", random_seed), 53, random_seed, SiretFactory(), instruction)
        return [s.siret for s in instruction.structures]

    assert sirets(2021) == sirets(2021)
    assert sirets(2021) != sirets(2022)


async def test_seed_refuse_une_base_deja_remplie_sans_rien_ecrire(seeded_database: Database) -> None:
    avant = await comptes(seeded_database)
    assert await is_seeded(seeded_database)
    with pytest.raises(SeedError, match=rf"already holds {avant['structure']} structures: seed fills only"):
        await seed(seeded_database, Scale.DEPARTEMENT, departement="48")
    assert await comptes(seeded_database) == avant


async def test_departement_inconnu_refuse_en_le_nommant(database: Database) -> None:
    with pytest.raises(SeedError, match="unknown département '99'"):
        await seed(database, Scale.DEPARTEMENT, departement="99")
    with pytest.raises(SeedError, match="unknown scale 'mondial'"):
        await seed(database, "mondial")
    assert not await is_seeded(database)
    assert await valeur(database, "SELECT count(*) FROM enveloppe") == 0


async def test_la_moselle_seule_a_ses_53_postes(database: Database) -> None:
    report = await seed(database, Scale.DEPARTEMENT, departement="57")
    assert report.rows["poste"] == 53
    assert report.rows["activite"] == 13_250  # its national share of 1,000,000
    assert dict(await lignes(database, "SELECT departement_code, count(*) FROM poste GROUP BY 1")) == {
        "57": 53
    }
    departements = {d for (d,) in await lignes(database, "SELECT DISTINCT departement_code FROM structure")}
    assert departements == {"57"}
    assert "poste" in report.summary()
    assert "13,250" in report.summary()


async def test_un_echec_en_cours_de_route_ne_laisse_rien(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Activités are already written (COPY on PostgreSQL) when Aidants Connect fails: all rolls back."""

    def panne(*args: object) -> None:
        raise RuntimeError("panne simulée")

    monkeypatch.setattr("hub.seed.api.habiliter", panne)
    # As the application role (COPY through a staging table) and as the owner (direct COPY).
    proprietaire = Database(create_engine(settings))
    try:
        for base in (database, proprietaire):
            with pytest.raises(RuntimeError, match="panne simulée"):
                await seed(base, Scale.DEPARTEMENT, departement="48")
            restant = await comptes(base)
            assert {table: restant[table] for table in TABLES_DU_SEED} == dict.fromkeys(TABLES_DU_SEED, 0)
    finally:
        await proprietaire.dispose()
