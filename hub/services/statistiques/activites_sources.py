"""Where the activités block reads its figures: the aggregates when they can answer, else the activités.

`Agregats` reads `activite_agregat` / `activite_theme_agregat` (one row per département × month, a
few thousand rows nationally, whatever the number of activités). It answers exactly when:
- the principal may count the aggregates (`statistiques_predicate`: ANCT, préfectures, partner tools,
  anonymous callers: all rows of a territory; a structure or a conseiller counts only its own
  activités, which the aggregates do not separate), and
- the période contains whole months (`du` a 1st or absent, `au` a last day or absent: only them;
  otherwise `Mixte` adds the partial months at its ends, read from `activite` by date).
Otherwise `Brutes` runs the same figures on `activite` itself (indexed by département, structure,
conseiller and date). All return the same keys, so the block does not know which one answered.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import ColumnElement, True_, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import Activite, ActiviteAgregat, ActiviteTheme, ActiviteThemeAgregat, Departement
from hub.models.activite_agregat import colonne_theme
from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE, Canal, Theme
from hub.services.statistiques.mois import mois
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

# Durée buckets of the programme's statistics (vocabulaires.json, cra duree_stats_buckets), in
# minutes [bas, haut), and the aggregate column counting each.
DUREES: tuple[tuple[str, str, int, int | None, str], ...] = (
    ("0-30", "Moins de 30 minutes", 0, 30, "duree_0_30"),
    ("30-60", "30 à 60 minutes", 30, 60, "duree_30_60"),
    ("60-120", "1 à 2 heures", 60, 120, "duree_60_120"),
    ("120+", "Plus de 2 heures", 120, None, "duree_120_plus"),
)


class Source(Protocol):
    async def sommes(self, session: AsyncSession) -> Mapping[str, int]:
        """total, participants, recurrents, duree_<code>, canal_<NAME>, age_<tranche>, statut_<statut>."""

    async def par_theme(self, session: AsyncSession) -> dict[Theme, int]: ...

    async def par_mois(self, session: AsyncSession) -> list[tuple[str, int]]:
        """('YYYY-MM', nombre) of the months that have activités, in order."""

    async def par_departement(self, session: AsyncSession) -> list[tuple[str, str, int]]:
        """(code, nom, nombre) of the départements that have activités, by code."""


def source(portee: Portee) -> Source | None:
    """The cheapest source able to answer for `portee`; None: no activités statistics at all."""
    activites = portee.predicat(Activite)
    if activites is None:
        return None
    agregats = portee.predicat(ActiviteAgregat)
    themes = portee.predicat(ActiviteThemeAgregat)
    du, au = portee.periode.du, portee.periode.au
    complets = mois_complets(du, au)
    if agregats is None or themes is None or complets is None:
        return Brutes(portee, and_(activites, portee.periode.contient(Activite.date)))
    entiers = Agregats(
        and_(agregats, complets.contient(ActiviteAgregat.mois)),
        and_(themes, complets.contient(ActiviteThemeAgregat.mois)),
    )
    partiels = [
        Brutes(portee, and_(activites, Periode(debut, fin).contient(Activite.date)))
        for debut, fin in _bords(du, au, complets)
    ]
    return Mixte(entiers, partiels) if partiels else entiers


def mois_complets(du: dt.date | None, au: dt.date | None) -> Periode | None:
    """The whole months inside [du, au] (None: not even one)."""
    debut = du if du is None or du.day == 1 else _mois_suivant(du)
    fin = (
        au if au is None or (au + dt.timedelta(days=1)).day == 1 else au.replace(day=1) - dt.timedelta(days=1)
    )
    if debut is not None and fin is not None and debut > fin:
        return None
    return Periode(debut, fin)


def _mois_suivant(jour: dt.date) -> dt.date:
    return (jour.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _bords(du: dt.date | None, au: dt.date | None, complets: Periode) -> list[tuple[dt.date, dt.date]]:
    """The days of [du, au] outside its whole months: the end of du's month, the start of au's."""
    bords = []
    if du is not None and complets.du is not None and complets.du != du:
        bords.append((du, complets.du - dt.timedelta(days=1)))
    if au is not None and complets.au is not None and complets.au != au:
        bords.append((complets.au + dt.timedelta(days=1), au))
    return bords


def _somme(colonne: Any) -> ColumnElement[int]:
    return func.coalesce(func.sum(colonne), 0)


@dataclass(frozen=True)
class Agregats:
    filtre: ColumnElement[bool]
    filtre_themes: ColumnElement[bool]

    async def sommes(self, session: AsyncSession) -> Mapping[str, int]:
        g = ActiviteAgregat
        colonnes: list[Any] = [
            _somme(g.nombre).label("total"),
            _somme(g.participants).label("participants"),
            _somme(g.participants_recurrents).label("recurrents"),
        ]
        colonnes += [_somme(getattr(g, col)).label(f"duree_{code}") for code, _, _, _, col in DUREES]
        colonnes += [_somme(getattr(g, f"canal_{c.value}")).label(f"canal_{c.name}") for c in Canal]
        colonnes += [_somme(getattr(g, f"age_{t}")).label(f"age_{t}") for t in TRANCHES_AGE]
        colonnes += [_somme(getattr(g, f"statut_{s}")).label(f"statut_{s}") for s in STATUTS_USAGER]
        row = (await session.execute(select(*colonnes).where(self.filtre))).one()
        return {nom: int(valeur) for nom, valeur in row._mapping.items()}

    async def par_theme(self, session: AsyncSession) -> dict[Theme, int]:
        colonnes = [_somme(getattr(ActiviteThemeAgregat, colonne_theme(t))) for t in Theme]
        row = (await session.execute(select(*colonnes).where(self.filtre_themes))).one()
        return {theme: int(nombre) for theme, nombre in zip(Theme, row, strict=True)}

    async def par_mois(self, session: AsyncSession) -> list[tuple[str, int]]:
        g = ActiviteAgregat
        nombre = func.sum(g.nombre)
        rows = await session.execute(
            select(g.mois, nombre).where(self.filtre).group_by(g.mois).having(nombre > 0).order_by(g.mois)
        )
        return [(f"{debut.year:04d}-{debut.month:02d}", int(n)) for debut, n in rows]

    async def par_departement(self, session: AsyncSession) -> list[tuple[str, str, int]]:
        g = ActiviteAgregat
        nombre = func.sum(g.nombre)
        rows = await session.execute(
            select(g.departement_code, Departement.nom, nombre)
            .join(Departement, Departement.code == g.departement_code)
            .where(self.filtre)
            .group_by(g.departement_code, Departement.nom)
            .having(nombre > 0)
            .order_by(g.departement_code)
        )
        return [(code, nom, int(n)) for code, nom, n in rows]


def colonnes_sommes() -> list[Any]:
    """The SUMs over `activite` behind the totals and the canal, durée, âge and statut buckets, each
    labelled with its measure (total, participants, recurrents, duree_<code>, canal_<NAME>, …)."""
    colonnes: list[Any] = [
        func.count().label("total"),
        _somme(Activite.nb_participants).label("participants"),
        _somme(Activite.nb_participants_recurrents).label("recurrents"),
    ]
    for code, _, bas, haut, _ in DUREES:
        dans = (
            Activite.duree_minutes >= bas if haut is None else Activite.duree_minutes.between(bas, haut - 1)
        )
        colonnes.append(_somme(case((dans, 1), else_=0)).label(f"duree_{code}"))
    for canal in Canal:
        colonnes.append(_somme(case((Activite.canal == canal, 1), else_=0)).label(f"canal_{canal.name}"))
    colonnes += [_somme(getattr(Activite, f"age_{t}")).label(f"age_{t}") for t in TRANCHES_AGE]
    colonnes += [_somme(getattr(Activite, f"statut_{s}")).label(f"statut_{s}") for s in STATUTS_USAGER]
    return colonnes


@dataclass(frozen=True)
class Brutes:
    portee: Portee
    filtre: ColumnElement[bool]

    async def sommes(self, session: AsyncSession) -> Mapping[str, int]:
        """Totals and every bucket that is a SUM over activité columns, in one row."""
        row = (await session.execute(select(*colonnes_sommes()).where(self.filtre))).one()
        return {nom: int(valeur) for nom, valeur in row._mapping.items()}

    async def par_theme(self, session: AsyncSession) -> dict[Theme, int]:
        """Shares of all (activité, thème) pairs: an activité with three thèmes counts once in each."""
        statement = select(ActiviteTheme.theme, func.count()).group_by(ActiviteTheme.theme)
        sur_themes = self.portee.predicat(ActiviteTheme)
        if sur_themes is not None and _toutes_les_lignes(self.filtre):
            # Every activité counts (national, no période): the thèmes need not meet their activités.
            statement = statement.where(sur_themes)
        else:
            statement = statement.join(Activite, Activite.id == ActiviteTheme.activite_id).where(self.filtre)
        return {theme: int(nombre) for theme, nombre in await session.execute(statement)}

    async def par_mois(self, session: AsyncSession) -> list[tuple[str, int]]:
        mois_de = mois(Activite.date)
        rows = await session.execute(
            select(mois_de, func.count()).where(self.filtre).group_by(mois_de).order_by(mois_de)
        )
        return [(m, int(n)) for m, n in rows]

    async def par_departement(self, session: AsyncSession) -> list[tuple[str, str, int]]:
        rows = await session.execute(
            select(Activite.departement_code, Departement.nom, func.count())
            .join(Departement, Departement.code == Activite.departement_code)
            .where(self.filtre)
            .group_by(Activite.departement_code, Departement.nom)
            .order_by(Activite.departement_code)
        )
        return [(code, nom, int(n)) for code, nom, n in rows]


def _toutes_les_lignes(condition: ColumnElement[bool]) -> bool:
    """Is `condition` the constant true (`and_` of true() clauses collapses to one wrapped True_)?"""
    return isinstance(getattr(condition, "element", condition), True_)


@dataclass(frozen=True)
class Mixte:
    """A période that cuts months: its whole months from the aggregates, its partial months (at most
    two, at its ends) from `activite` by date; the figures add up, months and départements merge."""

    entiers: Agregats
    partiels: list[Brutes]

    async def sommes(self, session: AsyncSession) -> Mapping[str, int]:
        total = Counter(await self.entiers.sommes(session))
        for partiel in self.partiels:
            total.update(await partiel.sommes(session))
        return total

    async def par_theme(self, session: AsyncSession) -> dict[Theme, int]:
        total = Counter(await self.entiers.par_theme(session))
        for partiel in self.partiels:
            total.update(await partiel.par_theme(session))
        return dict(total)

    async def par_mois(self, session: AsyncSession) -> list[tuple[str, int]]:
        total = Counter(dict(await self.entiers.par_mois(session)))
        for partiel in self.partiels:
            total.update(dict(await partiel.par_mois(session)))
        return sorted((m, n) for m, n in total.items() if n)

    async def par_departement(self, session: AsyncSession) -> list[tuple[str, str, int]]:
        noms: dict[str, str] = {}
        total: Counter[str] = Counter()
        sources: list[Source] = [self.entiers, *self.partiels]
        for lecture in sources:
            for code, nom, nombre in await lecture.par_departement(session):
                noms[code] = nom
                total[code] += nombre
        return [(code, noms[code], total[code]) for code in sorted(total) if total[code]]
