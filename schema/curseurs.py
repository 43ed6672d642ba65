"""Keyset cursors of the connections: what a row's sort keys are as an opaque string, and back.

A cursor is base64url of `[list name, tri, [key values]]`. The same cursor serves `after` and
`before`: it names a position in one list under one ordering, not a direction. Decoding checks the
list and the ordering, then every key against its column's type and range, so that a forged cursor
is refused here with BAD_USER_INPUT on the argument that carried it, never by the driver.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import json
import math
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, Integer, SmallInteger, TypeDecorator
from sqlalchemy.orm import InstrumentedAttribute

from schema.edge.entrees import probleme
from schema.errors import bad_user_input


def encoder(nom: str, tri: str, colonnes: Sequence[InstrumentedAttribute[Any]], row: Any) -> str:
    """The cursor of `row` in list `nom` ordered by `tri` (on `colonnes`)."""
    values = [_to_json(getattr(row, column.key)) for column in colonnes]
    raw = json.dumps([nom, tri, values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii").rstrip("=")


def decoder(
    cursor: str, nom: str, tri: str, colonnes: Sequence[InstrumentedAttribute[Any]], argument: str
) -> tuple[Any, ...]:
    """The key values of a cursor of list `nom` ordered by `tri`; BAD_USER_INPUT on `argument`
    (`after` or `before`) for anything else."""
    refus = bad_user_input(
        f"`{argument}` n'est pas un curseur de la liste `{nom}` triée par {tri}.", argument
    )
    try:
        raw = base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode("ascii"))
        nom_du_curseur, tri_du_curseur, values = json.loads(raw)
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise refus from None
    if nom_du_curseur != nom or tri_du_curseur != tri or not isinstance(values, list):
        raise refus
    if len(values) != len(colonnes):
        raise refus
    try:
        return tuple(_from_json(column, value) for column, value in zip(colonnes, values, strict=True))
    except (ValueError, TypeError, OverflowError):
        raise refus from None


def _to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | dt.date | dt.datetime):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return value


_LONGUEUR_MAX_CLE = 1_000
# The ranges of the integer columns a cursor may hold (PostgreSQL's, which SQLite's contain).
_BORNES_ENTIERS: tuple[tuple[type[Any], int], ...] = (
    (SmallInteger, 2**15),
    (BigInteger, 2**63),
    (Integer, 2**31),
)


def _from_json(column: InstrumentedAttribute[Any], value: Any) -> Any:
    """A cursor's key value checked against its column's type and range (issue 17, 3): a forged
    cursor is refused here, before SQL, never by the driver (OverflowError, naive datetimes, NUL)."""
    column_type = column.type
    aware = isinstance(column_type, TypeDecorator) or getattr(column_type, "timezone", False)
    if isinstance(column_type, TypeDecorator):  # e.g. UtcDateTime: its impl says the Python type
        column_type = column_type.impl_instance
    kind = column_type.python_type
    if value is None or isinstance(value, bool | list | dict):
        raise ValueError("clé de curseur invalide")
    if kind is dt.datetime:
        instant = dt.datetime.fromisoformat(str(value))
        if aware and instant.tzinfo is None:
            raise ValueError("instant sans fuseau")
        return instant
    if kind is dt.date:
        return dt.date.fromisoformat(str(value))
    if kind is int:
        if not isinstance(value, int):
            raise ValueError("entier attendu")
        borne = next(b for t, b in _BORNES_ENTIERS if isinstance(column_type, t))
        if not -borne <= value < borne:
            raise ValueError("entier hors limites")
        return value
    if kind is float:
        if not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError("nombre fini attendu")
        return float(value)
    # Text, identifiers and enumerations are written as JSON strings by `encoder`.
    if not isinstance(value, str) or probleme(value, _LONGUEUR_MAX_CLE):
        raise ValueError("texte de clé invalide")
    return kind(value)
