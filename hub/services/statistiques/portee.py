"""Who asks, about which territory and période: every block of statistics filters its rows through it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement

from auth.policy import Territoire, statistiques_predicate
from auth.principal import Principal
from hub.models import Activite, Conseiller, Mandat, Poste, SiteFranceServices, Subvention
from hub.services.statistiques.periode import Periode

_NATIONAL = Territoire("national", None)
# The main table of each block: a principal who may count none of them sees no statistics at all.
BLOCS = (Poste, Conseiller, Subvention, Activite, SiteFranceServices, Mandat)


def voit_statistiques(principal: Principal, territoire: Territoire) -> bool:
    """May `principal` see any statistics of `territoire` (else the API answers null)?"""
    return any(statistiques_predicate(model, principal, territoire) is not None for model in BLOCS)


@dataclass(frozen=True, slots=True)
class Portee:
    principal: Principal
    territoire: Territoire
    periode: Periode
    # Fields asked for (Python names); None: all. Statements that serve no asked field are not run.
    champs: Collection[str] | None = None
    # The small-group threshold of this caller (None: nothing hidden).
    seuil: int | None = None

    def predicat(self, model: type[Any]) -> ColumnElement[bool] | None:
        """Rows of `model` to read; None: no statistics at all. Under suppression, the rows of the
        whole country (the caller may count them: partner tools and anonymous callers see the national
        level), so that the cells hidden do not depend on the territory asked (`masque`); the
        territory's cells are told apart by `dans`."""
        sur_territoire = self.dans(model)
        if sur_territoire is None or self.seuil is None:
            return sur_territoire
        national = statistiques_predicate(model, self.principal, _NATIONAL)
        return sur_territoire if national is None else national

    def dans(self, model: type[Any]) -> ColumnElement[bool] | None:
        """Rows of `model` this principal may count on the territory asked."""
        return statistiques_predicate(model, self.principal, self.territoire)

    def ventilable(self, departement: str) -> bool:
        """May a breakdown by département show `departement`? Exactly when the principal could ask
        that département itself (a préfecture: its own; an anonymous caller: none), and it then gets
        the same figure as there (the grid of `masque` makes them equal under suppression)."""
        return (
            statistiques_predicate(Activite, self.principal, Territoire("departement", departement))
            is not None
        )

    def demande(self, *champs: str) -> bool:
        """Is any of `champs` asked for?"""
        return self.champs is None or any(champ in self.champs for champ in champs)
