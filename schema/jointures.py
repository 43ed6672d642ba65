"""To-one relations read in the statement of their parents' page: one statement instead of one per level.

A préfecture's page of conseillers with structure, contrat, poste and subvention took five statements:
the page, then one `WHERE key IN (…)` per relation level (schema.prechargement). Each cost a round
trip and SQLAlchemy's per-statement work, more than the rows themselves (issue #8). The relations
whose loader reads at most one row per key (`schema.batching.Jointure`: a primary key, a unique
column or a unique index) are now LEFT JOINed to the page's statement instead, level after level:

    FROM conseiller
    LEFT JOIN (<readable_rows(Structure)>) AS j0 ON j0.id = conseiller.structure_id
    LEFT JOIN (<readable_rows(Contrat)> AND statut IN (…)) AS j1 ON j1.conseiller_id = conseiller.id
    LEFT JOIN (<readable_rows(Poste)>) AS j2 ON j2.id = j1.poste_id
    …

Each joined table is the loader's own statement, as a derived table: `auth.policy`'s predicate for
that model and principal, unchanged, inside its own subquery (so none of its subqueries correlates
with the page's tables). A row out of the caller's scope is absent from it, and the relation is null,
exactly as the loader answers. The joined rows then fill the loaders (`ChargeurDe.connus`) under the
parent's key, so the relation fields and `precharger` find them loaded and issue nothing more.
Relations that cannot be joined (lists, loaders without a unique key) still load per level.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import strawberry
from sqlalchemy import ColumnElement, FromClause, Join, Label, Select
from strawberry.types.nodes import SelectedField, Selection

from auth.policy import colonnes_lues, readable_rows
from auth.principal import Principal
from hub.memoire import Memoire
from schema.batching import ChargeurDe, Jointure
from schema.prechargement import champs, lien_de

# At most this many relations joined to one statement; beyond, the others load per level as before.
MAX_JOINTURES = 8


@dataclass(frozen=True, slots=True)
class _Branche:
    """One joined relation: where its parent's key and its own columns sit in the page's rows."""

    cle_parent: int  # position of the parent's key column
    debut: int  # first column of the joined row
    fin: int  # one past its last column
    identifiant: int  # position of the joined row's primary key (null there: no row joined)
    ligne: type[tuple[Any, ...]]  # the joined row, read by attribute like a row of `readable_rows`


@dataclass(frozen=True, slots=True)
class _Plan:
    depuis: FromClause  # the page's table and its LEFT JOINs
    colonnes: tuple[Label[Any], ...]  # the joined columns, after the page's own
    branches: tuple[_Branche, ...]


Distribuer = Callable[[Sequence[Any]], None]

_LIGNES: dict[type[Any], type[tuple[Any, ...]]] = {}
_PLANS: Memoire[tuple[Any, ...], _Plan] = Memoire(4096)


def _ligne(modele: type[Any]) -> type[tuple[Any, ...]]:
    """A tuple class with the attribute names of `readable_rows(modele)`'s columns."""
    try:
        return _LIGNES[modele]
    except KeyError:
        classe = _LIGNES[modele] = namedtuple(
            f"Ligne{modele.__name__}", [c.key for c in colonnes_lues(modele)]
        )
        return classe


@dataclass(frozen=True, slots=True)
class _Demande:
    """A relation to join: its parent (index among the relations, -1 for the page's rows), the
    parent's key column and the loader (its name in `Context.loaders` says its model and condition)."""

    parent: int
    colonne_parent: str
    loader: str
    modele: type[Any]


def _demandes(
    info: strawberry.Info, modele: type[Any], selections: Iterable[Selection]
) -> tuple[list[_Demande], list[ChargeurDe[Any, Any]], dict[int, tuple[type[Any], SelectedField]]]:
    """The joinable to-one relations `selections` asks for under rows of `modele` (parents first),
    this request's loader of each, and their fields (by `id`, with the model of their rows)."""
    demandes: list[_Demande] = []
    chargeurs: list[ChargeurDe[Any, Any]] = []
    joints: dict[int, tuple[type[Any], SelectedField]] = {}
    a_voir: list[tuple[int, type[Any], Iterable[Selection]]] = [(-1, modele, selections)]
    while a_voir:
        parent, modele_parent, sous_selections = a_voir.pop(0)
        for champ in champs(sous_selections):
            lien = lien_de(modele_parent, champ.name)
            if lien is None or lien.plusieurs or len(demandes) >= MAX_JOINTURES:
                continue
            chargeur = lien.charger(info)
            if not isinstance(chargeur, ChargeurDe) or chargeur.jointure is None:
                continue
            demandes.append(_Demande(parent, lien.colonne.key, chargeur.nom, chargeur.modele))
            chargeurs.append(chargeur)
            joints[id(champ)] = (chargeur.modele, champ)
            a_voir.append((len(demandes) - 1, chargeur.modele, champ.selections))
    return demandes, chargeurs, joints


