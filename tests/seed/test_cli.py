"""`inclusion-hub seed`: row counts on success, one line on stderr and a non-zero exit otherwise."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from hub.cli import main
from hub.db import Database, create_engine
from hub.models import Base
from hub.settings import Settings
from tests.seed.sql import comptes, en_systeme
from tests.seed.test_seed import TABLES_DU_SEED


async def run_cli(*arguments: str) -> int:
    """Run the command line in a thread (it calls asyncio.run itself); its exit code."""
    try:
        await asyncio.to_thread(main, list(arguments))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


async def test_une_echelle_inconnue_echoue_en_une_ligne(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("HUB_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'jamais.db'}")
    assert await run_cli("seed", "--scale", "mondial") != 0
    assert "unknown scale 'mondial'" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "jamais.db").exists()


async def test_une_base_injoignable_echoue_en_une_ligne(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HUB_DATABASE_URL", "postgresql+asyncpg://nobody@127.0.0.1:9/absent")
    assert await run_cli("seed", "--scale", "demo") != 0
    assert "cannot use the database" in one_line(capsys.readouterr().err)


async def test_seeder_deux_fois_echoue_la_seconde_fois_sans_rien_ecrire(
    database_url: str, database: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HUB_DATABASE_URL", database_url)
    assert await run_cli("seed", "--scale", "departement", "--departement", "48") == 0
    sortie = capsys.readouterr().out
    assert "Seeded scale departement (1 département(s): 48)" in sortie
    avant = await comptes(database)
    assert avant["poste"] == 8
    assert re.search(r"^\s+poste\s+8$", sortie, re.MULTILINE)

    assert await run_cli("seed", "--scale", "departement", "--departement", "48") != 0
    erreur = one_line(capsys.readouterr().err)
    assert f"the database already holds {avant['structure']} structures" in erreur
    assert await comptes(database) == avant


async def test_un_departement_inconnu_echoue_en_le_nommant(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HUB_DATABASE_URL", database_url)
    assert await run_cli("seed", "--scale", "departement", "--departement", "99") != 0
    assert "unknown département '99'" in one_line(capsys.readouterr().err)


async def test_seeder_par_les_importeurs_donne_les_memes_lignes(
    database_url: str,
    settings: Settings,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`seed --through-importers` (what `demo` runs) against the bulk seed of the same département."""
    monkeypatch.setenv("HUB_DATABASE_URL", database_url)
    assert await run_cli("seed", "--scale", "departement", "--departement", "48", "--through-importers") == 0
    sortie = capsys.readouterr().out
    assert re.search(r"^\s+structures\s+\d+$", sortie, re.MULTILINE), sortie
    assert re.search(r"^\s+france-services\s+\d+$", sortie, re.MULTILINE), sortie
    par_les_importeurs = await comptes(database)
    assert par_les_importeurs["import_run"] == 19  # lieux, France Services and the 17 programme formats

    proprietaire = Database(create_engine(settings))  # history tables: only their owner deletes
    try:
        async with en_systeme(proprietaire) as session:  # emptied, then the same département in bulk
            for table in reversed(Base.metadata.sorted_tables):
                if table.name in TABLES_DU_SEED | {"activite_agregat", "activite_theme_agregat"}:
                    await session.execute(table.delete())
    finally:
        await proprietaire.dispose()
    assert await run_cli("seed", "--scale", "departement", "--departement", "48") == 0
    en_bloc = await comptes(database)
    for table in sorted(TABLES_DU_SEED):
        assert (table, par_les_importeurs[table]) == (table, en_bloc[table])
    assert en_bloc["poste"] == 8
