"""Activités (CRA): sessions, people, and their split by thème, canal, durée, âge, statut, mois, département.

*Personnes accompagnées* = Σ nb_participants − Σ nb_participants_recurrents: a recurring participant
was already counted at an earlier session (the definition of the programme's territoires export);
`participants` is the raw Σ nb_participants.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, True_, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models import Activite, ActiviteTheme, Departement
from hub.models.enums import (
    LIBELLES_STATUTS_USAGER,
    LIBELLES_TRANCHES_AGE,
    STATUTS_USAGER,
    TRANCHES_AGE,
    Canal,
    Theme,
)
from hub.services.statistiques.masque import Bucket, Masque
from hub.services.statistiques.mois import mois
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

# Durée buckets of the programme's statistics (vocabulaires.json, cra duree_stats_buckets), in minutes:
# [0, 30), [30, 60), [60, 120), [120, ∞).
DUREES: tuple[tuple[str, str, int, int | None], ...] = (
    ("0-30", "Moins de 30 minutes", 0, 30),
    ("30-60", "30 à 60 minutes", 30, 60),
    ("60-120", "1 à 2 heures", 60, 120),
    ("120+", "Plus de 2 heures", 120, None),
)
MOIS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

TOTAUX = ("total", "personnes_accompagnees", "participants", "participants_recurrents")
SOMMES = ("par_duree", "par_tranche_age", "par_statut", "par_canal")


@dataclass(frozen=True, slots=True)
class StatistiquesActivites:
    total: int | None
    personnes_accompagnees: int | None
    participants: int | None
    participants_recurrents: int | None
    par_theme: list[Bucket]
    par_canal: list[Bucket]
    par_duree: list[Bucket]
    par_tranche_age: list[Bucket]
    par_statut: list[Bucket]
    par_mois: list[Bucket]
    par_departement: list[Bucket]
    suppressions: int


async def statistiques_activites(
    session: AsyncSession,
    principal: Principal,
    territoire: Territoire,
    periode: Periode,
    *,
    seuil: int | None = None,
    champs: Collection[str] | None = None,
) -> StatistiquesActivites | None:
    """Activités dated in the période; at most four statements, only for the fields asked."""
    portee = Portee(principal, territoire, periode, champs)
    predicat = portee.predicat(Activite)
    if predicat is None:
        return None
    filtre = and_(predicat, periode.contient(Activite.date))
    async with contexte_statistiques(session):
        return await _calculer(session, portee, filtre, Masque(seuil))


async def _calculer(
    session: AsyncSession, portee: Portee, filtre: ColumnElement[bool], masque: Masque
) -> StatistiquesActivites:
    sommes = await _sommes(session, filtre) if portee.demande(*TOTAUX, *SOMMES) else None
    total = personnes = participants = recurrents = None
    if sommes is not None:
        if portee.demande("total"):
            total = masque.total(sommes.total)
        if portee.demande("participants"):
            participants = masque.total(sommes.participants)
        if portee.demande("personnes_accompagnees", "participants_recurrents"):
            # The two parts of `participants`: hiding one alone would give it away by difference.
            personnes, recurrents = masque.parties(
                [sommes.participants - sommes.recurrents, sommes.recurrents],
                [portee.demande("personnes_accompagnees"), portee.demande("participants_recurrents")],
            )

    def sommes_en_buckets(champ: str, prefixe: str, codes: Sequence[tuple[str, str]]) -> list[Bucket]:
        if sommes is None or not portee.demande(champ):
            return []
        valeurs = sommes._mapping
        return masque.buckets([(code, lib, int(valeurs[f"{prefixe}_{code}"])) for code, lib in codes])

    return StatistiquesActivites(
        total=total,
        personnes_accompagnees=personnes,
        participants=participants,
        participants_recurrents=recurrents,
        par_theme=await _par_theme(session, portee, filtre, masque) if portee.demande("par_theme") else [],
        par_canal=sommes_en_buckets("par_canal", "canal", [(c.name, c.libelle) for c in Canal]),
        par_duree=sommes_en_buckets("par_duree", "duree", [(c, lib) for c, lib, *_ in DUREES]),
        par_tranche_age=sommes_en_buckets("par_tranche_age", "age", list(LIBELLES_TRANCHES_AGE.items())),
        par_statut=sommes_en_buckets("par_statut", "statut", list(LIBELLES_STATUTS_USAGER.items())),
        par_mois=await _par_mois(session, filtre, masque) if portee.demande("par_mois") else [],
        par_departement=(
            await _par_departement(session, filtre, masque) if portee.demande("par_departement") else []
        ),
        suppressions=masque.suppressions,
    )


async def _sommes(session: AsyncSession, filtre: ColumnElement[bool]) -> Row[Any]:
    """Totals and every bucket that is a SUM over activité columns (canal too: four values), in one row."""
    colonnes: list[Any] = [
        func.count().label("total"),
        func.coalesce(func.sum(Activite.nb_participants), 0).label("participants"),
        func.coalesce(func.sum(Activite.nb_participants_recurrents), 0).label("recurrents"),
    ]
    for code, _, bas, haut in DUREES:
        dans = (
            Activite.duree_minutes >= bas if haut is None else Activite.duree_minutes.between(bas, haut - 1)
        )
        colonnes.append(func.coalesce(func.sum(case((dans, 1), else_=0)), 0).label(f"duree_{code}"))
    for canal in Canal:
        colonnes.append(
            func.coalesce(func.sum(case((Activite.canal == canal, 1), else_=0)), 0).label(
                f"canal_{canal.name}"
            )
        )
    for tranche in TRANCHES_AGE:
        colonne = getattr(Activite, f"age_{tranche}")
        colonnes.append(func.coalesce(func.sum(colonne), 0).label(f"age_{tranche}"))
    for statut in STATUTS_USAGER:
        colonne = getattr(Activite, f"statut_{statut}")
        colonnes.append(func.coalesce(func.sum(colonne), 0).label(f"statut_{statut}"))
    return (await session.execute(select(*colonnes).where(filtre))).one()


async def _par_theme(
    session: AsyncSession, portee: Portee, filtre: ColumnElement[bool], masque: Masque
) -> list[Bucket]:
    """Shares of all (activité, thème) pairs: an activité with three thèmes counts once in each."""
    statement = select(ActiviteTheme.theme, func.count()).group_by(ActiviteTheme.theme)
    sur_themes = portee.predicat(ActiviteTheme)
    if sur_themes is not None and _toutes_les_lignes(filtre):
        # Every activité counts (national, no période): the thèmes need not meet their activités.
        # Joining 2 M thème rows with 1 M activités is most of this block's time on PostgreSQL.
        statement = statement.where(sur_themes)
    else:
        statement = statement.join(Activite, Activite.id == ActiviteTheme.activite_id).where(filtre)
    nombres: dict[Theme, int] = dict((await session.execute(statement)).all())
    return masque.buckets([(t.name, t.libelle, nombres.get(t, 0)) for t in Theme])


def _toutes_les_lignes(condition: ColumnElement[bool]) -> bool:
    """Is `condition` the constant true (`and_` of true() clauses collapses to one wrapped True_)?"""
    return isinstance(getattr(condition, "element", condition), True_)


async def _par_mois(session: AsyncSession, filtre: ColumnElement[bool], masque: Masque) -> list[Bucket]:
    """Months that have activités, in order ('YYYY-MM', « avril 2023 »)."""
    mois_de = mois(Activite.date)
    rows = await session.execute(
        select(mois_de, func.count()).where(filtre).group_by(mois_de).order_by(mois_de)
    )
    return masque.buckets([(m, _libelle_mois(m), nombre) for m, nombre in rows])


async def _par_departement(
    session: AsyncSession, filtre: ColumnElement[bool], masque: Masque
) -> list[Bucket]:
    """Départements that have activités, by code."""
    rows = await session.execute(
        select(Activite.departement_code, Departement.nom, func.count())
        .join(Departement, Departement.code == Activite.departement_code)
        .where(filtre)
        .group_by(Activite.departement_code, Departement.nom)
        .order_by(Activite.departement_code)
    )
    return masque.buckets([(code, nom, nombre) for code, nom, nombre in rows])


def _libelle_mois(code: str) -> str:
    annee, numero = code.split("-")
    return f"{MOIS_FR[int(numero) - 1]} {annee}"
