"""Which rows each principal may read. Every query of the API starts here.

Placeholder for the foundation: the territorial référentiel is public. The full policy (every model,
every role, read and write) replaces this module.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select, true

from auth.principal import Principal
from hub.models import Departement, Region

M = TypeVar("M")


def readable(model: type[M], principal: Principal) -> Select[M]:
    """`SELECT model` restricted to the rows `principal` may read."""
    return select(model).where(read_predicate(model, principal))


def read_predicate(model: type[Any], principal: Principal) -> ColumnElement[bool]:
    if model in (Region, Departement):
        return true()
    raise LookupError(f"no read rule for {model.__name__}")
