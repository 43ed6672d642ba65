"""Conseillers numériques, their contrats and ruptures, and the lieux where they work.

A conseiller's file holds no birth date (the format has no such column, and a file that carries one
is refused) and only the professional e-mail. Contrats follow the rules of hub.services.contrats: a
CDI has no end date, another contract ends after it starts, a rupture has its date and motif and
nothing else has them, and at most one contract is in progress (recruté or actif) per conseiller
and per poste, on a poste that is `occupe`.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hub.importers.controles import Ligne
from hub.importers.programme.colonnes import Colonne, Type
from hub.importers.programme.entites.communes import (
    MOTIF_TELEPHONE,
    booleen,
    courriel_professionnel,
    date_,
    departement,
    enumeration,
    id_source,
    reference_id_source,
    siret,
    texte,
)
from hub.importers.programme.format import Cible, Format, Reference, Regles
from hub.models import Conseiller, Contrat, LieuConseiller
from hub.models.enums import CONTRAT_EN_COURS, EtatPoste, MotifRupture, StatutContrat, TypeContrat

CONSEILLER = reference_id_source("conseiller_id_source", "Identifiant source du conseiller")
PAR_CONSEILLER = Reference(("conseiller_id_source",), "conseillers", "conseiller_id")
LIEU = (
    texte("lieu_source", "Source du lieu (colonne `source` du standard des lieux, déjà importé)", 100),
    texte("lieu_id_source", "Identifiant du lieu dans sa source (colonne `id` du standard)", 200),
)
PAR_LIEU = Reference(("lieu_source", "lieu_id_source"), "lieux", "lieu_id")


class RegleConseiller(Regles):
    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        debut, fin = valeurs["date_debut_formation"], valeurs["date_fin_formation"]
        if debut is not None and fin is not None and fin < debut:
            ligne.rejeter("date_fin_formation", fin.isoformat(), "la formation finit après son début")


CONSEILLERS = Format(
    nom="conseillers",
    titre="Conseiller",
    description="Conseillers numériques : identité professionnelle, formation et certification.",
    modele=Conseiller,
    cle=("id_source",),
    colonnes=(
        id_source(),
        texte("nom", "Nom", 100, requis=True),
        texte("prenom", "Prénom", 100, requis=True),
        Colonne(
            "email",
            Type.TEXTE,
            "Adresse électronique professionnelle (jamais une adresse personnelle)",
            longueur_max=200,
            controle=courriel_professionnel,
        ),
        Colonne(
            "telephone",
            Type.TEXTE,
            "Téléphone professionnel, format international (+33…)",
            motif=MOTIF_TELEPHONE,
        ),
        departement("Département de la structure employeuse"),
        siret("structure_siret", "SIRET de la structure employeuse actuelle", requis=False),
        date_("date_debut_formation", "Début de la formation initiale"),
        date_("date_fin_formation", "Fin de la formation initiale"),
        booleen("certifie", "A obtenu la certification CCP1 (Pix…)", False),
        booleen("est_coordinateur", "Occupe un poste de coordination", False),
    ),
    references=(Reference(("structure_siret",), "structures", "structure_id", herite=("departement_code",)),),
    uniques=("id_source", "email"),
    regles=RegleConseiller,
)


class RegleContrat(Regles):
    def __init__(self) -> None:
        self.en_cours_poste: dict[uuid.UUID, str] = {}
        self.en_cours_conseiller: dict[uuid.UUID, str] = {}

    async def charger(self, session: AsyncSession) -> None:
        lignes = await session.execute(
            select(Contrat.id, Contrat.id_source, Contrat.poste_id, Contrat.conseiller_id).where(
                Contrat.statut.in_(CONTRAT_EN_COURS)
            )
        )
        for identifiant, source, poste, conseiller in lignes:
            self.en_cours_poste[poste] = source or str(identifiant)
            self.en_cours_conseiller[conseiller] = source or str(identifiant)

    def verifier(self, ligne: Ligne, valeurs: dict[str, Any], cibles: dict[str, Cible]) -> None:
        type_, debut, fin = valeurs["type"], valeurs["date_debut"], valeurs["date_fin"]
        if type_ is TypeContrat.CDI and fin is not None:
            ligne.rejeter("date_fin", fin.isoformat(), "un CDI n'a pas de date de fin")
        if type_ is not TypeContrat.CDI and (fin is None or fin <= debut):
            ligne.rejeter(
                "date_fin",
                "" if fin is None else fin.isoformat(),
                f"un contrat {type_} finit après son début",
            )
        self._rupture(ligne, valeurs)
        poste = cibles["poste_id"]
        if debut < poste["date_attribution"]:
            ligne.rejeter(
                "date_debut",
                debut.isoformat(),
                "le contrat commence au plus tôt à l'attribution du poste "
                f"({poste['date_attribution'].isoformat()})",
            )
        if valeurs["statut"] not in CONTRAT_EN_COURS:
            return
        cle = valeurs["id_source"]
        if poste["etat"] != EtatPoste.OCCUPE:
            ligne.rejeter(
                "poste_id_source",
                valeurs["poste_id_source"],
                f"un contrat en cours demande un poste « occupe » (il est « {poste['etat']} »)",
            )
        autre = self.en_cours_poste.get(valeurs["poste_id"])
        if autre is not None and autre != cle:
            ligne.rejeter(
                "poste_id_source",
                valeurs["poste_id_source"],
                f"le poste est déjà occupé par le contrat {autre}",
            )
        autre = self.en_cours_conseiller.get(valeurs["conseiller_id"])
        if autre is not None and autre != cle:
            ligne.rejeter(
                "conseiller_id_source",
                valeurs["conseiller_id_source"],
                f"ce conseiller a déjà un contrat en cours ({autre})",
            )

    def _rupture(self, ligne: Ligne, valeurs: dict[str, Any]) -> None:
        rupture, motif = valeurs["date_rupture"], valeurs["motif_rupture"]
        rompu = valeurs["statut"] is StatutContrat.ROMPU
        if rompu != (rupture is not None and motif is not None):
            ligne.rejeter(
                "statut",
                valeurs["statut"],
                "un contrat « rompu » a une date et un motif de rupture, et lui seul",
            )
            return
        if rupture is None:
            return
        if rupture < valeurs["date_debut"] or (
            valeurs["date_fin"] is not None and rupture > valeurs["date_fin"]
        ):
            ligne.rejeter("date_rupture", rupture.isoformat(), "la rupture a lieu pendant le contrat")
        if motif is MotifRupture.NON_RECONDUCTION_CDD and valeurs["type"] is not TypeContrat.CDD:
            ligne.rejeter("motif_rupture", motif, "la non-reconduction ne concerne qu'un CDD")

    def retenir(self, valeurs: dict[str, Any]) -> None:
        cle = valeurs["id_source"]
        for index, attribut in (
            (self.en_cours_poste, "poste_id"),
            (self.en_cours_conseiller, "conseiller_id"),
        ):
            if index.get(valeurs[attribut]) == cle:
                del index[valeurs[attribut]]
            if valeurs["statut"] in CONTRAT_EN_COURS:
                index[valeurs[attribut]] = cle


CONTRATS = Format(
    nom="contrats",
    titre="Contrat",
    description="Contrats de travail des conseillers sur un poste, et leurs ruptures.",
    modele=Contrat,
    cle=("id_source",),
    colonnes=(
        id_source(),
        CONSEILLER,
        siret("structure_siret", "SIRET de la structure employeuse (celle du poste)"),
        reference_id_source("poste_id_source", "Identifiant source du poste"),
        enumeration("type", "Type de contrat", TypeContrat),
        enumeration("statut", "Statut du contrat", StatutContrat),
        date_("date_debut", "Début du contrat", requis=True),
        date_("date_fin", "Fin prévue (aucune pour un CDI)"),
        date_("date_rupture", "Date de la rupture"),
        enumeration("motif_rupture", "Motif de la rupture", MotifRupture, requis=False),
    ),
    references=(
        PAR_CONSEILLER,
        Reference(("structure_siret",), "structures", "structure_id"),
        Reference(("poste_id_source",), "postes", "poste_id", herite=("structure_id", "departement_code")),
    ),
    uniques=("id_source",),
    regles=RegleContrat,
)

LIEUX_ACTIVITE = Format(
    nom="lieux-activite",
    titre="Lieu d'activité",
    description="Les lieux de médiation numérique où chaque conseiller exerce (un lien par ligne).",
    modele=LieuConseiller,
    cle=("conseiller_id_source", "lieu_source", "lieu_id_source"),
    colonnes=(
        CONSEILLER,
        *(Colonne(c.nom, c.type, c.description, requis=True, longueur_max=c.longueur_max) for c in LIEU),
    ),
    references=(PAR_CONSEILLER, PAR_LIEU),
)
