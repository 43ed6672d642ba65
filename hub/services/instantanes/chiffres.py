"""The figures of every département on every day of a calendar, in a few set-based statements.

Each statement joins the calendar (hub.services.instantanes.calendrier) with one table on the rule
that says a row counts on a day (hub.services.statistiques.a_la_date, shared with the statistics of
today) and groups by département and day: seven statements whatever the number of days and
territories. Régions, COM and the nation are sums of départements (every counted row carries its
département), done by hub.services.instantanes.prise.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, case, distinct, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import (
    Activite,
    Autorisation,
    Conseiller,
    Contrat,
    Mandat,
    Poste,
    SiteFranceServices,
    Subvention,
    Versement,
)
from hub.models.enums import EtatPoste
from hub.services.statistiques.a_la_date import (
    autorisation_active_le,
    contrat_en_poste,
    contrat_en_poste_le,
    contrat_en_vigueur_le,
    poste_rendu_le,
    site_labellise_le,
    subvention_en_vigueur_le,
)

FIGURES = (
    "postes_valides",
    "postes_occupes",
    "postes_vacants",
    "postes_rendus",
    "conseillers_en_poste",
    "structures_conventionnees",
    "activites",
    "personnes_accompagnees",
    "sites_france_services",
    "mandats_actifs",
    "autorisations_actives",
    "engage_centimes",
    "verse_centimes",
)
Cle = tuple[str, dt.date]
Chiffres = dict[Cle, dict[str, int]]


def _selon_le_jour(cal: Table, courant: ColumnElement[bool], historique: ColumnElement[bool]) -> Any:
    """The current rule on the day being taken, the history's on the others."""
    return or_(and_(cal.c.courant, courant), and_(~cal.c.courant, historique))


async def _ajouter(session: AsyncSession, chiffres: Chiffres, noms: tuple[str, ...], statement: Any) -> None:
    for departement, jour, *valeurs in await session.execute(statement):
        ligne = chiffres[(departement, en_date(jour))]
        for nom, valeur in zip(noms, valeurs, strict=True):
            ligne[nom] += int(valeur or 0)


def en_date(jour: Any) -> dt.date:
    # SQLite returns a DATE read through a temporary table's column as text.
    return jour if isinstance(jour, dt.date) else dt.date.fromisoformat(str(jour))


