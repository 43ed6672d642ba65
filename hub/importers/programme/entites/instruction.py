"""Instruction of the candidatures: candidatures, avis of the préfet, coselec decisions, postes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne
from hub.importers.programme.entites.communes import (
    date_,
    entier,
    enumeration,
    id_source,
    reference_id_source,
    siret,
    texte,
)
from hub.importers.programme.format import Cible, Format, Reference, Regles
from hub.models import AvisPrefet, Candidature, Contrat, DecisionCoselec, Poste
from hub.models.enums import CONTRAT_EN_COURS, Avis, EtatPoste

STRUCTURE = siret("structure_siret", "SIRET de la structure (déjà importée dans « structures »)")
PAR_STRUCTURE = Reference(("structure_siret",), "structures", "structure_id", herite=("departement_code",))
CANDIDATURE = reference_id_source("candidature_id_source", "Identifiant source de la candidature")
PAR_CANDIDATURE = Reference(
    ("candidature_id_source",), "candidatures", "candidature_id", herite=("structure_id", "departement_code")
)
PHASE = entier("phase", "Phase du programme (1 : 2020-2021, 2 : depuis 2021)", 1, 2, defaut=1)

CANDIDATURES = Format(
    nom="candidatures",
    titre="Candidature",
    description="Candidatures des structures à l'appel à manifestation d'intérêt (phase 1) "
    "et avenants (phase 2).",
    modele=Candidature,
    cle=("id_source",),
    colonnes=(
        id_source(),
        STRUCTURE,
        entier("nb_postes_souhaites", "Nombre de postes demandés", 1, 500, requis=True),
        PHASE,
        date_("date_depot", "Date de dépôt", requis=True),
    ),
    references=(PAR_STRUCTURE,),
    expose=("structure_id", "departement_code"),
    uniques=("id_source",),
)

AVIS_PREFET = Format(
    nom="avis-prefet",
    titre="Avis du préfet",
    description="Avis du préfet sur une candidature (historique : un avis ne remplace pas le précédent).",
    modele=AvisPrefet,
    cle=("id_source",),
    colonnes=(
        id_source(),
        CANDIDATURE,
        enumeration("avis", "Avis", Avis),
        texte("commentaire", "Commentaire du préfet", 5000, defaut=""),
        date_("date", "Date de l'avis", requis=True),
        texte("auteur", "Service ou agent auteur de l'avis", 200, requis=True),
    ),
    references=(PAR_CANDIDATURE,),
    uniques=("id_source",),
)

DECISIONS_COSELEC = Format(
    nom="decisions-coselec",
    titre="Décision du comité de sélection",
    description="Décisions du comité de sélection national (coselec) : postes validés par candidature.",
    modele=DecisionCoselec,
    cle=("id_source",),
    colonnes=(
        id_source(),
        CANDIDATURE,
        entier("numero", "Numéro du comité", 1, 10_000, requis=True),
        enumeration("avis", "Avis du comité", Avis),
        entier("nb_postes", "Nombre de postes validés", 0, 500, requis=True),
        PHASE,
        date_("date", "Date du comité", requis=True),
        texte("auteur", "Auteur de la décision", 200, requis=True),
    ),
    references=(PAR_CANDIDATURE,),
    expose=("structure_id", "departement_code"),
    uniques=("id_source",),
)


class ReglePoste(Regles):
    """Dates in order, `rendu` with its date; a poste under a contract in progress stays occupied."""

    def __init__(self) -> None:
        self.sous_contrat: set[uuid.UUID] = set()
        self.par_source: dict[str | None, uuid.UUID] = {}

    async def charger(self, session: AsyncSession) -> None:
        lignes = await session.execute(
            select(Poste.id_source, Poste.id)
            .join(Contrat, Contrat.poste_id == Poste.id)
            .where(Contrat.statut.in_(CONTRAT_EN_COURS))
        )
        self.sous_contrat = {identifiant for _, identifiant in lignes}
        avec_source = select(Poste.id_source, Poste.id).where(Poste.id_source.is_not(None))
        self.par_source = dict((await session.execute(avec_source)).all())

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        rendu = valeurs["date_rendu"]
        if rendu is not None and rendu < valeurs["date_attribution"]:
            ligne.rejeter("date_rendu", rendu.isoformat(), "un poste est rendu après son attribution")
        if (valeurs["etat"] == EtatPoste.RENDU) != (rendu is not None):
            ligne.rejeter(
                "date_rendu",
                "" if rendu is None else rendu.isoformat(),
                "un poste « rendu » a une date de rendu, et lui seul",
            )
        existant = self.par_source.get(valeurs["id_source"])
        if existant in self.sous_contrat and valeurs["etat"] != EtatPoste.OCCUPE:
            ligne.rejeter(
                "etat", valeurs["etat"], "un contrat est en cours sur ce poste : il reste « occupe »"
            )


POSTES = Format(
    nom="postes",
    titre="Poste",
    description="Postes de conseiller numérique financés, attribués par une décision du coselec.",
    modele=Poste,
    cle=("id_source",),
    colonnes=(
        id_source(),
        STRUCTURE,
        reference_id_source(
            "decision_id_source", "Identifiant source de la décision du coselec", requis=False
        ),
        enumeration("etat", "État du poste", EtatPoste),
        PHASE,
        date_("date_attribution", "Date d'attribution", requis=True),
        date_("date_rendu", "Date à laquelle la structure a rendu le poste"),
    ),
    references=(
        PAR_STRUCTURE,
        Reference(
            ("decision_id_source",),
            "decisions-coselec",
            "decision_id",
            herite=("structure_id",),
        ),
    ),
    expose=("structure_id", "departement_code", "etat", "date_attribution"),
    uniques=("id_source",),
    regles=ReglePoste,
)
