"""The rules of a compte-rendu d'activité (CRA, DESIGN.md §1), checked before anything is written.

Counts only, never an usager's identity: 1–100 participants, recurring ≤ participants, the age and
statut buckets (non-negative) each summing to the participants, 1–20 distinct known thèmes, a durée
of 1 to 1440 minutes, a date from 2020-01-01 to today (Paris), a valid commune code INSEE (known when
the communes of its département are imported), an existing lieu, at most 20 distinct réorientations.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Activite, Commune, Lieu
from hub.models.enums import STATUTS_USAGER, TRANCHES_AGE, Canal, Theme, TypeActivite
from hub.referentiel.territoires import CODES_DEPARTEMENTS, departement_de_commune
from hub.services.erreurs import introuvable, invalide

DATE_MIN = dt.date(2020, 1, 1)
PARTICIPANTS_MAX = 100
DUREE_MAX_MINUTES = 24 * 60
THEMES_MAX = 20
REORIENTATIONS_MAX = 20
REORIENTATION_LONGUEUR_MAX = 200
CLE_IDEMPOTENCE_LONGUEUR_MAX = 100
_CODE_INSEE = re.compile(r"(?:\d{2}|2[AB])\d{3}")


@dataclass(frozen=True, slots=True)
class SaisieActivite:
    """What a conseiller reports about one session (the domain values of ActiviteInput)."""

    date: dt.date
    canal: Canal
    type: TypeActivite
    duree_minutes: int
    nb_participants: int
    ages: Mapping[str, int]  # keys: TRANCHES_AGE
    statuts: Mapping[str, int]  # keys: STATUTS_USAGER
    themes: Sequence[Theme]
    code_commune: str
    nb_participants_recurrents: int = 0
    reorientations: Sequence[str] = field(default_factory=tuple)
    lieu_id: uuid.UUID | None = None


def verifier(saisie: SaisieActivite, aujourdhui: dt.date) -> None:
    """Every rule that needs no database; BAD_USER_INPUT naming the first value at fault."""
    if saisie.date < DATE_MIN:
        raise invalide(f"La date doit être postérieure au {DATE_MIN.isoformat()}.", "date")
    if saisie.date > aujourdhui:
        raise invalide("La date ne peut pas être dans le futur.", "date")
    if not 1 <= saisie.duree_minutes <= DUREE_MAX_MINUTES:
        raise invalide(
            f"La durée doit être comprise entre 1 et {DUREE_MAX_MINUTES} minutes.", "duree_minutes"
        )
    if not 1 <= saisie.nb_participants <= PARTICIPANTS_MAX:
        raise invalide(f"Entre 1 et {PARTICIPANTS_MAX} participants.", "nb_participants")
    if not 0 <= saisie.nb_participants_recurrents <= saisie.nb_participants:
        raise invalide(
            "Les participants récurrents sont compris entre 0 et le nombre de participants.",
            "nb_participants_recurrents",
        )
    _verifier_repartition(saisie.ages, TRANCHES_AGE, "ages", saisie.nb_participants)
    _verifier_repartition(saisie.statuts, STATUTS_USAGER, "statuts", saisie.nb_participants)
    _verifier_themes(saisie.themes)
    _verifier_reorientations(saisie.reorientations)
    verifier_code_commune(saisie.code_commune)


def verifier_cle_idempotence(cle: str | None) -> None:
    if cle is not None and not 1 <= len(cle) <= CLE_IDEMPOTENCE_LONGUEUR_MAX:
        raise invalide(
            f"La clé d'idempotence compte de 1 à {CLE_IDEMPOTENCE_LONGUEUR_MAX} caractères.",
            "cle_idempotence",
        )


def verifier_code_commune(code: str) -> None:
    if not _CODE_INSEE.fullmatch(code):
        raise invalide("Code commune INSEE invalide (5 caractères, 2A/2B pour la Corse).", "code_commune")
    if departement_de_commune(code) not in CODES_DEPARTEMENTS:
        raise invalide(f"Le code commune {code} n'est dans aucun département connu.", "code_commune")


async def verifier_references(session: AsyncSession, principal: Principal, saisie: SaisieActivite) -> None:
    """The commune (when its département's communes are imported) and the lieu exist."""
    departement = departement_de_commune(saisie.code_commune)
    communes_importees = await session.scalar(select(exists().where(Commune.departement_code == departement)))
    if communes_importees:
        connue = await session.scalar(select(exists().where(Commune.code == saisie.code_commune)))
        if not connue:
            raise invalide(f"Commune {saisie.code_commune} inconnue du référentiel.", "code_commune")
    if saisie.lieu_id is not None:
        lieu = await session.scalar(readable(Lieu, principal).where(Lieu.id == saisie.lieu_id))
        if lieu is None:
            raise introuvable("lieu_id", "Lieu")


def colonnes(saisie: SaisieActivite) -> dict[str, Any]:
    """The Activite columns of a saisie (thèmes apart: one activite_theme row each)."""
    valeurs: dict[str, Any] = {
        "date": saisie.date,
        "canal": saisie.canal,
        "type": saisie.type,
        "duree_minutes": saisie.duree_minutes,
        "nb_participants": saisie.nb_participants,
        "nb_participants_recurrents": saisie.nb_participants_recurrents,
        "reorientations": [r.strip() for r in saisie.reorientations],
        "code_commune": saisie.code_commune,
        # Filed where it took place: the préfecture of that territory reads and counts it, even when
        # the employer is in another département (a poste funded in Nord working in the Béthunois).
        "departement_code": departement_de_commune(saisie.code_commune),
        "lieu_id": saisie.lieu_id,
    }
    valeurs |= {f"age_{t}": saisie.ages.get(t, 0) for t in TRANCHES_AGE}
    valeurs |= {f"statut_{s}": saisie.statuts.get(s, 0) for s in STATUTS_USAGER}
    return valeurs


def meme_contenu(activite: Activite, themes: Sequence[Theme], saisie: SaisieActivite) -> bool:
    """Does the recorded activité say exactly what `saisie` says (an idempotent replay)?"""
    attendu = colonnes(saisie)
    return all(getattr(activite, nom) == valeur for nom, valeur in attendu.items()) and sorted(
        themes
    ) == sorted(saisie.themes)


RESUME = (
    "date",
    "canal",
    "type",
    "duree_minutes",
    "nb_participants",
    "nb_participants_recurrents",
    *(f"age_{t}" for t in TRANCHES_AGE),
    *(f"statut_{s}" for s in STATUTS_USAGER),
    "reorientations",
    "code_commune",
    "lieu_id",
)


def _verifier_repartition(valeurs: Mapping[str, int], cles: Sequence[str], champ: str, total: int) -> None:
    inconnues = sorted(set(valeurs) - set(cles))
    if inconnues:
        raise invalide(f"Catégorie inconnue : {', '.join(inconnues)}.", champ)
    for cle in cles:
        if valeurs.get(cle, 0) < 0:
            raise invalide("Un effectif ne peut pas être négatif.", f"{champ}.{cle}")
    somme = sum(valeurs.get(cle, 0) for cle in cles)
    if somme != total:
        raise invalide(f"La répartition {champ} totalise {somme} au lieu de {total} participants.", champ)


def _verifier_themes(themes: Sequence[Theme]) -> None:
    if not 1 <= len(themes) <= THEMES_MAX:
        raise invalide(f"De 1 à {THEMES_MAX} thèmes.", "themes")
    if len(set(themes)) != len(themes):
        raise invalide("Un thème est répété.", "themes")


def _verifier_reorientations(reorientations: Sequence[str]) -> None:
    if len(reorientations) > REORIENTATIONS_MAX:
        raise invalide(f"Au plus {REORIENTATIONS_MAX} réorientations.", "reorientations")
    nettoyees = [r.strip() for r in reorientations]
    if any(not 1 <= len(r) <= REORIENTATION_LONGUEUR_MAX for r in nettoyees):
        raise invalide(
            f"Une réorientation compte de 1 à {REORIENTATION_LONGUEUR_MAX} caractères.", "reorientations"
        )
    if len(set(nettoyees)) != len(nettoyees):
        raise invalide("Une réorientation est répétée.", "reorientations")