def _complets(joints: dict[int, tuple[type[Any], SelectedField]]) -> frozenset[int]:
    """The joined fields (by `id`) under which every relation asked for is joined too: nothing is left
    for `schema.prechargement.precharger` to load there."""

    def complet(modele: type[Any], champ: SelectedField) -> bool:
        for sous_champ in champs(champ.selections):
            if lien_de(modele, sous_champ.name) is None:
                continue
            joint = joints.get(id(sous_champ))
            if joint is None or not complet(*joint):
                return False
        return True

    return frozenset(cle for cle, joint in joints.items() if complet(*joint))


def _plan(
    modele: type[Any],
    principal: Principal,
    largeur: int,
    demandes: Sequence[_Demande],
    jointures: Sequence[Jointure],
) -> _Plan:
    table = modele.__table__
    depuis: FromClause = table
    colonnes: list[Label[Any]] = []
    branches: list[_Branche] = []
    derivees: list[FromClause] = []
    positions_racine = {c.key: i for i, c in enumerate(colonnes_lues(modele))}
    for n, (demande, jointure) in enumerate(zip(demandes, jointures, strict=True)):
        statement = readable_rows(demande.modele, principal)
        if jointure.condition is not None:
            statement = statement.where(jointure.condition())
        derivee = statement.subquery(f"j{n}")
        if demande.parent < 0:
            gauche: ColumnElement[Any] = table.c[demande.colonne_parent]
            cle_parent = positions_racine[demande.colonne_parent]
        else:
            parente = branches[demande.parent]
            gauche = derivees[demande.parent].c[demande.colonne_parent]
            cle_parent = parente.debut + parente.ligne._fields.index(demande.colonne_parent)  # type: ignore[attr-defined]
        depuis = Join(depuis, derivee, derivee.c[jointure.cle.key] == gauche, isouter=True)
        ligne = _ligne(demande.modele)
        debut = largeur + len(colonnes)
        noms = ligne._fields  # type: ignore[attr-defined]
        colonnes.extend(derivee.c[nom].label(f"j{n}_{nom}") for nom in noms)
        cle_primaire = next(iter(demande.modele.__table__.primary_key.columns)).key
        branches.append(
            _Branche(
                cle_parent,
                debut,
                debut + len(noms),
                debut + noms.index(cle_primaire),
                ligne,
            )
        )
        derivees.append(derivee)
    return _Plan(depuis, tuple(colonnes), tuple(branches))


@dataclass(frozen=True, slots=True)
class Jointures:
    """The joins one request's page asks for: what the joined statement depends on, how to join a
    page statement, and how to hand the joined rows to this request's loaders."""

    cle: tuple[Any, ...]  # the plan's key: equal keys join identically (empty: nothing to join)
    plan: _Plan | None
    distribuer: Distribuer
    complets: frozenset[int]  # the fields (by `id`) whose relations are all loaded by the join

    def appliquer(self, statement: Select[Any]) -> Select[Any]:
        """`statement` (a page of `readable_rows(modele, …)`) with the joined relations' columns."""
        if self.plan is None:
            return statement
        return statement.select_from(self.plan.depuis).add_columns(*self.plan.colonnes)


def jointures(info: strawberry.Info, modele: type[Any], selections: Iterable[Selection]) -> Jointures:
    """The joinable to-one relations that `selections` asks for under a page of `modele` rows."""
    demandes, chargeurs, joints = _demandes(info, modele, selections)
    if not demandes:
        return _AUCUNE
    principal: Principal = info.context.principal
    largeur = len(colonnes_lues(modele))  # the page's own columns (`readable_rows`), before the joined
    cle = (modele, principal, largeur, tuple(demandes))
    jointures_ = [c.jointure for c in chargeurs if c.jointure is not None]
    plan = _PLANS.obtenir(cle, lambda: _plan(modele, principal, largeur, demandes, jointures_))
    branches = plan.branches

    def distribuer(rows: Sequence[Any]) -> None:
        for branche, chargeur in zip(branches, chargeurs, strict=True):
            connus = chargeur.connus
            cle_parent, identifiant = branche.cle_parent, branche.identifiant
            debut, fin = branche.debut, branche.fin
            faire = branche.ligne._make  # type: ignore[attr-defined]
            for row in rows:
                cle = row[cle_parent]
                if cle is not None:  # None: no parent row, or a parent without this relation
                    connus[cle] = None if row[identifiant] is None else faire(row[debut:fin])

    return Jointures(cle, plan, distribuer, _complets(joints))


def _rien(rows: Sequence[Any]) -> None:
    return None


_AUCUNE = Jointures((), None, _rien, frozenset())
