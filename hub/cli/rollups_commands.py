"""`rollups rebuild`: recompute the activité aggregates (after a restore, a bulk load or a repair)."""

from __future__ import annotations

import argparse
import asyncio
import time

from auth.rls import contexte_systeme
from hub.db import Database
from hub.services.agregats import Reconstruction, reconstruire
from hub.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rollups = commands.add_parser(
        "rollups", help="the pre-aggregated activités that statistics read (kept exact by triggers)"
    )
    actions = rollups.add_subparsers(dest="action", required=True, metavar="ACTION")
    rebuild = actions.add_parser("rebuild", help="recompute them from every activité, in one transaction")
    rebuild.set_defaults(handler=run_rebuild)


def run_rebuild(arguments: argparse.Namespace) -> int:
    started = time.perf_counter()
    resultat = asyncio.run(_rebuild(Settings.from_env()))
    print(
        f"Rollups rebuilt: {resultat.groupes:,} département × month groups "
        f"({resultat.groupes_themes:,} with thèmes) in {time.perf_counter() - started:.1f} s."
    )
    return 0


async def _rebuild(settings: Settings) -> Reconstruction:
    database = Database.from_settings(settings)
    try:
        async with database.transaction() as session:
            await contexte_systeme(session)  # a trusted operator job: every département's rows
            return await reconstruire(session)
    finally:
        await database.dispose()
