"""SQL discipline of `statistiques`: a fixed, small number of statements, only for what is selected."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from auth.principal import Principal
from hub.db import Database
from hub.models.enums import Role
from hub.settings import Settings
from tests.statistiques.requete import statistiques

ANCT = Principal(role=Role.ANCT, subject="agent-anct")


@contextmanager
def requetes_de_donnees(database: Database) -> Iterator[list[str]]:
    """Statements sent to the database, leaving out the row-level security settings (set_config)."""
    statements: list[str] = []

    def before_cursor_execute(*args: Any) -> None:
        if "set_config" not in args[2]:
            statements.append(args[2])

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before_cursor_execute)


@pytest.mark.parametrize(
    ("query", "attendues"),
    [
        # One row of SUMs serves the totals, canaux, durées, tranches d'âge and statuts.
        (
            "{ statistiques { activites { total participants parDuree { nombre } parStatut { nombre } } } }",
            1,
        ),
        ("{ statistiques { activites { parCanal { nombre } parTheme { nombre } } } }", 2),
        ("{ statistiques { activites { parMois { nombre } parDepartement { nombre } } } }", 2),
        ("{ statistiques { postes { valides parPhase { nombre } } franceServices { sites } } }", 2),
        ("{ statistiques { territoire { nom } seuilSuppression } }", 0),
        ('{ statistiques(territoire: {departement: "57"}) { territoire { nom } } }', 1),
    ],
    ids=["sommes", "canal-theme", "mois-departement", "postes-sites", "rien", "nom-du-territoire"],
)
async def test_seuls_les_champs_demandes_sont_calcules(
    client: httpx.AsyncClient, settings: Settings, database: Database, query: str, attendues: int
) -> None:
    with requetes_de_donnees(database) as statements:
        await statistiques(client, settings, ANCT, query=query)
    assert len(statements) == attendues, statements


@pytest.mark.parametrize("territoire", [None, {"departement": "57"}], ids=["national", "departement"])
async def test_tous_les_blocs_tiennent_en_quinze_requetes(
    client: httpx.AsyncClient, settings: Settings, database: Database, territoire: dict[str, str] | None
) -> None:
    # postes 1, conseillers 2, financement 4 (3 below national: no enveloppe, but the territory's
    # name is looked up), activités 4, France Services 1, Aidants Connect 3; `suppressions` reuses them.
    with requetes_de_donnees(database) as statements:
        await statistiques(client, settings, ANCT, {"territoire": territoire})
    assert len(statements) == 15, statements
    assert all(s.lstrip().upper().startswith("SELECT") for s in statements)
