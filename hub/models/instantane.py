"""Instantané territorial: the programme's figures of one territory on one day (one row per day).

Written by the daily job `inclusion-hub snapshots take` (hub.services.instantanes), never through
the API; the history of the dashboards (issue 22). Territories: the nation (code ''), each région,
each département and each collectivité d'outre-mer (niveau 'com', a `departement` row of zone com).
Amounts in integer centimes, like the tables they are summed from.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, UtcDateTime

NIVEAUX_INSTANTANE = ("national", "region", "departement", "com")


def _nombre() -> Mapped[int]:
    return mapped_column(Integer, default=0, server_default="0")


def _centimes() -> Mapped[int]:
    return mapped_column(BigInteger, default=0, server_default="0")


class InstantaneTerritorial(Base):
    __tablename__ = "instantane_territorial"
    __table_args__ = (
        CheckConstraint("niveau IN ('national', 'region', 'departement', 'com')", name="niveau"),
        CheckConstraint("(niveau = 'national') = (code = '')", name="code_national"),
    )

    niveau: Mapped[str] = mapped_column(String(12), primary_key=True)
    # INSEE code of the région, département or COM; '' for the nation (a key column cannot be null).
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    jour: Mapped[dt.date] = mapped_column(primary_key=True, index=True)
    postes_valides: Mapped[int] = _nombre()
    postes_occupes: Mapped[int] = _nombre()
    postes_vacants: Mapped[int] = _nombre()
    postes_rendus: Mapped[int] = _nombre()
    conseillers_en_poste: Mapped[int] = _nombre()
    structures_conventionnees: Mapped[int] = _nombre()
    # Of the day itself (Activite.date = jour), not cumulated.
    activites: Mapped[int] = _nombre()
    personnes_accompagnees: Mapped[int] = _nombre()
    sites_france_services: Mapped[int] = _nombre()
    mandats_actifs: Mapped[int] = _nombre()
    autorisations_actives: Mapped[int] = _nombre()
    engage_centimes: Mapped[int] = _centimes()
    verse_centimes: Mapped[int] = _centimes()
    # False: the figures are the state of the day the row was taken (the day itself); True: rebuilt
    # afterwards from the hub's history (a back-fill, or `--date` of a past day): docs/deploy.md says
    # which figures the history cannot give exactly.
    reconstitue: Mapped[bool] = mapped_column(Boolean, default=False)
    pris_le: Mapped[dt.datetime] = mapped_column(UtcDateTime())
