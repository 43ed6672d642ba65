"""`migrate`, `seed` and `export-schema`: the database and the SDL, from the command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hub import migrate
from hub.cli.errors import CliError
from hub.cli.migration import require_migrated
from hub.db import Database
from hub.settings import Settings

if TYPE_CHECKING:
    from hub.seed import Scale, SeedReport


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    migrate_parser = commands.add_parser("migrate", help="upgrade the database schema to the latest revision")
    migrate_parser.add_argument("--revision", default="head", help="target revision (default: head)")
    migrate_parser.add_argument("--downgrade", action="store_true", help="downgrade to --revision instead")
    migrate_parser.set_defaults(handler=run_migrate)

    seed_parser = commands.add_parser("seed", help="fill an empty, migrated database with synthetic data")
    seed_parser.add_argument(
        "--scale",
        required=True,
        help="demo (a few départements), departement (one), national (~1M activités)",
    )
    seed_parser.add_argument("--departement", default="57", help="département of --scale departement")
    seed_parser.add_argument("--random-seed", type=int, default=2021, help="seed of the generator")
    seed_parser.add_argument(
        "--activites", type=int, help="number of activités instead of the scale's (e.g. 100000)"
    )
    seed_parser.add_argument(
        "--through-importers",
        action="store_true",
        help="load the seed as files through the importers, as `demo` does (slower: checks every row)",
    )
    seed_parser.set_defaults(handler=run_seed)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL (or write it to --output)")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    export.set_defaults(handler=run_export_schema)


def run_migrate(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    asyncio.run(_check_reachable(settings))
    if arguments.downgrade:
        migrate.downgrade(settings.database_url, arguments.revision)
    else:
        migrate.upgrade(settings.database_url, arguments.revision)
    print(f"Database at revision {arguments.revision}.")
    return 0


def run_seed(arguments: argparse.Namespace) -> int:
    from hub.seed import Scale

    try:
        scale = Scale(arguments.scale)
    except ValueError:
        choices = ", ".join(s.value for s in Scale)
        raise CliError(f"unknown scale {arguments.scale!r} (choose one of: {choices})") from None
    settings = Settings.from_env()
    report = asyncio.run(
        _seed(
            settings,
            scale,
            arguments.departement,
            arguments.random_seed,
            arguments.activites,
            through_importers=arguments.through_importers,
        )
    )
    print(report.summary())  # row counts per table and the seconds the seed took
    return 0


async def _seed(
    settings: Settings,
    scale: Scale,
    departement: str,
    random_seed: int,
    activites: int | None,
    *,
    through_importers: bool = False,
) -> SeedReport:
    from hub.seed import SeedError, seed
    from hub.seed.par_les_importeurs import seed_par_les_importeurs

    remplir = seed_par_les_importeurs if through_importers else seed

    database = Database.from_settings(settings)
    try:
        await require_migrated(database)
        try:
            return await remplir(
                database, scale, departement=departement, random_seed=random_seed, activites=activites
            )
        except SeedError as error:
            raise CliError(str(error)) from None
    finally:
        await database.dispose()


async def _check_reachable(settings: Settings) -> None:
    database = Database.from_settings(settings)
    try:
        async with database.engine.connect():
            pass
    finally:
        await database.dispose()


def run_export_schema(arguments: argparse.Namespace) -> int:
    from schema import build_schema

    sdl = build_schema().as_str() + "\n"
    if arguments.output is None:
        sys.stdout.write(sdl)
    else:
        arguments.output.write_text(sdl, encoding="utf-8")
    return 0
