"""Période of a statistics request: the closed interval of dates [du, au], both ends optional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, true

# Days are days in France: an instant belongs to the day it is in Paris (exports use the same zone).
PARIS = ZoneInfo("Europe/Paris")


class PeriodeInvalideError(ValueError):
    """`du` is after `au`."""


@dataclass(frozen=True, slots=True)
class Periode:
    """[du, au], inclusive at both ends; a missing end is unbounded on that side."""

    du: date | None = None
    au: date | None = None

    def __post_init__(self) -> None:
        if self.du is not None and self.au is not None and self.du > self.au:
            raise PeriodeInvalideError(f"du ({self.du.isoformat()}) doit précéder au ({self.au.isoformat()})")

    @property
    def est_bornee(self) -> bool:
        return self.du is not None or self.au is not None

    def contient(self, colonne: Any) -> ColumnElement[bool]:
        """`colonne` (a DATE) lies in the période."""
        conditions = []
        if self.du is not None:
            conditions.append(colonne >= self.du)
        if self.au is not None:
            conditions.append(colonne <= self.au)
        return and_(*conditions) if conditions else true()

    def contient_instant(self, colonne: Any) -> ColumnElement[bool]:
        """`colonne` (a UTC timestamp) falls on a Paris day of the période."""
        conditions = []
        if self.du is not None:
            conditions.append(colonne >= _debut_du_jour(self.du))
        if self.au is not None:
            conditions.append(colonne < _debut_du_jour(self.au + timedelta(days=1)))
        return and_(*conditions) if conditions else true()


def _debut_du_jour(jour: date) -> datetime:
    return datetime.combine(jour, time.min, tzinfo=PARIS).astimezone(UTC)


TOUTE_LA_PERIODE = Periode()
