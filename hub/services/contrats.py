"""Recrutement: a structure signs a contract on a vacant poste, ANCT validates it, a rupture frees it.

- `enregistrer_contrat` (structure, on its own vacant poste): statut recrute, the poste becomes
  occupé. A CDI has no end date, the other types end after they start. The conseiller is named by its
  pseudonymous id and must be one the structure already reads (`auth.policy.readable`, the same
  statement as `node(id)`; RLS filters it again on PostgreSQL): a person it cannot read is NOT_FOUND
  exactly like an unknown id, checked before the unique partial index ("already has a contract in
  progress", CONFLICT) can say that the person exists (docs/autorisations.md, « Qui une structure
  peut nommer dans un contrat »).
- `valider_recrutement` (ANCT): recrute → actif; the conseiller's employer and département become the
  contract's (which is what lets the structure read the person and the conseiller file activités).
- `declarer_rupture` (structure): recrute | actif → rompu with a motif and a date; the poste is vacant
  again.
- `terminer_les_contrats_echus` (a daily job, `inclusion-hub contrats terminer`): an actif contrat
  past its end date is terminé and its poste vacant. A renewed contrat (hub.services.renouvellement
  moves its end date) is past nothing and stays as it is.

After a rupture or the end, the conseiller still points at the former employer until their next
contrat is validated; the former employer reads the ended contrat, not the person (auth.policy_lecture).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.models import Conseiller, Contrat, Poste
from hub.models.enums import EtatPoste, MotifRupture, Role, StatutContrat, TypeContrat
from hub.services import etats, journal
from hub.services.ecriture import (
    aujourdhui,
    charger,
    charger_modifiable,
    exiger_role,
    inserer,
    modifier,
    verifier_ecriture,
)
from hub.services.erreurs import conflit, introuvable, invalide

RESUME_CONTRAT = ("poste_id", "conseiller_id", "type", "statut", "date_debut", "date_fin")


async def enregistrer_contrat(
    session: AsyncSession,
    principal: Principal,
    *,
    poste_id: uuid.UUID,
    conseiller_id: uuid.UUID,
    type: TypeContrat,
    date_debut: dt.date,
    date_fin: dt.date | None = None,
    request_id: str | None = None,
) -> Contrat:
    exiger_role(principal, Role.STRUCTURE)
    if type is TypeContrat.CDI and date_fin is not None:
        raise invalide("Un CDI n'a pas de date de fin.", "date_fin")
    if type is not TypeContrat.CDI and (date_fin is None or date_fin <= date_debut):
        raise invalide(f"Un contrat {type.value} finit après son début (date de fin requise).", "date_fin")
    poste = await charger_modifiable(
        session, principal, Poste, poste_id, champ="poste_id", quoi="Poste", verrou=True
    )
    etats.exiger_transition(etats.POSTE, poste.etat, EtatPoste.OCCUPE, "poste_id")
    if date_debut < poste.date_attribution:
        raise invalide(
            "Le contrat commence au plus tôt à l'attribution du poste "
            f"({poste.date_attribution.isoformat()}).",
            "date_debut",
        )
    # Only a person the structure reads: naming someone else must not reveal, nor give, anything.
    await charger(session, principal, Conseiller, conseiller_id, champ="conseiller_id", quoi="Conseiller")
    contrat = Contrat(
        conseiller_id=conseiller_id,
        structure_id=poste.structure_id,
        poste_id=poste.id,
        departement_code=poste.departement_code,
        type=type,
        statut=StatutContrat.RECRUTE,
        date_debut=date_debut,
        date_fin=date_fin,
    )
    try:
        await inserer(session, principal, contrat)
    except IntegrityError as erreur:
        raise _traduire(erreur) from None
    await journal.journaliser(
        session,
        principal,
        action="contrat.enregistrer",
        entite="contrat",
        entite_id=contrat.id,
        portee=_portee(contrat),
        avant=None,
        apres=journal.resumer(contrat, RESUME_CONTRAT),
        request_id=request_id,
    )
    await _changer_etat(session, principal, poste, EtatPoste.OCCUPE, "poste.occuper", request_id)
    return contrat


async def valider_recrutement(
    session: AsyncSession, principal: Principal, contrat_id: uuid.UUID, *, request_id: str | None = None
) -> Contrat:
    exiger_role(principal, Role.ANCT)
    contrat = await charger_modifiable(
        session, principal, Contrat, contrat_id, champ="contrat_id", quoi="Contrat", verrou=True
    )
    etats.exiger_transition(etats.CONTRAT, contrat.statut, StatutContrat.ACTIF, "contrat_id")
    avant = journal.resumer(contrat, ("statut",))
    await modifier(session, principal, contrat, statut=StatutContrat.ACTIF)
    await journal.journaliser(
        session,
        principal,
        action="contrat.valider",
        entite="contrat",
        entite_id=contrat.id,
        portee=_portee(contrat),
        avant=avant,
        apres=journal.resumer(contrat, ("statut",)),
        request_id=request_id,
    )
    conseiller = await charger_modifiable(
        session, principal, Conseiller, contrat.conseiller_id, champ="contrat_id", quoi="Conseiller"
    )
    rattachement = ("structure_id", "departement_code")
    avant = journal.resumer(conseiller, rattachement)
    await modifier(
        session,
        principal,
        conseiller,
        structure_id=contrat.structure_id,
        departement_code=contrat.departement_code,
    )
    await journal.journaliser(
        session,
        principal,
        action="conseiller.rattacher",
        entite="conseiller",
        entite_id=conseiller.id,
        portee=_portee(contrat),
        avant=avant,
        apres=journal.resumer(conseiller, rattachement),
        request_id=request_id,
    )
    return contrat


async def declarer_rupture(
    session: AsyncSession,
    principal: Principal,
    contrat_id: uuid.UUID,
    *,
    motif: MotifRupture,
    date_rupture: dt.date,
    request_id: str | None = None,
) -> Contrat:
    exiger_role(principal, Role.STRUCTURE)
    contrat = await charger_modifiable(
        session, principal, Contrat, contrat_id, champ="contrat_id", quoi="Contrat", verrou=True
    )
    etats.exiger_transition(etats.CONTRAT, contrat.statut, StatutContrat.ROMPU, "contrat_id")
    if date_rupture < contrat.date_debut or date_rupture > aujourdhui():
        raise invalide("La rupture est datée entre le début du contrat et aujourd'hui.", "date_rupture")
    if contrat.date_fin is not None and date_rupture > contrat.date_fin:
        raise invalide("La rupture précède la fin prévue du contrat.", "date_rupture")
    if motif is MotifRupture.NON_RECONDUCTION_CDD and contrat.type is not TypeContrat.CDD:
        raise invalide("La non-reconduction ne concerne qu'un CDD.", "motif")
    avant = journal.resumer(contrat, ("statut", "date_rupture", "motif_rupture"))
    await modifier(
        session,
        principal,
        contrat,
        statut=StatutContrat.ROMPU,
        date_rupture=date_rupture,
        motif_rupture=motif,
    )
    await journal.journaliser(
        session,
        principal,
        action="contrat.rompre",
        entite="contrat",
        entite_id=contrat.id,
        portee=_portee(contrat),
        avant=avant,
        apres=journal.resumer(contrat, ("statut", "date_rupture", "motif_rupture")),
        request_id=request_id,
    )
    poste = await charger_modifiable(
        session, principal, Poste, contrat.poste_id, champ="contrat_id", quoi="Poste", verrou=True
    )
    if poste.etat is EtatPoste.OCCUPE:
        await _changer_etat(session, principal, poste, EtatPoste.VACANT, "poste.liberer", request_id)
    return contrat


async def _changer_etat(
    session: AsyncSession,
    principal: Principal,
    poste: Poste,
    cible: EtatPoste,
    action: str,
    request_id: str | None,
) -> None:
    etats.exiger_transition(etats.POSTE, poste.etat, cible, "poste_id")
    avant = journal.resumer(poste, ("etat",))
    await modifier(session, principal, poste, etat=cible)
    await journal.journaliser(
        session,
        principal,
        action=action,
        entite="poste",
        entite_id=poste.id,
        portee=journal.Portee(poste.departement_code, poste.structure_id),
        avant=avant,
        apres=journal.resumer(poste, ("etat",)),
        request_id=request_id,
    )


def _traduire(erreur: IntegrityError) -> Exception:
    """The constraint a new contract ran into, as the caller's error (or the error itself if unknown)."""
    texte = str(erreur.orig).lower()
    if "foreign key" in texte:
        return introuvable("conseiller_id", "Conseiller")
    if "poste" in texte:
        return conflit("Un contrat est déjà en cours sur ce poste.", "poste_id")
    if "conseiller" in texte:
        return conflit("Ce conseiller a déjà un contrat en cours (recruté ou actif).", "conseiller_id")
    return erreur


