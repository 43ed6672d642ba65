"""Relay connections computed in SQL: bounded `first` or `last`, keyset `after`/`before` cursors,
`totalCount` on demand.

Every page is one statement: `WHERE (k1, …, id) > (:k1, …, :id) ORDER BY k1, …, id LIMIT first + 1`
(the extra row says whether there is a next page). `last` reads the same keyset backwards —
`WHERE (k1, …, id) < (:before) ORDER BY k1 DESC, …, id DESC LIMIT last + 1` — and the page is
turned back into the list's order here: the extra row then says whether there is a previous page.
Nested connections load every parent's page in ONE statement with ROW_NUMBER() OVER (PARTITION BY
parent ORDER BY …), in either direction, so the number of statements never depends on page sizes.
Statements always start from `auth.policy`: this module adds ordering, limits and counting, never
rows: both entry points build their statement from `readable(model, principal)` themselves.

`pageInfo` (Relay): with `first`, `hasNextPage` tells and `hasPreviousPage` is false; with `last`,
`hasPreviousPage` tells and `hasNextPage` is false. The specification allows exactly that (the
other direction is only answered when it costs nothing), and it keeps one statement per page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any, Generic, TypeVar, cast

import strawberry
from sqlalchemy import ColumnElement, Select, func, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute
from strawberry.dataloader import DataLoader

from auth.policy import colonnes_lues, readable, readable_rows
from auth.principal import Principal
from hub.memoire import Memoire
from schema.batching import lignes, parmi
from schema.context import Context
from schema.curseurs import decoder, encoder
from schema.errors import bad_user_input
from schema.jointures import Jointures, jointures
from schema.prechargement import noeuds, precharger

M = TypeVar("M")
T = TypeVar("T")
R = TypeVar("R")


# The arguments of every connection field (Relay): `first` or `last`, with `after` and/or `before`.
First = Annotated[
    int | None,
    strawberry.argument(
        description="Les n premiers éléments (n de 1 à 100, la taille de page maximale) ; `first` ou "
        "`last`, pas les deux."
    ),
]
After = Annotated[
    str | None,
    strawberry.argument(
        description="Les éléments après ce curseur (un `cursor`/`endCursor` de cette liste)."
    ),
]
Last = Annotated[
    int | None,
    strawberry.argument(
        description="Les n derniers éléments (n de 1 à 100, comme `first`), rendus dans l'ordre de la liste."
    ),
]
Before = Annotated[
    str | None,
    strawberry.argument(
        description="Les éléments avant ce curseur (un `cursor`/`startCursor` de cette liste)."
    ),
]


@strawberry.type(description="Où en est la pagination (spécification Relay).")
class PageInfo:
    has_next_page: bool = strawberry.field(
        description="Vrai s'il y a des éléments après la page, avec `first` ; toujours faux avec `last` "
        "(repartir de `endCursor` avec `first`/`after` pour le savoir)."
    )
    has_previous_page: bool = strawberry.field(
        description="Vrai s'il y a des éléments avant la page, avec `last` ; toujours faux avec `first` "
        "(repartir de `startCursor` avec `last`/`before` pour le savoir)."
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
    taille: int  # `first` or `last`
    arriere: bool  # `last`: the page is the end of the list (before `before`), read backwards
    after: tuple[Any, ...] | None
    before: tuple[Any, ...] | None

    @property
    def ordre(self) -> Ordre:
        return self.liste.ordres[self.tri]

    def cache_key(self) -> str:
        sens = "last" if self.arriere else "first"
        return f"{self.liste.nom}|{self.tri}|{sens}|{self.taille}|{self.after!r}|{self.before!r}"


def page(
    info: strawberry.Info,
    liste: Liste[Any],
    first: int | None,
    after: str | None,
    tri: str,
    last: int | None = None,
    before: str | None = None,
) -> Page:
    """Check `first` or `last` (`taille_de_page`) and decode `after` and `before`; BAD_USER_INPUT
    naming the argument."""
    taille, arriere = taille_de_page(info, first, last)
    colonnes = liste.ordres[tri].colonnes
    apres = None if after is None else decoder(after, liste.nom, tri, colonnes, "after")
    avant = None if before is None else decoder(before, liste.nom, tri, colonnes, "before")
    return Page(liste=liste, tri=tri, taille=taille, arriere=arriere, after=apres, before=avant)


def taille_de_page(info: strawberry.Info, first: int | None, last: int | None) -> tuple[int, bool]:
    """The page size and whether it is read from the end (`last`): exactly one of `first` and `last`,
    between 1 and `max_page_size`, else BAD_USER_INPUT naming the argument (before any SQL)."""
    context: Context = info.context
    maximum = context.settings.max_page_size
    if first is not None and last is not None:
        raise bad_user_input(
            "`first` et `last` ne se combinent pas : demandez les premiers éléments (`first`, avec "
            "`after`) ou les derniers (`last`, avec `before`).",
            "last",
        )
    if first is not None:
        argument, taille = "first", first
    elif last is not None:
        argument, taille = "last", last
    else:
        raise bad_user_input(f"`first` ou `last` est requis (entre 1 et {maximum}).", "first")
    if not 1 <= taille <= maximum:
        raise bad_user_input(
            f"`{argument}` doit être compris entre 1 et {maximum} (reçu {taille}).", argument
        )
    return taille, last is not None


def encode_cursor(page: Page, row: Any) -> str:
    return encoder(page.liste.nom, page.tri, page.ordre.colonnes, row)


def _bornes(page: Page) -> list[ColumnElement[bool]]:
    """The keyset conditions: past `after` and short of `before`, in the list's own order (a row
    past another in a descending list has a smaller key)."""
    ordre = page.ordre
    bornes: list[ColumnElement[bool]] = []
    for cle, apres in ((page.after, True), (page.before, False)):
        if cle is None:
            continue
        colonnes = tuple_(*ordre.colonnes)
        valeurs = tuple_(*cle, types=[column.type for column in ordre.colonnes])
        bornes.append(colonnes > valeurs if apres != ordre.descendant else colonnes < valeurs)
    return bornes


def _order_by(page: Page) -> list[ColumnElement[Any]]:
    """The order rows are read in: the list's, or its exact reverse for `last` (every order ends with
    the primary key, so the reverse of the order is the order reversed, row for row)."""
    descendant = page.ordre.descendant != page.arriere
    return [c.desc() if descendant else c.asc() for c in page.ordre.colonnes]


def count_of(statement: Select[Any]) -> Select[Any]:
    """SELECT count(*) with the FROM and WHERE of a policy-scoped statement."""
    return statement.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)


def decouper(rows: Sequence[R], taille: int, arriere: bool) -> tuple[list[R], bool]:
    """The rows of a page in the list's order, and whether the list goes on past them: the extra row
    read beyond `taille` is after the page with `first`, before it with `last` (read backwards)."""
    gardees = list(rows[:taille])
    if arriere:
        gardees.reverse()
    return gardees, len(rows) > taille


def page_info(edges: Sequence[Edge[Any]], encore: bool, arriere: bool) -> PageInfo:
    """`pageInfo` of a page whose list goes on (`encore`) in its reading direction (module docstring)."""
    return PageInfo(
        has_next_page=encore and not arriere,
        has_previous_page=encore and arriere,
        start_cursor=edges[0].curseur() if edges else None,
        end_cursor=edges[-1].curseur() if edges else None,
    )


def _connection(
    page: Page, rows: Sequence[Any], to_node: Callable[[Any], T], counter: Callable[[], Awaitable[int]]
) -> Connection[T]:
    gardees, encore = decouper(rows, page.taille, page.arriere)
    edges = [Edge(curseur=partial(encode_cursor, page, row), node=to_node(row)) for row in gardees]
    return Connection(edges=edges, page_info=page_info(edges, encore, page.arriere), counter=counter)


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
    joints.distribuer(rows[: page.taille])
    await precharger(info, modele, rows[: page.taille], selections, joints.complets)

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
        filtre = readable_rows(page.liste.modele, principal).where(*conditions, *_bornes(page))
        return joints.appliquer(filtre).order_by(*_order_by(page)).limit(page.taille + 1)

    # Pages from a cursor are built each time: a cursor rarely comes back.
    avec_curseur = page.after is not None or page.before is not None
    cle_conditions = None if avec_curseur else _cle_des_conditions(conditions)
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
            scoped = readable_rows(modele, context.principal).where(
                parmi(context, parent, keys), *_bornes(page)
            )
            rang = func.row_number().over(partition_by=parent, order_by=_order_by(page)).label("rang")
            inner = scoped.add_columns(rang).subquery()
            # The outer SELECT only re-reads the policy-scoped subquery and cuts each partition.
            outer = (
                select(*(inner.c[colonne.key] for colonne in colonnes_lues(modele)))
                .where(inner.c.rang <= page.taille + 1)
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
