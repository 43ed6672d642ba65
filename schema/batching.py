"""Per-request DataLoaders for relations: one policy-scoped `WHERE key IN (…)` per level of a query.

Loaders live in `Context.loaders` (one request), batch every key asked in the same tick and answer in
key order. The statement always starts from `auth.policy.readable_rows`, so a related row the caller
may not read comes back as null (to-one) or is missing from the list (to-many). They answer plain
read-only rows with the model's attribute names (`lignes`), typed as the model they mirror.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import strawberry
from sqlalchemy import Column, ColumnElement, Row, Select, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute
from strawberry.dataloader import DataLoader

from auth.policy import read_predicate, readable_rows
from hub.memoire import Memoire
from schema.context import Context

M = TypeVar("M")
K = TypeVar("K")

V = TypeVar("V")

Condition = Callable[[], ColumnElement[bool]]
_CLE_DU_LIEN = "hub_cle_du_lien"


@dataclass(frozen=True, slots=True)
class Jointure:
    """What a to-one loader reads, as SQL a parent statement can join (schema.jointures): the readable
    rows of the loader's model (`condition` too, when it has one) whose `cle` equals the parent's key.
    Only for a key with at most one such row (a primary key, a unique column or a unique index):
    a join must never repeat its parent row."""

    cle: InstrumentedAttribute[Any]
    condition: Condition | None


class ChargeurDe(DataLoader[K, V]):
    """A DataLoader that knows the model of the rows it answers, and can load a whole page of keys ahead
    (schema.prechargement) without a future per key: `connus` keeps those values for the request.
    A to-one loader on a unique key also says how to join it (`jointure`)."""

    def __init__(
        self,
        modele: type[Any],
        load_fn: Callable[[list[K]], Awaitable[list[V]]],
        jointure: Jointure | None = None,
        nom: str = "",
    ) -> None:
        super().__init__(load_fn=load_fn)
        self.modele = modele
        self.nom = nom  # its key in `Context.loaders`
        self.charger_lot = load_fn
        self.connus: dict[K, V] = {}
        self.jointure = jointure

    async def precharger(self, cles: Sequence[K]) -> list[V]:
        """The values of `cles`, the unknown ones read in one call of the batch function."""
        inconnues = [cle for cle in dict.fromkeys(cles) if cle not in self.connus]
        if inconnues:
            self.connus.update(zip(inconnues, await self.charger_lot(inconnues), strict=True))
        return [self.connus[cle] for cle in cles]

    def load(self, key: K) -> Awaitable[V]:
        if key in self.connus:
            future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
            future.set_result(self.connus[key])
            return future
        return super().load(key)


def cle_unique(key: InstrumentedAttribute[Any]) -> bool:
    """Whether `key` is the primary key or a unique column of its table."""
    colonne = key.expression
    return isinstance(colonne, Column) and bool(colonne.primary_key or colonne.unique)


def lignes(rows: Sequence[Row[Any]], model: type[M]) -> list[M]:
    """Rows of `auth.policy.readable_rows(model, …)` typed as `model`: they carry its columns under its
    attribute names, which is all the GraphQL types read (`from_row`); nothing writes them back."""
    return cast("list[M]", list(rows))


def parmi(
    context: Context,
    colonne: InstrumentedAttribute[K],
    cles: Sequence[K] | None = None,
    *,
    parametre: str | None = None,
) -> ColumnElement[bool]:
    """`colonne IN (cles)`. On PostgreSQL, `colonne = ANY(:cles)` with one array parameter: the text of
    the statement, and so the prepared statement asyncpg keeps per connection, does not change with
    the number of keys (an `IN` list would be a new statement, parsed and planned again, for every
    page size). Without `cles`, the keys are bound at execution under `parametre` (a reused statement)."""
    valeur: dict[str, Any] = {} if cles is None else {"value": list(cles)}
    if context.db.est_postgresql:
        return colonne == any_(bindparam(parametre, type_=ARRAY(colonne.type), **valeur))
    return colonne.in_(bindparam(parametre, expanding=True, **valeur))


CLES = "hub_cles"
_PAR_CLES: Memoire[tuple[Any, ...], Select[Any]] = Memoire(4096)


def par_cles(
    context: Context,
    model: type[Any],
    key: InstrumentedAttribute[Any],
    name: str,
    condition: Condition | None,
    order_by: Sequence[InstrumentedAttribute[Any]] = (),
) -> Select[Any]:
    """The readable rows of `model` whose `key` is among the keys bound as `CLES` at execution (and
    `condition`), in `order_by`. Built once per principal, like the policy's own statements: a
    statement object executed again keeps its SQLAlchemy cache key, where one built per batch (the
    keys as literal parameters) was traversed again each time."""

    def construire() -> Select[Any]:
        statement = readable_rows(model, context.principal).where(parmi(context, key, parametre=CLES))
        if condition is not None:
            statement = statement.where(condition())
        return statement.order_by(*order_by) if order_by else statement

    cle = (model, key, name, tuple(order_by), context.principal, context.db.est_postgresql)
    return _PAR_CLES.obtenir(cle, construire)


def one_by(
    info: strawberry.Info,
    model: type[M],
    key: InstrumentedAttribute[K],
    *,
    name: str = "",
    condition: Condition | None = None,
    unique: bool | None = None,
) -> DataLoader[K, M | None]:
    """The readable row whose `key` equals each asked value (None when absent or out of scope).

    `unique`: at most one row (of `condition`) per key, so that a parent statement may join it
    (`Jointure`). By default, true for a primary key or a unique column; say it for a key unique
    through a partial unique index (tests/schema/test_jointures.py checks the index exists)."""
    context: Context = info.context
    cache_key = f"one|{model.__name__}.{key.key}|{name}"
    loader = context.loaders.get(cache_key)
    if loader is None:

        async def load(keys: Sequence[K]) -> list[M | None]:
            statement = par_cles(context, model, key, name, condition)
            rows = lignes((await context.db.lignes(statement, {CLES: list(keys)})).all(), model)
            by_key = {getattr(row, key.key): row for row in rows}
            return [by_key.get(k) for k in keys]

        joignable = cle_unique(key) if unique is None else unique
        jointure = Jointure(key, condition) if joignable else None
        loader = context.loaders[cache_key] = ChargeurDe(model, load, jointure, cache_key)
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
            statement = par_cles(context, model, key, name, condition, order_by)
            rows = lignes((await context.db.lignes(statement, {CLES: list(keys)})).all(), model)
            grouped: dict[Any, list[M]] = {k: [] for k in keys}
            for row in rows:
                grouped[getattr(row, key.key)].append(row)
            return [grouped[k] for k in keys]

        loader = context.loaders[cache_key] = ChargeurDe(model, load, nom=cache_key)
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
                readable_rows(model, context.principal)
                .add_columns(link_key.label(_CLE_DU_LIEN))
                .join(link, link_to_model == model_pk)
                .where(read_predicate(link, context.principal), parmi(context, link_key, keys))
                .order_by(*order_by)
            )
            grouped: dict[Any, list[M]] = {k: [] for k in keys}
            for row in (await context.db.lignes(statement)).all():
                # The model's columns, then the key: the row reads as the model (see `lignes`).
                grouped[row._mapping[_CLE_DU_LIEN]].append(cast("M", row))
            return [grouped[k] for k in keys]

        loader = context.loaders[cache_key] = ChargeurDe(model, load, nom=cache_key)
    return loader
