"""The candidature flow: a structure applies, its préfet gives an avis, the coselec decides (postes).

- `deposer_candidature` (structure): phase 1 while not yet validated, phase 2 (avenant) once
  VALIDEE; one candidature under instruction at a time; refused and abandoned structures apply no more.
- `donner_avis_prefet` (préfecture of the candidature's département): POSITIF or NEGATIF (a negative
  avis is motivated); avis are history rows, a new one never overwrites the previous; no avis
  once the committee has decided.
- `decider_coselec` (ANCT): one decision per candidature, after at least one avis; POSITIF validates
  1..n postes (n = postes asked) and creates them vacant; NEGATIF (0 postes) refuses a structure that
  was not validated yet. The structure's row is locked so two decisions cannot race.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import AvisPrefet, Candidature, DecisionCoselec, Poste, Structure
from hub.models.enums import Avis, EtatPoste, Role, StatutStructure
from hub.services import etats, journal
from hub.services.ecriture import (
    aujourdhui,
    charger,
    charger_modifiable,
    exiger_role,
    inserer,
    maintenant,
    modifier,
)
from hub.services.erreurs import interdit, invalide

NB_POSTES_MAX = 500
COMMENTAIRE_LONGUEUR_MAX = 2000
MOTIF_MAX = 2000
_FINS = (StatutStructure.REFUSEE, StatutStructure.ABANDON)


async def deposer_candidature(
    session: AsyncSession,
    principal: Principal,
    *,
    nb_postes_souhaites: int,
    phase: int = 1,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Candidature:
    exiger_role(principal, Role.STRUCTURE)
    if not 1 <= nb_postes_souhaites <= NB_POSTES_MAX:
        raise invalide(f"De 1 à {NB_POSTES_MAX} postes.", "nb_postes_souhaites")
    if phase not in (1, 2):
        raise invalide("La phase est 1 (candidature) ou 2 (avenant).", "phase")
    structure = await session.scalar(
        readable(Structure, principal).where(Structure.id == principal.structure_id)
    )
    if structure is None:
        raise interdit("Ce jeton ne désigne aucune structure du hub.")
    if structure.statut in _FINS:
        raise invalide(f"La structure est « {structure.statut.value} » : elle ne dépose plus de candidature.")
    if phase == 2 and structure.statut is not StatutStructure.VALIDEE:
        raise invalide(
            f"Un avenant (phase 2) suppose une structure validée ; elle est « {structure.statut.value} ».",
            "phase",
        )
    if phase == 1 and structure.statut is StatutStructure.VALIDEE:
        raise invalide(
            "La structure est déjà validée : une nouvelle demande est un avenant (phase 2).", "phase"
        )
    en_instruction = await session.scalar(
        select(
            readable(Candidature, principal)
            .where(Candidature.structure_id == structure.id, ~_decidee(principal, Candidature.id))
            .exists()
        )
    )
    if en_instruction:
        raise invalide("Une candidature de la structure est déjà en cours d'instruction.")
    candidature = await inserer(
        session,
        principal,
        Candidature(
            structure_id=structure.id,
            departement_code=structure.departement_code,
            nb_postes_souhaites=nb_postes_souhaites,
            phase=phase,
            date_depot=aujourdhui(instant),
        ),
    )
    await journal.journaliser(
        session,
        principal,
        action="candidature.deposer",
        entite="candidature",
        entite_id=candidature.id,
        portee=journal.Portee(structure.departement_code, structure.id),
        avant=None,
        apres=journal.resumer(candidature, ("nb_postes_souhaites", "phase", "date_depot")),
        request_id=request_id,
    )
    return candidature


async def donner_avis_prefet(
    session: AsyncSession,
    principal: Principal,
    candidature_id: uuid.UUID,
    *,
    avis: Avis,
    commentaire: str = "",
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> tuple[AvisPrefet, Candidature]:
    exiger_role(principal, Role.PREFECTURE)
    commentaire = commentaire.strip()
    if len(commentaire) > COMMENTAIRE_LONGUEUR_MAX:
        raise invalide(f"Au plus {COMMENTAIRE_LONGUEUR_MAX} caractères.", "commentaire")
    if avis is Avis.NEGATIF and not commentaire:
        raise invalide("Un avis négatif est motivé : le commentaire est obligatoire.", "commentaire")
    candidature = await charger(
        session, principal, Candidature, candidature_id, champ="candidature_id", quoi="Candidature"
    )
    if await session.scalar(select(_decidee(principal, candidature.id))):
        raise invalide("Le comité de sélection a déjà décidé de cette candidature.", "candidature_id")
    ligne = await inserer(
        session,
        principal,
        AvisPrefet(
            candidature_id=candidature.id,
            structure_id=candidature.structure_id,
            departement_code=candidature.departement_code,
            avis=avis,
            commentaire=commentaire,
            date=aujourdhui(instant),
            auteur=principal.subject[:200],
        ),
    )
    await journal.journaliser(
        session,
        principal,
        action="avis_prefet.donner",
        entite="avis_prefet",
        entite_id=ligne.id,
        portee=journal.Portee(candidature.departement_code, candidature.structure_id),
        avant=None,
        # The commentaire is free text (it may name people): the summary only says there is one.
        apres=journal.resumer(ligne, ("candidature_id", "avis", "date")) | {"commentaire": bool(commentaire)},
        request_id=request_id,
    )
    return ligne, candidature


@dataclass(frozen=True, slots=True)
class DecisionEcrite:
    decision: DecisionCoselec
    postes: list[Poste]
    structure: Structure


async def decider_coselec(
    session: AsyncSession,
    principal: Principal,
    candidature_id: uuid.UUID,
    *,
    avis: Avis,
    nb_postes: int,
    phase: int,
    numero: int,
    date: dt.date | None = None,
    request_id: str | None = None,
) -> DecisionEcrite:
    exiger_role(principal, Role.ANCT)
    jour = date or aujourdhui()
    candidature = await charger(
        session, principal, Candidature, candidature_id, champ="candidature_id", quoi="Candidature"
    )
    # Locking the structure serialises two decisions on its candidatures (ANCT may update it).
    structure = await charger_modifiable(
        session,
        principal,
        Structure,
        candidature.structure_id,
        champ="candidature_id",
        quoi="Structure",
        verrou=True,
    )
    _verifier_decision(candidature, avis, nb_postes, phase, numero, jour)
    if await session.scalar(select(_decidee(principal, candidature.id))):
        raise invalide("Cette candidature a déjà une décision du comité.", "candidature_id")
    avise = await session.scalar(
        select(readable(AvisPrefet, principal).where(AvisPrefet.candidature_id == candidature.id).exists())
    )
    if not avise:
        raise invalide("La candidature attend l'avis du préfet.", "candidature_id")
    decision = await inserer(
        session,
        principal,
        DecisionCoselec(
            candidature_id=candidature.id,
            structure_id=structure.id,
            departement_code=candidature.departement_code,
            numero=numero,
            avis=avis,
            nb_postes=nb_postes,
            phase=phase,
            date=jour,
            auteur=principal.subject[:200],
        ),
    )
    portee = journal.Portee(candidature.departement_code, structure.id)
    postes = [await _creer_poste(session, principal, decision, request_id) for _ in range(nb_postes)]
    await journal.journaliser(
        session,
        principal,
        action="decision_coselec.decider",
        entite="decision_coselec",
        entite_id=decision.id,
        portee=portee,
        avant=None,
        apres=journal.resumer(decision, ("candidature_id", "numero", "avis", "nb_postes", "phase", "date"))
        | {"postes": [str(p.id) for p in postes]},
        request_id=request_id,
    )
    await _suivre_statut(session, principal, structure, avis, portee, request_id)
    return DecisionEcrite(decision, postes, structure)


def _verifier_decision(
    candidature: Candidature, avis: Avis, nb_postes: int, phase: int, numero: int, jour: dt.date
) -> None:
    if avis is Avis.POSITIF and not 1 <= nb_postes <= candidature.nb_postes_souhaites:
        raise invalide(
            f"Une décision positive valide de 1 à {candidature.nb_postes_souhaites} postes (demandés).",
            "nb_postes",
        )
    if avis is Avis.NEGATIF and nb_postes != 0:
        raise invalide("Une décision négative ne valide aucun poste (0).", "nb_postes")
    if phase != candidature.phase:
        raise invalide(f"La candidature est de phase {candidature.phase}.", "phase")
    if numero < 1:
        raise invalide("Le numéro de comité est un entier positif.", "numero")
    if jour < candidature.date_depot or jour > aujourdhui():
        raise invalide("La date est entre le dépôt de la candidature et aujourd'hui.", "date")


async def _creer_poste(
    session: AsyncSession, principal: Principal, decision: DecisionCoselec, request_id: str | None
) -> Poste:
    poste = await inserer(
        session,
        principal,
        Poste(
            structure_id=decision.structure_id,
            departement_code=decision.departement_code,
            decision_id=decision.id,
            etat=EtatPoste.VACANT,
            phase=decision.phase,
            date_attribution=decision.date,
        ),
    )
    await journal.journaliser(
        session,
        principal,
        action="poste.creer",
        entite="poste",
        entite_id=poste.id,
        portee=journal.Portee(poste.departement_code, poste.structure_id),
        avant=None,
        apres=journal.resumer(poste, ("decision_id", "etat", "phase", "date_attribution")),
        request_id=request_id,
    )
    return poste


async def _suivre_statut(
    session: AsyncSession,
    principal: Principal,
    structure: Structure,
    avis: Avis,
    portee: journal.Portee,
    request_id: str | None,
) -> None:
    """POSITIF validates the structure; NEGATIF refuses it unless an earlier decision validated it."""
    if structure.statut is StatutStructure.VALIDEE:
        return  # a phase-2 decision, positive or not, leaves a validated structure as it is
    cible = StatutStructure.VALIDEE if avis is Avis.POSITIF else StatutStructure.REFUSEE
    etats.exiger_transition(etats.STRUCTURE, structure.statut, cible, "candidature_id")
    avant = journal.resumer(structure, ("statut",))
    await modifier(session, principal, structure, statut=cible, updated_at=maintenant())
    await journal.journaliser(
        session,
        principal,
        action="structure.statut",
        entite="structure",
        entite_id=structure.id,
        portee=portee,
        avant=avant,
        apres=journal.resumer(structure, ("statut",)),
        request_id=request_id,
    )


def _decidee(principal: Principal, candidature_id: object) -> Exists:
    """A decision exists on the candidature (correlated when `candidature_id` is a column)."""
    return (
        readable(DecisionCoselec, principal).where(DecisionCoselec.candidature_id == candidature_id).exists()
    )


async def changer_statut_candidature(
    session: AsyncSession,
    principal: Principal,
    structure_id: uuid.UUID,
    *,
    cible: StatutStructure,
    motif: str,
    request_id: str | None = None,
) -> Structure:
    """ANCT puts a candidate structure in examen complémentaire (the comité asks for more before it
    decides) or records its abandon (the structure gave up, or ANCT closes it): from créée (or
    examen complémentaire, for an abandon) only, with a motif, journaled. A validated structure gives
    its postes back by avenant, a refused one is closed: neither changes here.

    The structure itself abandons its own candidature too (its write rule covers its own row while
    under instruction); only ANCT asks for an examen complémentaire."""
    if cible is StatutStructure.ABANDON:
        exiger_role(principal, Role.ANCT, Role.STRUCTURE)
    else:
        exiger_role(principal, Role.ANCT)
    if cible not in (StatutStructure.EXAMEN_COMPLEMENTAIRE, StatutStructure.ABANDON):
        raise invalide("Statut attendu : examen complémentaire ou abandon.", "statut")
    motif = motif.strip()
    if not motif:
        raise invalide("Le motif est obligatoire.", "motif")
    if len(motif) > MOTIF_MAX:
        raise invalide(f"Le motif fait au plus {MOTIF_MAX} caractères.", "motif")
    # Read first, then locked: on PostgreSQL FOR UPDATE also filters by the update policy, which no
    # longer covers a structure's own row once validated; it must hear why, not "introuvable".
    lue = await charger(session, principal, Structure, structure_id, champ="structure_id", quoi="Structure")
    _exiger_en_instruction(lue)
    structure = await charger_modifiable(
        session, principal, Structure, structure_id, champ="structure_id", quoi="Structure", verrou=True
    )
    _exiger_en_instruction(structure)  # again: it may have changed before the lock
    etats.exiger_transition(etats.STRUCTURE, structure.statut, cible, "structure_id")
    avant = journal.resumer(structure, ("statut",))
    await modifier(session, principal, structure, statut=cible, updated_at=maintenant())
    await journal.journaliser(
        session,
        principal,
        action="structure.examen_complementaire"
        if cible is StatutStructure.EXAMEN_COMPLEMENTAIRE
        else "structure.abandon",
        entite="structure",
        entite_id=structure.id,
        portee=journal.Portee(structure.departement_code, structure.id),
        avant=avant,
        apres=journal.resumer(structure, ("statut",)) | {"motif": motif},
        request_id=request_id,
    )
    return structure


def _exiger_en_instruction(structure: Structure) -> None:
    if structure.statut not in (StatutStructure.CREEE, StatutStructure.EXAMEN_COMPLEMENTAIRE):
        raise invalide(
            f"La structure est « {structure.statut.libelle} » : sa candidature n'est plus en instruction.",
            "structure_id",
        )