def _portee(contrat: Contrat) -> journal.Portee:
    return journal.Portee(contrat.departement_code, contrat.structure_id, contrat.conseiller_id)


# The daily end-of-contract job acts as ANCT's programme rule, under this name in the journal.
TACHE_FIN_DES_CONTRATS = Principal(
    Role.ANCT, subject="tâche : fin des contrats (inclusion-hub contrats terminer)"
)


async def terminer_les_contrats_echus(session: AsyncSession, au: dt.date) -> list[uuid.UUID]:
    """Every actif contrat whose end date is before `au` becomes terminé, its poste vacant, each step
    journaled; returns the contrats ended. Idempotent (a contrat already ended is not read again) and
    safe when two instances run it at once: the contrats are locked and a locked one is skipped
    (PostgreSQL `FOR UPDATE SKIP LOCKED`; SQLite has one writer at a time). A trusted job: its caller
    (hub/cli/contrats_commands.py) opens the transaction as the system."""
    principal = TACHE_FIN_DES_CONTRATS
    echus = (
        await session.scalars(
            select(Contrat)
            .where(Contrat.statut == StatutContrat.ACTIF, Contrat.date_fin < au)
            .order_by(Contrat.date_fin, Contrat.id)
            .with_for_update(skip_locked=True)
        )
    ).all()
    termines: list[uuid.UUID] = []
    for contrat in echus:
        avant = journal.resumer(contrat, ("statut",))
        # Conditional: a contrat another instance ended meanwhile is left alone (SQLite reads outside
        # a transaction until the first write, so two runs may both have read it actif).
        fait = await session.execute(
            update(Contrat)
            # The end date is read again too: a contrat renewed meanwhile (its date de fin moved past
            # `au`, hub.services.renouvellement) is no longer échu and is left alone.
            .where(Contrat.id == contrat.id, Contrat.statut == StatutContrat.ACTIF, Contrat.date_fin < au)
            .values(statut=StatutContrat.TERMINE)
            .execution_options(synchronize_session=False)
        )
        if fait.rowcount != 1:  # type: ignore[attr-defined]
            continue
        await session.refresh(contrat)
        await verifier_ecriture(session, principal, Contrat, Contrat.id == contrat.id, 1)
        termines.append(contrat.id)
        await journal.journaliser(
            session,
            principal,
            action="contrat.terminer",
            entite="contrat",
            entite_id=contrat.id,
            portee=_portee(contrat),
            avant=avant,
            apres=journal.resumer(contrat, ("statut", "date_fin")),
            request_id=None,
        )
        poste = await session.scalar(select(Poste).where(Poste.id == contrat.poste_id).with_for_update())
        if poste is not None and poste.etat is EtatPoste.OCCUPE:
            await _changer_etat(session, principal, poste, EtatPoste.VACANT, "poste.liberer", None)
    return termines
