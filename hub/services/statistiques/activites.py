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
from hub.services.statistiques import communes
from hub.services.statistiques.activites_grille import remplir
from hub.services.statistiques.activites_sources import DUREES, Source, source
from hub.services.statistiques.masque import UNIQUE, Bucket, Cellule, Grille, Tableau
from hub.services.statistiques.masque_communal import GrilleCommunale
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

# What adds up inside a cell: the canaux and durées of the activités, the âges, statuts and the two
# parts (new, recurring) of the participants. The thèmes have no published total (1 to 20 per
# activité); their proportions are given only when none is hidden (masque.Grille.buckets).
TABLEAUX = (
    Tableau(tuple(f"canal_{c.name}" for c in Canal), "total"),
    Tableau(tuple(f"duree_{code}" for code, *_ in DUREES), "total"),
    Tableau(tuple(f"age_{t}" for t in LIBELLES_TRANCHES_AGE), "participants"),
    Tableau(tuple(f"statut_{s}" for s in LIBELLES_STATUTS_USAGER), "participants"),
    Tableau(("personnes", "recurrents"), "participants"),
    Tableau(tuple(f"theme_{t.name}" for t in Theme)),
)


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

    Read from the département × month aggregates when they can answer (activites_sources); a caller
    under suppression is answered cell by cell (activites_grille, masque).
    """
    portee = Portee(principal, territoire, periode, champs, seuil)
    lecture = source(portee)
    if lecture is None:
        return None
    grille = Grille(seuil, TABLEAUX)
    departement_de = _departement_de
    async with contexte_statistiques(session):
        if seuil is None:
            return await _sans_masquage(session, portee, lecture, grille)
        themes = portee.demande("par_theme")
        if territoire.communal:
            # Below the département: commune × month cells under the département grid.
            grille = GrilleCommunale(seuil, TABLEAUX, grille)
            departement_de = grille.departement_de
            departements = await communes.remplir_activites(session, portee, grille, themes=themes)
        else:
            departements = await remplir(session, portee, grille, themes=themes)
    mois = {m for _, m in grille.cellules if m is not None}
    return _publier(
        portee,
        grille,
        grille.buckets_par("total", _mois_de, {m: libelle_mois(m) for m in mois}),
        grille.buckets_par("total", departement_de, departements, garder=portee.ventilable),
    )


async def _sans_masquage(
    session: AsyncSession, portee: Portee, lecture: Source, grille: Grille
) -> StatistiquesActivites:
    """One cell: the whole territory and période (nothing is hidden, the grid only adds up)."""
    if portee.demande(*TOTAUX, *SOMMES):
        sommes = dict(await lecture.sommes(session))
        sommes["personnes"] = sommes["participants"] - sommes["recurrents"]
        grille.ajouter(UNIQUE, sommes)
    if portee.demande("par_theme"):
        themes: Mapping[Theme, int] = await lecture.par_theme(session)
        grille.ajouter(UNIQUE, {f"theme_{t.name}": n for t, n in themes.items()})
    par_mois: list[Bucket] = []
    if portee.demande("par_mois"):
        rows = await lecture.par_mois(session)
        par_mois = Grille(None).liste([(m, libelle_mois(m), n) for m, n in rows])
    par_departement: list[Bucket] = []
    if portee.demande("par_departement"):
        rows_ = await lecture.par_departement(session)
        par_departement = Grille(None).liste([r for r in rows_ if portee.ventilable(r[0])])
    return _publier(portee, grille, par_mois, par_departement)


def _publier(
    portee: Portee, grille: Grille, par_mois: list[Bucket], par_departement: list[Bucket]
) -> StatistiquesActivites:
    def total(champ: str, mesure: str) -> int | None:
        return grille.valeur(mesure) if portee.demande(champ) else None

    def liste(champ: str, groupes: Sequence[tuple[str, str, str]]) -> list[Bucket]:
        return grille.buckets(groupes) if portee.demande(champ) else []

    return StatistiquesActivites(
        total=total("total", "total"),
        personnes_accompagnees=total("personnes_accompagnees", "personnes"),
        participants=total("participants", "participants"),
        participants_recurrents=total("participants_recurrents", "recurrents"),
        par_theme=liste("par_theme", [(t.name, t.libelle, f"theme_{t.name}") for t in Theme]),
        par_canal=liste("par_canal", [(c.name, c.libelle, f"canal_{c.name}") for c in Canal]),
        par_duree=liste("par_duree", [(c, lib, f"duree_{c}") for c, lib, *_ in DUREES]),
        par_tranche_age=liste(
            "par_tranche_age", [(t, lib, f"age_{t}") for t, lib in LIBELLES_TRANCHES_AGE.items()]
        ),
        par_statut=liste(
            "par_statut", [(s, lib, f"statut_{s}") for s, lib in LIBELLES_STATUTS_USAGER.items()]
        ),
        par_mois=par_mois if portee.demande("par_mois") else [],
        par_departement=par_departement if portee.demande("par_departement") else [],
        suppressions=grille.suppressions,
    )


def _mois_de(cellule: Cellule) -> str:
    return cellule[1] or ""


def _departement_de(cellule: Cellule) -> str:
    return cellule[0] or ""


def libelle_mois(code: str) -> str:
    annee, numero = code.split("-")
    return f"{MOIS_FR[int(numero) - 1]} {annee}"
