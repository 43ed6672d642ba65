"""`import` and `export`: open data in (France Services, lieux, EPCI) and out (lieux), from files.

Exit codes of `import`: 0 every row imported, 3 some rows rejected (see the reject report),
2 the file cannot be imported at all (nothing written), 1 any other error (database, schema).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from hub.cli import programme_commands
from hub.cli.migration import require_migrated
from hub.db import Database
from hub.exports.lieux import FormatExport, exporter_lieux
from hub.importers.contours import ImporteurContours
from hub.importers.epci import ImporteurEpci
from hub.importers.execution import Bilan, importer
from hub.importers.fichier import FichierInvalideError
from hub.importers.france_services import ImporteurFranceServices
from hub.importers.lecture import Importeur
from hub.importers.lieux_cnfs import ImporteurLieuxCnfs
from hub.importers.lieux_standard import SOURCE_PAR_DEFAUT, ImporteurLieuxStandard
from hub.importers.programme.moteur import ImporteurProgramme, Mode
from hub.importers.programme.registre import FORMATS
from hub.importers.rejets import chemin_par_defaut
from hub.settings import Settings

EXIT_REJETS = 3
EXIT_FICHIER = 2


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer_parser = commands.add_parser(
        "import",
        help="import open data (france-services, lieux, epci, contours-departements) or programme records",
    )
    importer_parser.add_argument(
        "--schema", metavar="ENTITY", help="print the JSON Table Schema of a programme format, and exit"
    )
    importer_parser.set_defaults(handler=run_schema, kind=None)
    kinds = importer_parser.add_subparsers(dest="kind", metavar="KIND")
    france_services = kinds.add_parser("france-services", help="France Services sites (liste-fs-*.csv)")
    lieux = kinds.add_parser(
        "lieux",
        help="lieux de médiation numérique: standard v1.0.2 CSV, or the 2022 conseillers numériques JSON",
    )
    lieux.add_argument(
        "--source",
        default=SOURCE_PAR_DEFAUT,
        help="source of CSV rows whose `source` column is empty (default: %(default)s)",
    )
    epci = kinds.add_parser("epci", help="EPCI and their member communes (découpage administratif epci.json)")
    contours = kinds.add_parser(
        "contours-departements",
        help="outlines of the départements for the pages' maps (GeoJSON FeatureCollection, geom_dep.geojson)",
    )
    programme = programme_commands.ajouter_imports(kinds)
    for parser in (france_services, lieux, epci, contours):
        parser.add_argument("path", type=Path, help="file to import")
    for parser in (france_services, lieux, epci, contours, *programme):
        parser.add_argument(
            "--rejects", type=Path, help="reject report CSV (default: ./<file name>.rejets.csv)"
        )
        parser.add_argument(
            "--date-fichier",
            type=date.fromisoformat,
            help="date of the file's data, YYYY-MM-DD (default: a date in its name, else its mtime)",
        )
        if parser.get_default("handler") is None:
            parser.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="export the hub's lieux or programme records")
    what = export.add_subparsers(dest="what", required=True, metavar="WHAT")
    export_lieux = what.add_parser("lieux", help="lieux de médiation numérique")
    export_lieux.add_argument("--format", required=True, choices=[f.value for f in FormatExport])
    export_lieux.add_argument("--output", type=Path, help="file to write (default: standard output)")
    export_lieux.set_defaults(handler=run_export)
    programme_commands.ajouter_export(what)


def run_schema(arguments: argparse.Namespace) -> int:
    if arguments.schema is None:
        print("inclusion-hub import: error: give a KIND and a file, or --schema ENTITY", file=sys.stderr)
        return EXIT_FICHIER
    return programme_commands.imprimer_schema(arguments.schema)


def importeur_pour(arguments: argparse.Namespace) -> Importeur:
    if arguments.kind in FORMATS:
        return ImporteurProgramme(FORMATS[arguments.kind], Mode(arguments.mode))
    if arguments.kind == "france-services":
        return ImporteurFranceServices()
    if arguments.kind == "epci":
        return ImporteurEpci()
    if arguments.kind == "contours-departements":
        return ImporteurContours()
    if _est_json(arguments.path):
        return ImporteurLieuxCnfs()
    return ImporteurLieuxStandard(arguments.source)


def _est_json(path: Path) -> bool:
    if path.suffix.lower() in (".json", ".csv"):
        return path.suffix.lower() == ".json"
    try:
        with path.open("rb") as flux:
            return flux.read(64).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
    except OSError:
        return False


def run_import(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    rapport = arguments.rejects or chemin_par_defaut(arguments.path)
    if not os.access(rapport.parent, os.W_OK):
        print(f"inclusion-hub: error: cannot write the reject report in {rapport.parent}", file=sys.stderr)
        return EXIT_FICHIER
    try:
        bilan = asyncio.run(_import(settings, arguments))
    except FichierInvalideError as erreur:
        print(f"inclusion-hub: error: {erreur}", file=sys.stderr)
        return EXIT_FICHIER
    print(bilan.resume())
    return EXIT_REJETS if bilan.rejetes else 0


async def _import(settings: Settings, arguments: argparse.Namespace) -> Bilan:
    database = Database.from_settings(settings)
    try:
        await require_migrated(database)
        return await importer(
            database,
            importeur_pour(arguments),
            arguments.path,
            rapport=arguments.rejects or chemin_par_defaut(arguments.path),
            date_fichier=arguments.date_fichier,
        )
    finally:
        await database.dispose()


def run_export(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    format_export = FormatExport(arguments.format)
    if arguments.output is None:
        nombre = asyncio.run(_export(settings, format_export, sys.stdout))
    else:
        temporaire = arguments.output.with_name(f".{arguments.output.name}.en-cours")
        try:
            with temporaire.open("w", encoding="utf-8", newline="") as sortie:
                nombre = asyncio.run(_export(settings, format_export, sortie))
            os.replace(temporaire, arguments.output)
        finally:
            temporaire.unlink(missing_ok=True)
    print(f"export lieux: {nombre} lieux written ({format_export.value})", file=sys.stderr)
    return 0


async def _export(settings: Settings, format_export: FormatExport, sortie: TextIO) -> int:
    database = Database.from_settings(settings)
    try:
        await require_migrated(database)
        return await exporter_lieux(database, format_export, sortie)
    finally:
        await database.dispose()
