"""Figures as of a date: the predicates that say a row's state on a given day, from its stored dates.

Each takes the day (a date, or a DATE column of a calendar: the daily snapshots join one) and reads
only what the hub keeps. Two kinds:
- *current* rules, exactly those of the statistics of today (`contrat_en_poste`: the contrat's statut
  as it is now, its end date against the day), valid for today only;
- *history* rules (`…_le`), for any past day: they rebuild a state from dates alone. The hub keeps no
  past statut of a contrat or past état of a poste: a contrat counts from its date de début to its
  rupture or its date de fin (a contrat now rompu is taken to have been validated before its rupture),
  a poste is occupé while such a contrat runs on it, rendu from its date de rendu.
docs/deploy.md ("Daily snapshots") lists what the history cannot give exactly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_

from hub.models import Autorisation, Contrat, Mandat, Poste, SiteFranceServices, Subvention
from hub.models.enums import EtatPoste, StatutContrat


def contrat_en_poste(aujourdhui: Any) -> ColumnElement[bool]:
    """Current rule: an actif contrat not past its end date keeps its conseiller en poste today
    (before `contrats terminer` has run for the day, a contrat over yesterday is not counted either)."""
    return and_(
        Contrat.statut == StatutContrat.ACTIF,
        or_(Contrat.date_fin.is_(None), Contrat.date_fin >= aujourdhui),
    )


def contrat_en_vigueur_le(jour: Any) -> ColumnElement[bool]:
    """History: the contrat runs on `jour` (begun, not broken that day or before, not past its end)."""
    return and_(
        Contrat.date_debut <= jour,
        or_(Contrat.date_rupture.is_(None), Contrat.date_rupture > jour),
        or_(Contrat.date_fin.is_(None), Contrat.date_fin >= jour),
    )


def contrat_en_poste_le(jour: Any) -> ColumnElement[bool]:
    """History: the contrat kept its conseiller en poste on `jour`; one still awaiting ANCT's
    validation (recruté) never did yet."""
    return and_(Contrat.statut != StatutContrat.RECRUTE, contrat_en_vigueur_le(jour))


def poste_rendu_le(jour: Any) -> ColumnElement[bool]:
    """History: the poste was given back on or before `jour` (a rendu poste without a date de rendu:
    from its attribution, the only date it has)."""
    return and_(
        Poste.etat == EtatPoste.RENDU,
        func.coalesce(Poste.date_rendu, Poste.date_attribution) <= jour,
    )


def subvention_en_vigueur_le(jour: Any) -> ColumnElement[bool]:
    """The convention runs on `jour`: begun, not ended, not closed by a reconventionnement."""
    return and_(
        Subvention.date_debut_convention <= jour,
        Subvention.date_fin_convention >= jour,
        or_(Subvention.date_cloture.is_(None), Subvention.date_cloture > jour),
    )


def site_labellise_le(jour: Any) -> ColumnElement[bool]:
    """History: the site was labelled by `jour` (an undated site: always) and was still on ANCT's
    list (absent from a newer file only from that file's date)."""
    return and_(
        or_(SiteFranceServices.date_labellisation.is_(None), SiteFranceServices.date_labellisation <= jour),
        or_(SiteFranceServices.absent_depuis.is_(None), SiteFranceServices.absent_depuis > jour),
    )


def autorisation_active_le(instant: Any) -> ColumnElement[bool]:
    """The démarche was not revoked at `instant` (a UTC timestamp)."""
    return or_(Autorisation.date_revocation.is_(None), Autorisation.date_revocation > instant)


def mandat_actif_le(instant: Any) -> ColumnElement[bool]:
    """Actif at `instant`: created, not expired, and at least one démarche not revoked (DESIGN.md §1).
    Mandats keep every date of their life: the same rule for now and for any past instant."""
    return and_(
        Mandat.date_creation <= instant,
        Mandat.date_expiration > instant,
        exists().where(Autorisation.mandat_id == Mandat.id, autorisation_active_le(instant)),
    )
