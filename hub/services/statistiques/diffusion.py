"""Disclosure control of one statistics request: who is under suppression, its threshold, its grid.

A caller under suppression (`auth.policy.seuil_petits_groupes`: partner tools and anonymous callers,
at every territorial level) is answered from the grid of `masque.Grille`: its rows are counted per
département × month, so its période must be a union of whole months (refused otherwise) and ends
with the last month already over (a month still running would change from one day to the next, and
two answers a day apart would give that day's count by difference).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, true

from auth.policy import Territoire, seuil_petits_groupes
from auth.principal import Principal
from hub.services.statistiques.masque import UNIQUE, Cellule
from hub.services.statistiques.mois import mois
from hub.services.statistiques.periode import PARIS, Periode
from hub.services.statistiques.portee import Portee
from hub.settings import Settings


class PeriodeNonAligneeError(ValueError):
    """A période that is not a union of whole, finished months, asked by a caller under suppression."""


@dataclass(frozen=True, slots=True)
class Diffusion:
    """The threshold (None: nothing hidden) and the période actually counted."""

    seuil: int | None
    periode: Periode


def regle_de_diffusion(
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    settings: Settings,
    aujourdhui: dt.date | None = None,
) -> Diffusion:
    """The disclosure rule of a request; PeriodeNonAligneeError when the période is off the grid."""
    seuil = seuil_petits_groupes(principal, territoire, settings)
    if seuil is None:
        return Diffusion(None, periode)
    if periode.du is not None and periode.du.day != 1:
        raise PeriodeNonAligneeError(
            f"les petits effectifs étant masqués, la période se compte en mois entiers : "
            f"du ({periode.du.isoformat()}) doit être un premier jour du mois"
        )
    if periode.au is not None and (periode.au + dt.timedelta(days=1)).day != 1:
        raise PeriodeNonAligneeError(
            f"les petits effectifs étant masqués, la période se compte en mois entiers : "
            f"au ({periode.au.isoformat()}) doit être un dernier jour du mois"
        )
    jour = aujourdhui or dt.datetime.now(PARIS).date()
    dernier_mois_acheve = jour.replace(day=1) - dt.timedelta(days=1)
    au = dernier_mois_acheve if periode.au is None or periode.au > dernier_mois_acheve else periode.au
    if periode.du is not None and periode.du > au:
        raise PeriodeNonAligneeError(
            "les petits effectifs étant masqués, seuls les mois achevés sont publiés : la période "
            f"doit commencer au plus tard le {dernier_mois_acheve.replace(day=1).isoformat()}"
        )
    return Diffusion(seuil, Periode(periode.du, au))


def colonnes_cellule(portee: Portee, model: type[Any], departement: Any, date: Any) -> list[Any]:
    """The GROUP BY columns of a grid cell (département, 'YYYY-MM', in the territory asked: 1 or 0);
    none when nothing is hidden."""
    if portee.seuil is None:
        return []
    return [departement, mois(date), colonne_dans(portee, model)]


def colonne_dans(portee: Portee, model: type[Any]) -> Any:
    """1 when a row of `model` is in the territory asked (the whole country's rows are read), else 0."""
    dans = portee.dans(model)
    return case((true() if dans is None else dans, 1), else_=0)


def cellule(portee: Portee, ligne: Any) -> tuple[Cellule, bool, tuple[Any, ...]]:
    """Split a result row into its grid cell (its first three columns under suppression: the cell and
    whether it is in the territory asked) and the rest."""
    if portee.seuil is None:
        return UNIQUE, True, tuple(ligne)
    departement, mois_, dans, *reste = ligne
    return (departement, mois_), bool(dans), tuple(reste)
