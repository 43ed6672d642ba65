"""`snapshots take`: the daily job that keeps one row of figures per territory and day (issue 22)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import time

from auth.rls import contexte_systeme
from hub.cli.errors import CliError
from hub.db import Database
from hub.services.instantanes import (
    DEBUT_DU_PROGRAMME,
    BilanInstantanes,
    DateFutureError,
    completer_depuis,
    prendre_instantane,
)
from hub.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    snapshots = commands.add_parser("snapshots", help="daily snapshots of the figures per territory")
    actions = snapshots.add_subparsers(dest="action", required=True, metavar="ACTION")
    take = actions.add_parser(
        "take",
        help="write the snapshot of a day (default today, Paris) for the nation, every région, "
        "département and COM; idempotent, journaled, safe to run from several instances: run it daily",
    )
    jour = take.add_mutually_exclusive_group()
    jour.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        help="the day, YYYY-MM-DD (a past day is rebuilt from the history; its rows are replaced)",
    )
    jour.add_argument(
        "--depuis",
        type=dt.date.fromisoformat,
        nargs="?",
        const=DEBUT_DU_PROGRAMME,
        help="instead, every day from this one to today that has no snapshot yet "
        f"(default {DEBUT_DU_PROGRAMME.isoformat()}), rebuilt from the history in one pass",
    )
    take.set_defaults(handler=run_take)


def run_take(arguments: argparse.Namespace) -> int:
    debut = time.perf_counter()
    try:
        bilan = asyncio.run(_take(Settings.from_env(), arguments.date, arguments.depuis))
    except DateFutureError as error:
        raise CliError(str(error)) from error
    duree = time.perf_counter() - debut
    if not bilan.jours:
        print(f"snapshots take: nothing to do, every day is already kept ({duree:.1f} s)")
        return 0
    print(
        f"snapshots take: {len(bilan.jours)} day(s) from {bilan.jours[0].isoformat()} to "
        f"{bilan.jours[-1].isoformat()} ({bilan.reconstitues} rebuilt from the history), "
        f"{bilan.lignes} row(s) written in {duree:.1f} s"
    )
    return 0


async def _take(settings: Settings, jour: dt.date | None, depuis: dt.date | None) -> BilanInstantanes:
    database = Database.from_settings(settings)
    try:
        async with database.transaction() as session:
            await contexte_systeme(session)  # a trusted job: the figures of every département
            if depuis is not None:
                return await completer_depuis(session, depuis)
            return await prendre_instantane(session, jour)
    finally:
        await database.dispose()
