"""Declarative base: naming convention, type map, and the column types every table shares."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any

from sqlalchemy import JSON, BigInteger, Date, DateTime, Enum, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware instant stored in UTC on both backends (SQLite keeps no offset itself)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a timezone-aware column")
        return value.astimezone(UTC)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        # asyncpg decodes every finite timestamptz as an aware datetime in UTC (its `utc` tzinfo is
        # `datetime.UTC`): nothing to convert, so no call per value (a list page of 100 rows with their
        # relations reads ~400 instants). Other drivers (aiosqlite, psycopg) go through the conversion.
        if dialect.driver == "asyncpg":
            return None
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


UuidPk = Annotated[uuid.UUID, mapped_column(primary_key=True, default=uuid.uuid4)]
DepartementCode = Annotated[str, mapped_column(String(3), index=True)]
Centimes = Annotated[int, mapped_column(BigInteger)]
Created = Annotated[datetime, mapped_column(UtcDateTime(), default=utcnow)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        uuid.UUID: Uuid(),
        datetime: UtcDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        # Enums are stored as their values (the programme's codes) in a VARCHAR with a CHECK constraint,
        # the same on SQLite and PostgreSQL; no native PostgreSQL ENUM to migrate.
        enum.Enum: Enum(
            enum.Enum,
            native_enum=False,
            create_constraint=True,
            length=40,
            values_callable=lambda kind: [member.value for member in kind],
            validate_strings=True,
        ),
    }
