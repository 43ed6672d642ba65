"""Relay connections computed in SQL: bounded `first`, keyset `after` cursors, `totalCount` on demand.

Every page is one statement: `WHERE (k1, …, id) > (:k1, …, :id) ORDER BY k1, …, id LIMIT first + 1`
(the extra row says whether there is a next page). Nested connections load every parent's page in ONE
statement with ROW_NUMBER() OVER (PARTITION BY parent ORDER BY …), so the number of statements never
depends on page sizes. Statements always start from `auth.policy`: this module adds
ordering, limits and counting, never rows: both entry points build their statement from
`readable(model, principal)` themselves.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import json
import math
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar, cast

import strawberry
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    SmallInteger,
    TypeDecorator,
    func,
    select,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute
from strawberry.dataloader import DataLoader

from auth.policy import colonnes_lues, readable, readable_rows
from auth.principal import Principal
from hub.memoire import Memoire
from schema.batching import lignes, parmi
from schema.context import Context
from schema.edge.entrees import probleme
from schema.errors import bad_user_input
from schema.jointures import Jointures, jointures
from schema.prechargement import noeuds, precharger

M = TypeVar("M")
T = TypeVar("T")


@strawberry.type(description="Où en est la pagination (spécification Relay).")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool = strawberry.field(
        description="Toujours faux : la pagination va vers l'avant (`first`/`after`)."
    )
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="Un élément de la page et son curseur.")
class Edge(Generic[T]):
    # Encoded only when asked for: most pages select `nodes` (or `pageInfo.endCursor`) alone.
    curseur: strawberry.Private[Callable[[], str]]

    @strawberry.field
    def cursor(self) -> str:
        return self.curseur()

    node: T


@strawberry.type(description="Une page d'une liste (spécification Relay des connexions).")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    counter: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="Les éléments de la page, sans les curseurs.")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]

    @strawberry.field(
        description="Nombre total d'éléments visibles (une requête COUNT, seulement si demandé)."
    )
    async def total_count(self) -> int:
        return await self.counter()


@dataclass(frozen=True)
class Ordre:
    """A sort order on indexed columns; the last column is unique (the primary key) for stable keysets."""

    colonnes: tuple[InstrumentedAttribute[Any], ...]
    descendant: bool = False


@dataclass(frozen=True)
class Liste(Generic[M]):
    """One paginated list of the API: its name (in cursors), its model and its orders (`tri`)."""

    nom: str
    modele: type[M]
    ordres: Mapping[str, Ordre]


@dataclass(frozen=True)
class Page:
    """A validated page request (built before any SQL)."""

    liste: Liste[Any]
    tri: str
    first: int
    after: tuple[Any, ...] | None

    @property
    def ordre(self) -> Ordre:
        return self.liste.ordres[self.tri]

    def cache_key(self) -> str:
        return f"{self.liste.nom}|{self.tri}|{self.first}|{self.after!r}"


def page(info: strawberry.Info, liste: Liste[Any], first: int, after: str | None, tri: str) -> Page:
    """Check `first` (1..max_page_size) and decode `after`; BAD_USER_INPUT naming the argument."""
    context: Context = info.context
    maximum = context.settings.max_page_size
    if not 1 <= first <= maximum:
        raise bad_user_input(f"`first` doit être compris entre 1 et {maximum} (reçu {first}).", "first")
    key = None if after is None else _decode_cursor(after, liste, tri)
    return Page(liste=liste, tri=tri, first=first, after=key)


def encode_cursor(page: Page, row: Any) -> str:
    values = [_to_json(getattr(row, column.key)) for column in page.ordre.colonnes]
    raw = json.dumps([page.liste.nom, page.tri, values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str, liste: Liste[Any], tri: str) -> tuple[Any, ...]:
    refus = bad_user_input(
        f"`after` n'est pas un curseur de la liste `{liste.nom}` triée par {tri}.", "after"
    )
    try:
        raw = base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode("ascii"))
        nom, tri_du_curseur, values = json.loads(raw)
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise refus from None
    colonnes = liste.ordres[tri].colonnes
    if nom != liste.nom or tri_du_curseur != tri or not isinstance(values, list):
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
    # Text, identifiers and enumerations are written as JSON strings by encode_cursor.
    if not isinstance(value, str) or probleme(value, _LONGUEUR_MAX_CLE):
        raise ValueError("texte de clé invalide")
    return kind(value)


def _keyset(page: Page, after: tuple[Any, ...]) -> ColumnElement[bool]:
    colonnes = tuple_(*page.ordre.colonnes)
    valeurs = tuple_(*after, types=[column.type for column in page.ordre.colonnes])
    return colonnes < valeurs if page.ordre.descendant else colonnes > valeurs


def _order_by(page: Page) -> list[ColumnElement[Any]]:
    return [c.desc() if page.ordre.descendant else c.asc() for c in page.ordre.colonnes]


def count_of(statement: Select[Any]) -> Select[Any]:
    """SELECT count(*) with the FROM and WHERE of a policy-scoped statement."""
    return statement.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)


def _connection(
    page: Page, rows: Sequence[Any], to_node: Callable[[Any], T], counter: Callable[[], Awaitable[int]]
) -> Connection[T]:
    has_next = len(rows) > page.first
    edges = [Edge(curseur=partial(encode_cursor, page, row), node=to_node(row)) for row in rows[: page.first]]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=False,
            start_cursor=edges[0].curseur() if edges else None,
            end_cursor=edges[-1].curseur() if edges else None,
        ),
        counter=counter,
    )


async def root_connection(
    info: strawberry.Info,
    page: Page,
    conditions: Sequence[ColumnElement[bool]],
    to_node: Callable[[Any], T],
) -> Connection[T]:
    """One page of a root list: `readable_rows(model, principal)`, the validated filters, the keyset."""
    context: Context = info.context
    modele = page.liste.modele
    selections = list(noeuds(info))
    # The to-one relations the nodes ask for, joined to the page (schema.jointures); the others, one
    # statement per relation and level (schema.prechargement).
    joints = jointures(info, modele, selections)
    result = await context.db.lignes(_statement_de_page(context.principal, page, conditions, joints))
    rows = lignes(result.all(), modele)
    joints.distribuer(rows[: page.first])
    await precharger(info, modele, rows[: page.first], selections, joints.complets)

    async def counter() -> int:
        statement = readable_rows(modele, context.principal).where(*conditions)
        return int((await context.db.execute(count_of(statement))).scalar_one())

    return _connection(page, rows, to_node, counter)


# The statements of first pages, kept by what they are built from: a dashboard asks for the same page
# again and again, and a statement object reused keeps its SQLAlchemy cache key (building the joined
# statement and traversing it for that key cost ≈ 1 ms a request, issue #8).
_PAGES: Memoire[tuple[Any, ...], Select[Any]] = Memoire(4096)


def _statement_de_page(
    principal: Principal, page: Page, conditions: Sequence[ColumnElement[bool]], joints: Jointures
) -> Select[Any]:

    def construire() -> Select[Any]:
        filtre = readable_rows(page.liste.modele, principal).where(*conditions)
        if page.after is not None:
            filtre = filtre.where(_keyset(page, page.after))
        return joints.appliquer(filtre).order_by(*_order_by(page)).limit(page.first + 1)

    # Pages after a cursor are built each time: a cursor rarely comes back.
    cle_conditions = None if page.after is not None else _cle_des_conditions(conditions)
    if cle_conditions is None:
        return construire()
    return _PAGES.obtenir((principal, page.cache_key(), cle_conditions, joints.cle), construire)


def _cle_des_conditions(conditions: Sequence[ColumnElement[bool]]) -> tuple[Any, ...] | None:
    """What the SQL of `conditions` and its bound values are (two equal keys: the same WHERE), or
    None when one of them cannot say (an element without a cache key, a value that is not hashable)."""
    cles: list[Any] = []
    for condition in conditions:
        cle = condition._generate_cache_key()
        if cle is None:
            return None
        valeurs = tuple(
            tuple(valeur) if isinstance(valeur, list) else valeur
            for valeur in (parametre.effective_value for parametre in cle.bindparams)
        )
        try:
            hash(valeurs)
        except TypeError:
            return None
        cles.append((cle.key, valeurs))
    return tuple(cles)


async def child_connection(
    info: strawberry.Info,
    page: Page,
    parent: InstrumentedAttribute[Any],
    parent_key: Any,
    to_node: Callable[[Any], T],
) -> Connection[T]:
    """The page of one parent's children, loaded with every sibling parent's page in one statement."""
    context: Context = info.context
    rows = await _pages_loader(context, parent, page).load(parent_key)

    async def counter() -> int:
        return await _counts_loader(context, parent, page).load(parent_key)

    return _connection(page, rows, to_node, counter)


def _pages_loader(
    context: Context, parent: InstrumentedAttribute[Any], page: Page
) -> DataLoader[Any, list[Any]]:
    cache_key = f"pages|{page.cache_key()}"
    loader = context.loaders.get(cache_key)
    if loader is None:

        async def load(keys: Sequence[Any]) -> list[list[Any]]:
            modele = page.liste.modele
            scoped = readable_rows(modele, context.principal).where(parmi(context, parent, keys))
            if page.after is not None:
                scoped = scoped.where(_keyset(page, page.after))
            rang = func.row_number().over(partition_by=parent, order_by=_order_by(page)).label("rang")
            inner = scoped.add_columns(rang).subquery()
            # The outer SELECT only re-reads the policy-scoped subquery and cuts each partition.
            outer = (
                select(*(inner.c[colonne.key] for colonne in colonnes_lues(modele)))
                .where(inner.c.rang <= page.first + 1)
                .order_by(inner.c[parent.key], inner.c.rang)
            )
            grouped: dict[Any, list[Any]] = {key: [] for key in keys}
            for row in lignes((await context.db.lignes(outer)).all(), modele):
                grouped[getattr(row, parent.key)].append(row)
            return [grouped[key] for key in keys]

        loader = context.loaders[cache_key] = DataLoader(load_fn=load)
    return loader


def _counts_loader(context: Context, parent: InstrumentedAttribute[Any], page: Page) -> DataLoader[Any, int]:
    cache_key = f"counts|{page.liste.nom}"
    loader = context.loaders.get(cache_key)
    if loader is None:

        async def load(keys: Sequence[Any]) -> list[int]:
            counted = (
                readable(page.liste.modele, context.principal)
                .where(parmi(context, parent, keys))
                .with_only_columns(parent, func.count(), maintain_column_froms=True)
                .group_by(parent)
            )
            rows = cast("list[tuple[Any, int]]", (await context.db.execute(counted)).all())
            counts = {key: int(n) for key, n in rows}
            return [counts.get(key, 0) for key in keys]

        loader = context.loaders[cache_key] = DataLoader(load_fn=load)
    return loader