def _somme_si(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


async def chiffres_par_departement(session: AsyncSession, cal: Table) -> Chiffres:
    """Every figure of FIGURES per (département, day) with anything to count (absent: all zero)."""
    chiffres: Chiffres = defaultdict(lambda: dict.fromkeys(FIGURES, 0))
    jour = cal.c.jour
    await _postes(session, chiffres, cal)
    await _ajouter(
        session,
        chiffres,
        ("conseillers_en_poste",),
        select(Conseiller.departement_code, jour, func.count(distinct(Contrat.conseiller_id)))
        .select_from(cal)
        .join(Contrat, _selon_le_jour(cal, contrat_en_poste(jour), contrat_en_poste_le(jour)))
        .join(Conseiller, Conseiller.id == Contrat.conseiller_id)
        # Counted in the département of the conseiller, by a contrat of that département, as the
        # statistics of a département count them. Compared as expressions, which no index serves: else
        # SQLite walks the contrats of each conseiller's département instead of its own (100× slower).
        .where(Conseiller.departement_code.concat("") == Contrat.departement_code.concat(""))
        .group_by(Conseiller.departement_code, jour),
    )
    await _ajouter(
        session,
        chiffres,
        ("structures_conventionnees",),
        select(Subvention.departement_code, jour, func.count(distinct(Subvention.structure_id)))
        .select_from(cal)
        .join(Subvention, subvention_en_vigueur_le(jour))
        .group_by(Subvention.departement_code, jour),
    )
    await _financement(session, chiffres, cal)
    await _ajouter(
        session,
        chiffres,
        ("activites", "personnes_accompagnees"),
        select(
            Activite.departement_code,
            Activite.date,
            func.count(),
            func.sum(Activite.nb_participants - Activite.nb_participants_recurrents),
        )
        .where(Activite.date.in_(select(jour)))
        .group_by(Activite.departement_code, Activite.date),
    )
    actuel = SiteFranceServices.absent_depuis.is_(None)
    await _ajouter(
        session,
        chiffres,
        ("sites_france_services",),
        select(SiteFranceServices.departement_code, jour, func.count())
        .select_from(cal)
        .join(SiteFranceServices, _selon_le_jour(cal, actuel, site_labellise_le(jour)))
        .group_by(SiteFranceServices.departement_code, jour),
    )
    await _aidants_connect(session, chiffres, cal)
    return chiffres


async def _postes(session: AsyncSession, chiffres: Chiffres, cal: Table) -> None:
    jour = cal.c.jour
    rendu = _selon_le_jour(cal, Poste.etat == EtatPoste.RENDU, poste_rendu_le(jour))
    await _ajouter(
        session,
        chiffres,
        ("postes_valides", "postes_rendus"),
        select(Poste.departement_code, jour, func.count(), _somme_si(rendu))
        .select_from(cal)
        .join(Poste, Poste.date_attribution <= jour)
        .group_by(Poste.departement_code, jour),
    )
    # Today: the poste's état. Another day: a contrat running on it (a join, not an EXISTS per poste
    # and day); at most one runs on a poste at a time, `distinct` guards against overlapping dates.
    await _ajouter(
        session,
        chiffres,
        ("postes_occupes",),
        select(Poste.departement_code, jour, func.count())
        .select_from(cal)
        .join(Poste, and_(cal.c.courant, Poste.etat == EtatPoste.OCCUPE, Poste.date_attribution <= jour))
        .group_by(Poste.departement_code, jour),
    )
    await _ajouter(
        session,
        chiffres,
        ("postes_occupes",),
        select(Poste.departement_code, jour, func.count(distinct(Poste.id)))
        .select_from(cal)
        .join(Contrat, and_(~cal.c.courant, contrat_en_vigueur_le(jour)))
        .join(
            Poste, and_(Poste.id == Contrat.poste_id, Poste.date_attribution <= jour, ~poste_rendu_le(jour))
        )
        .group_by(Poste.departement_code, jour),
    )
    for ligne in chiffres.values():
        ligne["postes_vacants"] = ligne["postes_valides"] - ligne["postes_occupes"] - ligne["postes_rendus"]


async def _financement(session: AsyncSession, chiffres: Chiffres, cal: Table) -> None:
    """Engaged: subventions whose convention has begun; paid: versements made (as the statistics)."""
    jour = cal.c.jour
    await _ajouter(
        session,
        chiffres,
        ("engage_centimes",),
        select(Subvention.departement_code, jour, func.sum(Subvention.montant_centimes))
        .select_from(cal)
        .join(Subvention, Subvention.date_debut_convention <= jour)
        .group_by(Subvention.departement_code, jour),
    )
    await _ajouter(
        session,
        chiffres,
        ("verse_centimes",),
        select(Versement.departement_code, jour, func.sum(Versement.montant_centimes))
        .select_from(cal)
        .join(Versement, Versement.date <= jour)
        .group_by(Versement.departement_code, jour),
    )


async def _aidants_connect(session: AsyncSession, chiffres: Chiffres, cal: Table) -> None:
    """Mandats actifs at the day's instant and their démarches not revoked then: one join, since a
    mandat is actif exactly when one of its autorisations is (a_la_date.mandat_actif_le)."""
    fin = cal.c.fin
    await _ajouter(
        session,
        chiffres,
        ("mandats_actifs", "autorisations_actives"),
        select(Mandat.departement_code, cal.c.jour, func.count(distinct(Mandat.id)), func.count())
        .select_from(cal)
        .join(Mandat, and_(Mandat.date_creation <= fin, Mandat.date_expiration > fin))
        .join(Autorisation, and_(Autorisation.mandat_id == Mandat.id, autorisation_active_le(fin)))
        .group_by(Mandat.departement_code, cal.c.jour),
    )
