"""`contrats terminer`: the daily job that ends the contrats past their end date (and frees their postes)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt

from auth.rls import contexte_systeme
from hub.db import Database
from hub.services.contrats import terminer_les_contrats_echus
from hub.services.ecriture import aujourdhui
from hub.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contrats = commands.add_parser("contrats", help="the contrats' life cycle jobs")
    actions = contrats.add_subparsers(dest="action", required=True, metavar="ACTION")
    terminer = actions.add_parser(
        "terminer",
        help="end every actif contrat whose end date has passed (its poste becomes vacant); "
        "idempotent, journaled, safe to run from several instances: run it daily",
    )
    terminer.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        help="end the contrats whose end date is before this day, YYYY-MM-DD (default: today, Paris)",
    )
    terminer.set_defaults(handler=run_terminer)


def run_terminer(arguments: argparse.Namespace) -> int:
    au: dt.date = arguments.date or aujourdhui()
    termines = asyncio.run(_terminer(Settings.from_env(), au))
    print(f"contrats terminer: {len(termines)} contrat(s) ended (end date before {au.isoformat()})")
    return 0


async def _terminer(settings: Settings, au: dt.date) -> list[object]:
    database = Database.from_settings(settings)
    try:
        async with database.transaction() as session:
            await contexte_systeme(session)  # a trusted job: the contrats of every département
            return list(await terminer_les_contrats_echus(session, au))
    finally:
        await database.dispose()
