"""The check every command that reads or writes records runs first: the database is at alembic's head."""

from __future__ import annotations

from hub import migrate
from hub.cli.errors import CliError
from hub.db import Database


async def require_migrated(database: Database) -> None:
    current = await migrate.current_revision(database.engine)
    head = migrate.head_revision()
    if current != head:
        raise CliError(
            f"the database is at revision {current or 'none'}, not {head}: run `inclusion-hub migrate` first"
        )
