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

    def predicat(self, model: type[Any]) -> ColumnElement[bool] | None:
        """Rows of `model` this principal may count on this territory; None: no statistics at all."""
        return statistiques_predicate(model, self.principal, self.territoire)

    def demande(self, *champs: str) -> bool:
        """Is any of `champs` asked for?"""
        return self.champs is None or any(champ in self.champs for champ in champs)
