"""Bulk upsert keyed on a source id: only new or changed rows are written, and each kind is counted.

The rows of a batch are compared with the stored ones first, so a second run of the same file writes
nothing and reports every row unchanged. New and changed rows go in one INSERT … ON CONFLICT DO UPDATE
(PostgreSQL and SQLite dialects), which also keeps a row's primary key when it is updated in place.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, Uuid, and_, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models.base import Base, utcnow

Valeurs = dict[str, Any]
# Written on every insert or update, never compared: which run wrote the row, from which file date.
COLONNES_PROVENANCE = ("import_run_id", "date_source")
# Rows compared and written per statement: well under the 32,767 bind parameters of PostgreSQL.
TRANCHE = 1000


@dataclass
class Compte:
    inseres: int = 0
    mis_a_jour: int = 0
    inchanges: int = 0
    # Re-import of an open data list (hub.importers.instantane): among the updated rows, those that
    # were absent from the source; among the unchanged ones, those the hub holds from a newer file.
    revenus: int = 0
    plus_recents: int = 0

    def __iadd__(self, autre: Compte) -> Compte:
        self.inseres += autre.inseres
        self.mis_a_jour += autre.mis_a_jour
        self.inchanges += autre.inchanges
        self.revenus += autre.revenus
        self.plus_recents += autre.plus_recents
        return self

    @property
    def total(self) -> int:
        return self.inseres + self.mis_a_jour + self.inchanges


async def upsert(
    session: AsyncSession,
    modele: type[Base],
    cle: Sequence[str],
    lignes: Sequence[Valeurs],
    provenance: Mapping[str, Any],
    *,
    ajout_seulement: bool = False,
) -> Compte:
    """Insert or update `lignes` (all with the same columns) in `modele`'s table, keyed on `cle`.

    `ajout_seulement`: a history table (INSERT granted, no UPDATE): new rows only, the caller having
    refused changed ones; a row that another writer inserted meanwhile is left as it is."""
    table = cast(Table, modele.__table__)
    compte = Compte()
    for debut in range(0, len(lignes), TRANCHE):
        tranche = lignes[debut : debut + TRANCHE]
        compte += await _upsert_tranche(session, table, cle, tranche, provenance, ajout_seulement)
    return compte


async def _upsert_tranche(
    session: AsyncSession,
    table: Table,
    cle: Sequence[str],
    lignes: Sequence[Valeurs],
    provenance: Mapping[str, Any],
    ajout_seulement: bool,
) -> Compte:
    compte = Compte()
    contenu = [colonne for colonne in lignes[0] if colonne not in cle]
    existantes = await _existantes(session, table, cle, contenu, lignes)
    maintenant = utcnow()
    ecrite = {c: v for c, v in provenance.items() if c in table.c}
    a_ecrire: list[Valeurs] = []
    for ligne in lignes:
        ancienne = existantes.get(tuple(ligne[c] for c in cle))
        if ancienne is None:
            compte.inseres += 1
        elif ancienne != tuple(ligne[c] for c in contenu) and not ajout_seulement:
            compte.mis_a_jour += 1
        else:
            compte.inchanges += 1
            continue
        a_ecrire.append({**_defauts(table, maintenant), **ligne, **ecrite})
    if a_ecrire:
        ecrites = [] if ajout_seulement else [*contenu, *ecrite]
        await session.execute(_instruction(session, table, cle, ecrites, maintenant), a_ecrire)
    return compte


def _defauts(table: Table, maintenant: Any) -> Valeurs:
    # Every row of one executemany needs the same keys: an update ignores the id and created_at given.
    defauts: Valeurs = {}
    if "id" in table.c and isinstance(table.c.id.type, Uuid):
        defauts["id"] = uuid.uuid4()
    if "created_at" in table.c:
        defauts["created_at"] = maintenant
    if "updated_at" in table.c:
        defauts["updated_at"] = None
    return defauts


def _instruction(
    session: AsyncSession, table: Table, cle: Sequence[str], ecrites: Sequence[str], maintenant: Any
) -> Any:
    dialecte = session.get_bind().dialect.name
    insertion = postgresql.insert(table) if dialecte == "postgresql" else sqlite.insert(table)
    nouvelles = {colonne: insertion.excluded[colonne] for colonne in ecrites}
    if not nouvelles:  # a link table (every column is in the key), or a history table
        return insertion.on_conflict_do_nothing(index_elements=list(cle))
    if "updated_at" in table.c:
        nouvelles["updated_at"] = maintenant
    return insertion.on_conflict_do_update(index_elements=list(cle), set_=nouvelles)


async def _existantes(
    session: AsyncSession, table: Table, cle: Sequence[str], contenu: Sequence[str], lignes: Sequence[Valeurs]
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    colonnes = [table.c[c] for c in (*cle, *contenu)]
    resultat = await session.execute(select(*colonnes).where(_parmi(table, cle, lignes)))
    return {tuple(row[: len(cle)]): tuple(row[len(cle) :]) for row in resultat}


def _parmi(table: Table, cle: Sequence[str], lignes: Sequence[Valeurs]) -> ColumnElement[bool]:
    """`key IN (…)`; a two-column key is grouped by its first column (one source per file, usually)."""
    if len(cle) == 1:
        return table.c[cle[0]].in_([ligne[cle[0]] for ligne in lignes])
    premiere, seconde = cle
    groupes: dict[Any, list[Any]] = defaultdict(list)
    for ligne in lignes:
        groupes[ligne[premiere]].append(ligne[seconde])
    return or_(*(and_(table.c[premiere] == v, table.c[seconde].in_(ids)) for v, ids in groupes.items()))
