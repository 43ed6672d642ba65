"""Pre-aggregated activités per département and month, kept up to date by database triggers.

Statistics read these two tables instead of the million rows of `activite`: their size depends on
départements × months (~6,000 rows nationally), never on the number of activités. Triggers written by
migration 0006 maintain them in the same transaction as every insert, update or delete of `activite` and
`activite_theme`, on PostgreSQL and SQLite alike; `hub.services.agregats.reconstruire` recomputes
them from scratch (seed, `inclusion-hub rollups rebuild`). Nobody writes them through the API.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base
from hub.models.enums import Theme


def _somme() -> Mapped[int]:
    return mapped_column(Integer, default=0, server_default="0")


class ActiviteAgregat(Base):
    """One département × month: the count of activités and the sum of every statistic's column."""

    __tablename__ = "activite_agregat"

    departement_code: Mapped[str] = mapped_column(String(3), ForeignKey("departement.code"), primary_key=True)
    # First day of the month of `Activite.date`.
    mois: Mapped[dt.date] = mapped_column(primary_key=True, index=True)
    nombre: Mapped[int] = _somme()
    participants: Mapped[int] = _somme()
    participants_recurrents: Mapped[int] = _somme()
    duree_minutes: Mapped[int] = _somme()
    # Durée buckets of the statistics (hub.services.statistiques.activites_sources.DUREES), as counts.
    duree_0_30: Mapped[int] = _somme()
    duree_30_60: Mapped[int] = _somme()
    duree_60_120: Mapped[int] = _somme()
    duree_120_plus: Mapped[int] = _somme()
    canal_rattachement: Mapped[int] = _somme()
    canal_autre_lieu: Mapped[int] = _somme()
    canal_distance: Mapped[int] = _somme()
    canal_domicile: Mapped[int] = _somme()
    type_individuel: Mapped[int] = _somme()
    type_collectif: Mapped[int] = _somme()
    type_ponctuel: Mapped[int] = _somme()
    age_moins12ans: Mapped[int] = _somme()
    age_de12a18ans: Mapped[int] = _somme()
    age_de18a35ans: Mapped[int] = _somme()
    age_de35a60ans: Mapped[int] = _somme()
    age_plus60ans: Mapped[int] = _somme()
    statut_etudiant: Mapped[int] = _somme()
    statut_sans_emploi: Mapped[int] = _somme()
    statut_en_emploi: Mapped[int] = _somme()
    statut_retraite: Mapped[int] = _somme()
    statut_heterogene: Mapped[int] = _somme()


class ActiviteThemeAgregat(Base):
    """One département × month: how many activités of that month carry each thème (a column per
    `Theme`, so that a national split by thème reads a few thousand rows, not one per thème and cell)."""

    __tablename__ = "activite_theme_agregat"

    departement_code: Mapped[str] = mapped_column(String(3), ForeignKey("departement.code"), primary_key=True)
    mois: Mapped[dt.date] = mapped_column(primary_key=True, index=True)
    theme_equipement_informatique: Mapped[int] = _somme()
    theme_vocabulaire: Mapped[int] = _somme()
    theme_internet: Mapped[int] = _somme()
    theme_securite: Mapped[int] = _somme()
    theme_courriel: Mapped[int] = _somme()
    theme_echanger: Mapped[int] = _somme()
    theme_traitement_texte: Mapped[int] = _somme()
    theme_contenus_numeriques: Mapped[int] = _somme()
    theme_trouver_emploi: Mapped[int] = _somme()
    theme_tpe_pme: Mapped[int] = _somme()
    theme_accompagner_enfant: Mapped[int] = _somme()
    theme_demarche_en_ligne: Mapped[int] = _somme()
    theme_fraude_et_harcelement: Mapped[int] = _somme()
    theme_sante: Mapped[int] = _somme()
    theme_smartphone: Mapped[int] = _somme()
    theme_budget: Mapped[int] = _somme()
    theme_scolaire: Mapped[int] = _somme()
    theme_diagnostic: Mapped[int] = _somme()
    theme_autre: Mapped[int] = _somme()


def colonne_theme(theme: Theme) -> str:
    """The column of ActiviteThemeAgregat counting `theme`."""
    return f"theme_{theme.value}"
