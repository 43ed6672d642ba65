"""Relations loaded ahead, level by level, by the list that needs them; resolved without awaiting.

A list of 100 conseillers with their structure, contrat, poste and subvention used to resolve 400
relation fields as coroutines, each awaiting a DataLoader future: graphql-core then gathers every
list item as a task, level after level, and that bookkeeping cost more than the SQL. Now:

- a root list, once its page is read, walks the selection of its nodes and, for each relation
  registered here (`lien`), loads every key of the page at once through the relation's own
  policy-scoped loader (`load_many`: one `WHERE key IN (…)` statement per relation and level, so
  the number of statements still does not depend on the page size), then recurses into the rows
  it got;
- relation resolvers are plain functions (`relation`): when the request has already loaded the key
  (prefetched, or asked by a sibling first) they return the object itself, and graphql-core completes
  the whole list synchronously; otherwise they return an awaitable through the same loader, which
  graphql-core awaits like an async resolver's result. Same statements, same policy, same results.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, TypeVar, cast

import strawberry
from sqlalchemy.orm import InstrumentedAttribute
from strawberry.dataloader import DataLoader
from strawberry.types.nodes import SelectedField, Selection

from schema.batching import ChargeurDe

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

_INCONNUE = object()

Chargeur = Callable[[strawberry.Info], DataLoader[Any, Any]]


def relation(loader: DataLoader[K, Any], cle: K | None, convertir: Callable[[V], T]) -> T | None:
    """`convertir` of what `loader` answers for `cle` (None: no key, or the loader answered None).

    Typed as the value, returned as an awaitable when the key is not loaded yet: a sync resolver may
    return an awaitable, graphql-core awaits it (strawberry passes it through unchanged).
    """
    if cle is None:
        return None
    if isinstance(loader, ChargeurDe):
        connue = loader.connus.get(cle, _INCONNUE)
        if connue is not _INCONNUE:
            return _convertir(connue, convertir)
    future = loader.cache_map.get(cle)
    if future is not None and future.done() and not future.cancelled() and future.exception() is None:
        return _convertir(future.result(), convertir)

    async def plus_tard() -> T | None:
        return _convertir(await loader.load(cle), convertir)

    return cast("T | None", plus_tard())


def _convertir(valeur: V | None, convertir: Callable[[V], T]) -> T | None:
    return None if valeur is None else convertir(valeur)


@dataclass(frozen=True)
class Lien:
    """A relation field of a model's GraphQL type: its loader and the parent's column holding the key."""

    charger: Chargeur
    colonne: InstrumentedAttribute[Any]
    plusieurs: bool  # the loader answers a list of rows per key

    @property
    def cle(self) -> Callable[[Any], Any]:
        """The key of a parent row (read by attribute: rows of `readable_rows` and joined rows alike)."""
        return attrgetter(self.colonne.key)


_LIENS: dict[tuple[type[Any], str], Lien] = {}


def lien(
    modele: type[Any],
    champ: str,
    charger: Chargeur,
    colonne: InstrumentedAttribute[Any],
    *,
    plusieurs: bool = False,
) -> None:
    """Register relation field `champ` (GraphQL name) of the type built from `modele` rows, whose key
    is the row's `colonne` (a column of `modele`)."""
    _LIENS[(modele, champ)] = Lien(charger, colonne, plusieurs)


def lien_de(modele: type[Any], champ: str) -> Lien | None:
    """The relation registered for field `champ` of `modele`'s type, if any."""
    return _LIENS.get((modele, champ))


async def precharger(
    info: strawberry.Info,
    modele: type[Any],
    lignes: Sequence[Any],
    selections: Iterable[Selection],
    deja: Collection[int] = (),
) -> None:
    """Load every registered relation that `selections` asks for under `lignes` (rows of `modele`),
    recursively through the loaders that know their model (`schema.batching.ChargeurDe`). `deja`: the
    fields (by `id`) whose relations, their own included, the page's statement already read
    (schema.jointures)."""
    if not lignes:
        return
    for champ in champs(selections):
        lien_ = _LIENS.get((modele, champ.name))
        if lien_ is None or id(champ) in deja:
            continue
        cles = list(dict.fromkeys(cle for cle in map(lien_.cle, lignes) if cle is not None))
        if not cles:
            continue
        chargeur = lien_.charger(info)
        if not isinstance(chargeur, ChargeurDe):
            await chargeur.load_many(cles)
            continue  # rows of an unknown model: their own relations load when resolved
        valeurs = await chargeur.precharger(cles)
        enfants = [
            v for valeur in valeurs for v in (valeur if lien_.plusieurs else [valeur]) if v is not None
        ]
        await precharger(info, chargeur.modele, enfants, champ.selections, deja)


def noeuds(info: strawberry.Info) -> Iterator[Selection]:
    """The selections under `nodes` and `edges { node }` of the connection field being resolved."""
    for racine in info.selected_fields:
        for champ in champs(racine.selections):
            if champ.name == "nodes":
                yield from champ.selections
            elif champ.name == "edges":
                for sous_champ in champs(champ.selections):
                    if sous_champ.name == "node":
                        yield from sous_champ.selections


def champs(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    """The fields of `selections`, through fragments, honouring @skip and @include."""
    for selection in selections:
        directives = selection.directives
        if directives.get("skip", {}).get("if", False) or not directives.get("include", {}).get("if", True):
            continue
        if isinstance(selection, SelectedField):
            yield selection
        else:
            yield from champs(selection.selections)
