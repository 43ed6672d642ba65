"""Bulk inserts inside the seed's one transaction: COPY on PostgreSQL, chunked executemany on SQLite."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any, cast

from sqlalchemy import JSON, Table, insert
from sqlalchemy.ext.asyncio import AsyncConnection

from hub.models import Base

Row = Sequence[Any]

CHUNK_SQLITE = 10_000
CHUNK_POSTGRESQL = 50_000


class BulkWriter:
    """Writes rows (tuples in the order of `columns`) and counts them per table."""

    def __init__(self, connection: AsyncConnection, driver: Any | None) -> None:
        self._connection = connection
        self._driver = driver  # the asyncpg connection on PostgreSQL, None on SQLite
        self.counts: Counter[str] = Counter()
        self._row_security: dict[str, bool] = {}
        self._staging: set[str] = set()

    @classmethod
    async def open(cls, connection: AsyncConnection) -> BulkWriter:
        """A writer on `connection`, whose transaction must already have run a statement."""
        if connection.dialect.name != "postgresql":
            return cls(connection, None)
        raw = await connection.get_raw_connection()
        driver = raw.driver_connection
        # COPY goes through the driver directly; it must join SQLAlchemy's open transaction, or a
        # failure later in the seed would leave these rows committed.
        if driver is None or not driver.is_in_transaction():
            raise RuntimeError("bulk COPY needs the SQLAlchemy transaction to be started first")
        return cls(connection, driver)

    async def write(self, model: type[Base], columns: Sequence[str], rows: Iterable[Row]) -> int:
        table = cast(Table, model.__table__)
        unknown = set(columns) - set(table.c.keys())
        if unknown:
            raise ValueError(f"{table.name} has no column {sorted(unknown)}")
        written = 0
        iterator = iter(rows)
        size = CHUNK_SQLITE if self._driver is None else CHUNK_POSTGRESQL
        while chunk := list(islice(iterator, size)):
            if self._driver is None:
                await self._connection.execute(
                    insert(table), [dict(zip(columns, row, strict=True)) for row in chunk]
                )
            else:
                await self._copy(self._driver, table, columns, chunk)
            written += len(chunk)
        self.counts[table.name] += written
        return written

    async def _copy(self, driver: Any, table: Table, columns: Sequence[str], chunk: list[Row]) -> None:
        json_positions = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, JSON)]
        if json_positions:
            chunk = [_json_encoded(row, json_positions) for row in chunk]
        if not await self._row_security_active(driver, table):
            await driver.copy_records_to_table(table.name, records=chunk, columns=list(columns))
            return
        # PostgreSQL refuses COPY FROM into a table whose row-level security applies to the current
        # role (the owner included, tables being FORCEd). COPY into a private temporary table, then one
        # INSERT … SELECT, which the policies check like any insert (the seed runs as 'system').
        staging = f"seed_{table.name}"
        if staging not in self._staging:
            await driver.execute(
                f'CREATE TEMPORARY TABLE "{staging}" (LIKE "{table.name}" INCLUDING DEFAULTS) ON COMMIT DROP'
            )
            self._staging.add(staging)
        await driver.copy_records_to_table(staging, records=chunk, columns=list(columns))
        names = ", ".join(f'"{name}"' for name in columns)
        await driver.execute(  # identifiers: the models' own table and column names
            f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{staging}"; TRUNCATE "{staging}"'  # noqa: S608
        )

    async def _row_security_active(self, driver: Any, table: Table) -> bool:
        if table.name not in self._row_security:
            active = await driver.fetchval("SELECT row_security_active($1::text)", table.name)
            self._row_security[table.name] = bool(active)
        return self._row_security[table.name]


def _json_encoded(row: Row, positions: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for position in positions:
        values[position] = json.dumps(values[position], ensure_ascii=False)
    return tuple(values)
