"""Per-request DataLoaders for relations: one policy-scoped `WHERE key IN (…)` per level of a query.

Loaders live in `Context.loaders` (one request), batch every key asked in the same tick and answer in
key order. The statement always starts from `auth.policy.readable`, so a related row the caller may
not read comes back as null (to-one) or is missing from the list (to-many).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import strawberry
from sqlalchemy import ColumnElement, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute
from strawberry.dataloader import DataLoader

from auth.policy import read_predicate, readable
from schema.context import Context

M = TypeVar("M")
K = TypeVar("K")

Condition = Callable[[], ColumnElement[bool]]


def parmi(context: Context, colonne: InstrumentedAttribute[K], cles: Sequence[K]) -> ColumnElement[bool]:
    """`colonne IN (cles)`. On PostgreSQL, `colonne = ANY(:cles)` with one array parameter: the text of
    the statement, and so the prepared statement asyncpg keeps per connection, does not change with
    the number of keys (an `IN` list would be a new statement, parsed and planned again, for every
    page size)."""
    if context.db.est_postgresql:
        return colonne == any_(bindparam(None, list(cles), type_=ARRAY(colonne.type)))
    return colonne.in_(cles)


def one_by(
    info: strawberry.Info,
    model: type[M],
    key: InstrumentedAttribute[K],
    *,
    name: str = "",
    condition: Condition | None = None,
) -> DataLoader[K, M | None]:
    """The readable row whose `key` equals each asked value (None when absent or out of scope)."""
    context: Context = info.context
    cache_key = f"one|{model.__name__}.{key.key}|{name}"
    loader = context.loaders.get(cache_key)
    if loader is None:

        async def load(keys: Sequence[K]) -> list[M | None]:
            statement = readable(model, context.principal).where(parmi(context, key, keys))
            if condition is not None:
                statement = statement.where(condition())
            rows = (await context.db.execute(statement)).scalars().all()
            by_key = {getattr(row, key.key): row for row in rows}
            return [by_key.get(k) for k in keys]

        loader = context.loaders[cache_key] = DataLoader(load_fn=load)
    return loader


def many_by(
    info: strawberry.Info,
    model: type[M],
    key: InstrumentedAttribute[K],
    *,
    order_by: Sequence[InstrumentedAttribute[Any]],
    name: str = "",
    condition: Condition | None = None,
) -> DataLoader[K, list[M]]:
    """The readable rows of each asked `key` value, for short bounded lists (≤ a few dozen rows)."""
    context: Context = info.context
    cache_key = f"many|{model.__name__}.{key.key}|{name}"
    loader = context.loaders.get(cache_key)
    if loader is None:

        async def load(keys: Sequence[K]) -> list[list[M]]:
            statement = readable(model, context.principal).where(parmi(context, key, keys))
            if condition is not None:
                statement = statement.where(condition())
            rows = (await context.db.execute(statement.order_by(*order_by))).scalars().all()
            grouped: dict[Any, list[M]] = {k: [] for k in keys}
            for row in rows:
                grouped[getattr(row, key.key)].append(row)
            return [grouped[k] for k in keys]

        loader = context.loaders[cache_key] = DataLoader(load_fn=load)
    return loader


def many_through(
    info: strawberry.Info,
    model: type[M],
    link: type[Any],
    link_to_model: InstrumentedAttribute[Any],
    link_key: InstrumentedAttribute[K],
    *,
    order_by: Sequence[InstrumentedAttribute[Any]],
) -> DataLoader[K, list[M]]:
    """Rows of `model` reached through an n–n table, both sides filtered by the policy."""
    context: Context = info.context
    cache_key = f"through|{model.__name__}|{link.__name__}.{link_key.key}"
    loader = context.loaders.get(cache_key)
    if loader is None:
        model_pk = getattr(model, "id")  # noqa: B009 - every entity's primary key is `id`

        async def load(keys: Sequence[K]) -> list[list[M]]:
            statement = (
                readable(model, context.principal)
                .add_columns(link_key)
                .join(link, link_to_model == model_pk)
                .where(read_predicate(link, context.principal), parmi(context, link_key, keys))
                .order_by(*order_by)
            )
            grouped: dict[Any, list[M]] = {k: [] for k in keys}
            rows = cast("list[tuple[M, Any]]", (await context.db.execute(statement)).all())
            for row, key_value in rows:
                grouped[key_value].append(row)
            return [grouped[k] for k in keys]

        loader = context.loaders[cache_key] = DataLoader(load_fn=load)
    return loader
