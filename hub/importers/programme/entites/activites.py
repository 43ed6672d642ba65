"""Activités (comptes-rendus d'activité, CRA) from the médiation cooperative: counts only, no usager.

The checks of the activité mutation apply: participants between 1 and 100, the age groups and the
statuts each add up to the participants, the recurrent ones among them, 1 to 20 thèmes, a date from
2020 and not in the future. The aggregates follow through the database triggers (0006); a batch that
changes existing activités rewrites their thèmes, and the thème aggregates are then rebuilt.
"""

from __future__ import annotations

import uuid
from contextlib import AsyncExitStack
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne
from hub.importers.ecriture import TRANCHE
from hub.importers.programme.colonnes import Colonne, Type
from hub.importers.programme.entites.communes import code_insee, entier, enumeration, id_source, siret
from hub.importers.programme.entites.conseillers import CONSEILLER, LIEU, PAR_CONSEILLER, PAR_LIEU
from hub.importers.programme.format import Cible, Format, Reference, Regles
from hub.models import Activite, ActiviteTheme
from hub.models.enums import REORIENTATIONS, STATUTS_USAGER, TRANCHES_AGE, Canal, Theme, TypeActivite
from hub.referentiel.territoires import CODES_DEPARTEMENTS, departement_de_commune
from hub.services import agregats
from hub.services.ecriture import aujourdhui

PREMIER_JOUR = date(2020, 1, 1)
THEMES_MAX = 20
AGES = tuple(f"age_{t}" for t in TRANCHES_AGE)
STATUTS = tuple(f"statut_{s}" for s in STATUTS_USAGER)


class RegleActivite(Regles):
    """Rules of the activité mutation; the aggregates are suspended during the load, rebuilt after it.

    As for the seed (hub.services.agregats.suspendre): on PostgreSQL, when the importing role owns
    the tables, the insert triggers are off for the transaction (a concurrent activité write waits
    for the import to commit) and both aggregate tables are rebuilt once at the end; elsewhere the
    triggers run per batch and the rebuild only corrects thèmes of changed activités.
    """

    def __init__(self) -> None:
        self.pile = AsyncExitStack()
        self.deja: set[uuid.UUID] = set()  # activités of the current batch already in the hub

    async def charger(self, session: AsyncSession) -> None:
        await self.pile.enter_async_context(agregats.suspendre(session))

    async def conclure(self, session: AsyncSession) -> None:
        await self.pile.aclose()
        await agregats.reconstruire(session)

    def deriver(self, ligne: Ligne, valeurs: dict[str, Any]) -> None:
        # Filed where it took place, as the mutation does (hub.services.activites_regles.colonnes).
        departement = departement_de_commune(valeurs["code_commune"])
        if departement not in CODES_DEPARTEMENTS:
            ligne.rejeter("code_commune", valeurs["code_commune"], "commune d'aucun département connu")
        valeurs["departement_code"] = departement

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        jour, participants = valeurs["date"], valeurs["nb_participants"]
        if not PREMIER_JOUR <= jour <= aujourdhui():
            ligne.rejeter("date", jour.isoformat(), "une activité est datée de 2020 à aujourd'hui")
        if valeurs["nb_participants_recurrents"] > participants:
            ligne.rejeter(
                "nb_participants_recurrents",
                str(valeurs["nb_participants_recurrents"]),
                "au plus le nombre de participants",
            )
        for groupe, nom in ((AGES, "tranches d'âge"), (STATUTS, "statuts")):
            somme = sum(valeurs[c] for c in groupe)
            if somme != participants:
                ligne.rejeter(
                    ",".join(groupe),
                    str(somme),
                    f"les {nom} font {somme} personnes pour {participants} participants",
                )
        if len(valeurs["themes"]) > THEMES_MAX:
            ligne.rejeter("themes", str(len(valeurs["themes"])), f"au plus {THEMES_MAX} thèmes")

    async def completer(self, session: AsyncSession, lignes: list[dict[str, Any]]) -> None:
        themes: dict[uuid.UUID, list[str]] = {ligne["id"]: [] for ligne in lignes}
        requete = select(ActiviteTheme.activite_id, ActiviteTheme.theme).where(
            ActiviteTheme.activite_id.in_(themes)
        )
        for activite, theme in await session.execute(
            requete.order_by(ActiviteTheme.activite_id, ActiviteTheme.theme)
        ):
            themes[activite].append(theme)
        for ligne in lignes:
            ligne["themes"] = themes[ligne["id"]]

    async def avant_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        self.deja = set(
            await session.scalars(select(Activite.id).where(Activite.id_source.in_(_sources(lot))))
        )

    async def apres_ecriture(self, session: AsyncSession, lot: list[dict[str, Any]]) -> None:
        requete = select(Activite.id_source, Activite.id).where(Activite.id_source.in_(_sources(lot)))
        ids = dict((await session.execute(requete)).all())
        existants: dict[uuid.UUID, set[str]] = {}
        if self.deja:  # a first import of these activités has no thème to compare
            anciens = select(ActiviteTheme.activite_id, ActiviteTheme.theme).where(
                ActiviteTheme.activite_id.in_(self.deja)
            )
            for activite, theme in await session.execute(anciens):
                existants.setdefault(activite, set()).add(theme)
        a_remplacer = [
            ligne for ligne in lot if existants.get(ids[ligne["id_source"]], set()) != set(ligne["themes"])
        ]
        modifiees = [ids[ligne["id_source"]] for ligne in a_remplacer if ids[ligne["id_source"]] in existants]
        if modifiees:
            await session.execute(delete(ActiviteTheme).where(ActiviteTheme.activite_id.in_(modifiees)))
        themes = [
            {"activite_id": ids[ligne["id_source"]], "theme": t}
            for ligne in a_remplacer
            for t in ligne["themes"]
        ]
        for debut in range(0, len(themes), TRANCHE):  # one statement per slice: triggers run once each
            await session.execute(insert(ActiviteTheme).values(themes[debut : debut + TRANCHE]))


