"""`inclusion-hub` command line: a thin layer over services and alembic, one module per command group."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError, OperationalError

from auth.keys import SigningKeyError
from hub.cli import (
    auth_commands,
    contrats_commands,
    database_commands,
    import_commands,
    rollups_commands,
    serve_commands,
    snapshots_commands,
)
from hub.cli.errors import CliError, describe_database_error
from hub.services.pseudonymes import ClePseudonymisationError
from hub.settings import SettingsError

COMMAND_GROUPS = (
    serve_commands,
    database_commands,
    auth_commands,
    import_commands,
    rollups_commands,
    contrats_commands,
    snapshots_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inclusion-hub",
        description="Inclusion Hub: GraphQL data hub of the conseillers numériques programme.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        code = arguments.handler(arguments)
    except (CliError, SettingsError, SigningKeyError, ClePseudonymisationError) as error:
        _fail(str(error))
    except (OperationalError, DBAPIError, OSError) as error:
        _fail(describe_database_error(error))
    except KeyboardInterrupt:
        _fail("interrupted", code=130)
    sys.exit(code or 0)


def _fail(message: str, code: int = 1) -> None:
    print(f"inclusion-hub: error: {message}", file=sys.stderr)
    sys.exit(code)
