"""`import ENTITY FILE`, `import programme DIR`, `import --schema ENTITY` and `export programme DIR`.

The programme's records (structures, candidatures, postes, conventions, conseillers, contrats,
Aidants Connect, activités) in the formats of hub.importers.programme (docs/imports.md). Exit codes
are those of every import: 0 all rows imported, 3 some rejected, 2 nothing written (a file as a
whole cannot be imported), 1 any other error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import date
from pathlib import Path

from hub.cli.errors import CliError
from hub.cli.migration import require_migrated
from hub.db import Database
from hub.exports.programme import FormatFichier, exporter_programme
from hub.importers.execution import Bilan, importer_programme
from hub.importers.fichier import FichierInvalideError
from hub.importers.programme.moteur import Mode
from hub.importers.programme.registre import FORMATS, REFERENCABLES
from hub.settings import Settings

EXIT_REJETS = 3
EXIT_FICHIER = 2


def ajouter_imports(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
) -> list[argparse.ArgumentParser]:
    """One sub-command per format (each takes a file) and `programme` (a folder); returns them."""
    parsers = []
    for format_ in FORMATS.values():
        parser = kinds.add_parser(format_.nom, help=f"programme: {format_.titre.lower()} (CSV or JSON Lines)")
        parser.add_argument("path", type=Path, help="file to import (.csv or .jsonl)")
        parsers.append(parser)
    programme = kinds.add_parser(
        "programme", help="a folder of programme files (<format>.csv or .jsonl) in one run"
    )
    programme.add_argument("path", type=Path, help="folder to import")
    programme.set_defaults(handler=run_import_programme)
    for parser in [*parsers, programme]:
        parser.add_argument(
            "--mode",
            choices=[m.value for m in Mode],
            default=Mode.DELTA.value,
            help="delta: the rows changed since the last run (default); snapshot: the whole set, "
            "records it no longer holds are marked absent",
        )
    return [*parsers, programme]


def imprimer_schema(nom: str) -> int:
    if nom not in FORMATS:
        formats = ", ".join(FORMATS)
        print(f"inclusion-hub: error: unknown format {nom!r}: choose one of {formats}", file=sys.stderr)
        return EXIT_FICHIER
    print(json.dumps(FORMATS[nom].schema(REFERENCABLES), ensure_ascii=False, indent=2))
    return 0


def run_import_programme(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    rapport: Path = arguments.rejects or Path.cwd() / f"{arguments.path.name or 'programme'}.rejets.csv"
    try:
        execution = _importer(settings, arguments.path, Mode(arguments.mode), rapport, arguments.date_fichier)
        bilans = asyncio.run(execution)
    except FichierInvalideError as erreur:
        print(f"inclusion-hub: error: {erreur}", file=sys.stderr)
        return EXIT_FICHIER
    for bilan in bilans:
        print(bilan.resume().splitlines()[0])
    rejetes = sum(b.rejetes for b in bilans)
    print(f"import programme: {len(bilans)} files, {sum(b.lignes for b in bilans)} rows, {rejetes} rejected")
    print(f"reject report: {rapport}")
    return EXIT_REJETS if rejetes else 0


async def _importer(
    settings: Settings, dossier: Path, mode: Mode, rapport: Path, jour: date | None
) -> list[Bilan]:
    database = Database.from_settings(settings)
    try:
        await require_migrated(database)
        return await importer_programme(database, dossier, mode=mode, rapport=rapport, date_fichier=jour)
    finally:
        await database.dispose()


def ajouter_export(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = what.add_parser("programme", help="programme records, one file per format")
    export.add_argument("path", type=Path, help="folder to write")
    export.add_argument("--format", choices=[f.value for f in FormatFichier], default=FormatFichier.CSV.value)
    export.set_defaults(handler=run_export_programme)


def run_export_programme(arguments: argparse.Namespace) -> int:
    settings = Settings.from_env()
    if arguments.path.exists() and not arguments.path.is_dir():
        raise CliError(f"{arguments.path} exists and is not a folder")
    nombres = asyncio.run(_exporter(settings, arguments.path, FormatFichier(arguments.format)))
    for nom, nombre in nombres.items():
        print(f"export {nom}: {nombre} records", file=sys.stderr)
    return 0


async def _exporter(settings: Settings, dossier: Path, genre: FormatFichier) -> dict[str, int]:
    database = Database.from_settings(settings)
    try:
        await require_migrated(database)
        return await exporter_programme(database, dossier, genre)
    finally:
        await database.dispose()
