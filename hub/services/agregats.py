"""The activité aggregates (hub.models.activite_agregat): what each column sums, and their rebuild.

Every write keeps them exact through the database triggers of migration 0006, so no service
calls anything here on a write. `reconstruire` recomputes both tables from `activite` and
`activite_theme` in two statements; trusted jobs call it in their system context (the seed at its
end, its bulk load inside `suspendre`; `inclusion-hub rollups rebuild` after a restore or a manual repair).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Date, case, delete, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from hub.models import Activite, ActiviteAgregat, ActiviteTheme, ActiviteThemeAgregat
from hub.models.activite_agregat import colonne_theme
from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE, Canal, Theme, TypeActivite

# Durée buckets in minutes, [bas, haut): the column of ActiviteAgregat that counts each.
DUREES: tuple[tuple[str, int, int | None], ...] = (
    ("duree_0_30", 0, 30),
    ("duree_30_60", 30, 60),
    ("duree_60_120", 60, 120),
    ("duree_120_plus", 120, None),
)


class debut_du_mois(FunctionElement[Any]):  # noqa: N801 - a SQL function reads as one
    """First day of the month of a DATE, as a DATE (the `mois` key of the aggregates)."""

    type = Date()
    inherit_cache = True
    name = "debut_du_mois"


@compiles(debut_du_mois, "sqlite")
def _debut_du_mois_sqlite(element: debut_du_mois, compiler: SQLCompiler, **kw: Any) -> str:
    (colonne,) = element.clauses
    return f"date({compiler.process(colonne, **kw)}, 'start of month')"


@compiles(debut_du_mois, "postgresql")
def _debut_du_mois_postgresql(element: debut_du_mois, compiler: SQLCompiler, **kw: Any) -> str:
    (colonne,) = element.clauses
    return f"date_trunc('month', {compiler.process(colonne, **kw)}::timestamp)::date"


def _compte_si(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def sommes_par_colonne() -> dict[str, ColumnElement[Any]]:
    """Column of ActiviteAgregat → its aggregate over the activités of one group."""
    sommes: dict[str, ColumnElement[Any]] = {
        "nombre": func.count(),
        "participants": func.sum(Activite.nb_participants),
        "participants_recurrents": func.sum(Activite.nb_participants_recurrents),
        "duree_minutes": func.sum(Activite.duree_minutes),
    }
    for colonne, bas, haut in DUREES:
        dans = Activite.duree_minutes >= bas
        if haut is not None:
            dans = dans & (Activite.duree_minutes < haut)
        sommes[colonne] = _compte_si(dans)
    for canal in Canal:
        sommes[f"canal_{canal.value}"] = _compte_si(Activite.canal == canal)
    for type_ in TypeActivite:
        sommes[f"type_{type_.value}"] = _compte_si(Activite.type == type_)
    for tranche in TRANCHES_AGE:
        sommes[f"age_{tranche}"] = func.sum(getattr(Activite, f"age_{tranche}"))
    for statut in STATUTS_USAGER:
        sommes[f"statut_{statut}"] = func.sum(getattr(Activite, f"statut_{statut}"))
    return sommes


@dataclass(frozen=True, slots=True)
class Reconstruction:
    groupes: int  # rows of activite_agregat
    groupes_themes: int  # rows of activite_theme_agregat (the same groups, for those with thèmes)


# The insert triggers a bulk load may suspend (migration 0006), per table.
_TRIGGERS_D_AJOUT = {"activite": "agregats_ajout", "activite_theme": "agregats_themes_ajout"}


@asynccontextmanager
async def suspendre(session: AsyncSession) -> AsyncIterator[None]:
    """Around a bulk load in one transaction, which then calls `reconstruire` once.

    On PostgreSQL, when the connected role owns the tables (the seed runs as the owner), the insert
    triggers are suspended inside the block (ALTER TABLE … DISABLE TRIGGER is transactional: a failed
    load rolls it back with the rows), which saves recomputing the aggregates chunk after chunk.
    Elsewhere the triggers run as usual.
    """
    suspendus = await _suspendre(session) if session.get_bind().dialect.name == "postgresql" else []
    yield
    for table in suspendus:
        await session.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {_TRIGGERS_D_AJOUT[table]}"))


async def _suspendre(session: AsyncSession) -> list[str]:
    proprietaire = await session.scalar(
        text("SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables WHERE tablename = ANY(:t)"),
        {"t": list(_TRIGGERS_D_AJOUT)},
    )
    if not proprietaire:
        return []
    for table, trigger in _TRIGGERS_D_AJOUT.items():  # names: this module's constants
        await session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
    return list(_TRIGGERS_D_AJOUT)


async def reconstruire(session: AsyncSession) -> Reconstruction:
    """Recompute both aggregate tables from the activités (in the caller's transaction).

    On PostgreSQL the session must be in the system context of `auth.rls` (trusted jobs): the
    aggregates of every département are written, from every activité.
    """
    await session.execute(delete(ActiviteThemeAgregat))
    await session.execute(delete(ActiviteAgregat))
    mois = debut_du_mois(Activite.date)
    sommes = sommes_par_colonne()
    groupes = select(Activite.departement_code, mois, *sommes.values()).group_by(
        Activite.departement_code, mois
    )
    await session.execute(insert(ActiviteAgregat).from_select(["departement_code", "mois", *sommes], groupes))
    comptes = {colonne_theme(t): _compte_si(ActiviteTheme.theme == t) for t in Theme}
    themes = (
        select(Activite.departement_code, mois, *comptes.values())
        .select_from(ActiviteTheme)
        .join(Activite, Activite.id == ActiviteTheme.activite_id)
        .group_by(Activite.departement_code, mois)
    )
    await session.execute(
        insert(ActiviteThemeAgregat).from_select(["departement_code", "mois", *comptes], themes)
    )
    compter = select(func.count()).select_from
    return Reconstruction(
        groupes=int(await session.scalar(compter(ActiviteAgregat)) or 0),
        groupes_themes=int(await session.scalar(compter(ActiviteThemeAgregat)) or 0),
    )