def _sources(lot: list[dict[str, Any]]) -> list[str]:
    return [ligne["id_source"] for ligne in lot]


ACTIVITES = Format(
    nom="activites",
    titre="Activité",
    description="Comptes-rendus d'activité des conseillers (CRA) : une séance, des nombres, "
    "jamais l'identité d'un usager.",
    modele=Activite,
    cle=("id_source",),
    colonnes=(
        id_source(),
        CONSEILLER,
        siret("structure_siret", "SIRET de la structure employeuse du conseiller ce jour-là"),
        *LIEU,
        Colonne("date", Type.DATE, "Jour de la séance", requis=True),
        enumeration("canal", "Où la séance a eu lieu", Canal),
        enumeration("type", "Type de séance", TypeActivite),
        entier("duree_minutes", "Durée en minutes", 1, 1440, requis=True),
        entier("nb_participants", "Nombre de participants", 1, 100, requis=True),
        entier("nb_participants_recurrents", "Participants déjà accompagnés", 0, 100, defaut=0),
        *(entier(c, f"Participants : {c.removeprefix('age_')}", 0, 100, defaut=0) for c in AGES),
        *(entier(c, f"Participants : {c.removeprefix('statut_')}", 0, 100, defaut=0) for c in STATUTS),
        Colonne(
            "themes",
            Type.LISTE,
            "Thèmes abordés, séparés par « | » (1 à 20)",
            requis=True,
            valeurs=tuple(Theme),
        ),
        Colonne(
            "reorientations",
            Type.LISTE,
            "Réorientations, séparées par « | »",
            valeurs=REORIENTATIONS,
            defaut=[],
        ),
        Colonne(
            "code_commune",
            Type.TEXTE,
            "Code INSEE de la commune des usagers",
            requis=True,
            controle=code_insee,
        ),
    ),
    references=(
        PAR_CONSEILLER,
        Reference(("structure_siret",), "structures", "structure_id", herite=("departement_code",)),
        PAR_LIEU,
    ),
    uniques=("id_source",),
    regles=RegleActivite,
    extras=("themes",),
)
