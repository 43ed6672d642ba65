"""Activités (CRA): sessions, people, and their split by thème, canal, durée, âge, statut, mois, département.

*Personnes accompagnées* = Σ nb_participants − Σ nb_participants_recurrents: a recurring participant
was already counted at an earlier session (the definition of the programme's territoires export);
`participants` is the raw Σ nb_participants.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import Territoire
from auth.principal import Principal
from auth.rls import contexte_statistiques
from hub.models.enums import LIBELLES_STATUTS_USAGER, LIBELLES_TRANCHES_AGE, Canal, Theme
from hub.services.statistiques.activites_sources import DUREES, Source, source
from hub.services.statistiques.masque import Bucket, Masque
from hub.services.statistiques.periode import Periode
from hub.services.statistiques.portee import Portee

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
    """Activités dated in the période; at most four statements, only for the fields asked.

    Read from the département × month aggregates when they can answer (activites_sources).
    """
    portee = Portee(principal, territoire, periode, champs)
    lecture = source(portee)
    if lecture is None:
        return None
    async with contexte_statistiques(session):
        return await _calculer(session, portee, lecture, Masque(seuil))


async def _calculer(
    session: AsyncSession, portee: Portee, lecture: Source, masque: Masque
) -> StatistiquesActivites:
    sommes = await lecture.sommes(session) if portee.demande(*TOTAUX, *SOMMES) else None
    total = personnes = participants = recurrents = None
    if sommes is not None:
        if portee.demande("total"):
            total = masque.total(sommes["total"])
        if portee.demande("participants"):
            participants = masque.total(sommes["participants"])
        if portee.demande("personnes_accompagnees", "participants_recurrents"):
            # The two parts of `participants`: hiding one alone would give it away by difference.
            personnes, recurrents = masque.parties(
                [sommes["participants"] - sommes["recurrents"], sommes["recurrents"]],
                [portee.demande("personnes_accompagnees"), portee.demande("participants_recurrents")],
            )

    def sommes_en_buckets(champ: str, prefixe: str, codes: Sequence[tuple[str, str]]) -> list[Bucket]:
        if sommes is None or not portee.demande(champ):
            return []
        return masque.buckets([(code, lib, sommes[f"{prefixe}_{code}"]) for code, lib in codes])

    return StatistiquesActivites(
        total=total,
        personnes_accompagnees=personnes,
        participants=participants,
        participants_recurrents=recurrents,
        par_theme=await _par_theme(session, lecture, masque) if portee.demande("par_theme") else [],
        par_canal=sommes_en_buckets("par_canal", "canal", [(c.name, c.libelle) for c in Canal]),
        par_duree=sommes_en_buckets("par_duree", "duree", [(c, lib) for c, lib, *_ in DUREES]),
        par_tranche_age=sommes_en_buckets("par_tranche_age", "age", list(LIBELLES_TRANCHES_AGE.items())),
        par_statut=sommes_en_buckets("par_statut", "statut", list(LIBELLES_STATUTS_USAGER.items())),
        par_mois=await _par_mois(session, lecture, masque) if portee.demande("par_mois") else [],
        par_departement=(
            await _par_departement(session, lecture, masque) if portee.demande("par_departement") else []
        ),
        suppressions=masque.suppressions,
    )


async def _par_theme(session: AsyncSession, lecture: Source, masque: Masque) -> list[Bucket]:
    """Shares of all (activité, thème) pairs: an activité with three thèmes counts once in each."""
    nombres: Mapping[Theme, int] = await lecture.par_theme(session)
    return masque.buckets([(t.name, t.libelle, nombres.get(t, 0)) for t in Theme])


async def _par_mois(session: AsyncSession, lecture: Source, masque: Masque) -> list[Bucket]:
    """Months that have activités, in order ('YYYY-MM', « avril 2023 »)."""
    rows = await lecture.par_mois(session)
    return masque.buckets([(m, _libelle_mois(m), nombre) for m, nombre in rows])


async def _par_departement(session: AsyncSession, lecture: Source, masque: Masque) -> list[Bucket]:
    """Départements that have activités, by code."""
    return masque.buckets(await lecture.par_departement(session))


def _libelle_mois(code: str) -> str:
    annee, numero = code.split("-")
    return f"{MOIS_FR[int(numero) - 1]} {annee}"
