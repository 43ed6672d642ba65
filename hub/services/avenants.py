"""Avenants to a structure's convention: the structure asks, the préfet gives an avis, ANCT decides.

- `demander_ajout_de_postes` (structure, validated): n postes (1..500) with a motif; one ajout under
  instruction at a time per structure (a unique partial index: two requests at once, CONFLICT).
- `demander_rendu_de_poste` (structure): one of its vacant postes, with a motif; asking again for
  the same poste while the first request is pending returns that request.
- `donner_avis_avenant` (préfecture of the département): on an ajout still awaiting the decision,
  POSITIF or NEGATIF (motivated); given once, never overwritten (the same avis again is a no-op).
- `decider_avenant` (ANCT): an ajout needs the préfet's avis first. POSITIF on an ajout validates
  1..n postes: they are created vacant and each is conventionné by `financement.conventionner`, the
  same enveloppe and plafond checks under the same locks (one poste over the plafond refuses the whole
  decision, nothing is written). POSITIF on a rendu gives the poste back (`rendu_poste.rendre_poste`:
  the subvention reduced pro rata). NEGATIF refuses. The avenant row is locked FOR UPDATE, so two
  decisions cannot race; the same decision again returns the avenant as it is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Avenant, Poste, Structure, Subvention
from hub.models.enums import Avis, EtatPoste, Role, StatutAvenant, StatutStructure, TypeAvenant
from hub.models.subvention import MONTANT_PAR_POSTE_CENTIMES
from hub.services import journal
from hub.services.ecriture import aujourdhui, charger_modifiable, exiger_role, inserer, modifier
from hub.services.erreurs import conflit, interdit, invalide
from hub.services.financement import conventionner
from hub.services.rendu_poste import rendre_poste

NB_POSTES_MAX = 500
TEXTE_MAX = 2000
RESUME = ("type", "statut", "nb_postes", "poste_id", "date_demande")


@dataclass(frozen=True, slots=True)
class Convention:
    """The convention of the postes an ajout adds (as `conventionner` takes it)."""

    enveloppe_id: uuid.UUID
    date_debut: dt.date
    date_fin: dt.date
    montant_centimes: int = MONTANT_PAR_POSTE_CENTIMES


@dataclass(frozen=True, slots=True)
class AvenantDecide:
    avenant: Avenant
    postes: list[Poste] = field(default_factory=list)  # created (ajout) or rendu
    subventions: list[Subvention] = field(default_factory=list)


async def demander_ajout_de_postes(
    session: AsyncSession,
    principal: Principal,
    *,
    nb_postes: int,
    motif: str,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Avenant:
    exiger_role(principal, Role.STRUCTURE)
    if not 1 <= nb_postes <= NB_POSTES_MAX:
        raise invalide(f"De 1 à {NB_POSTES_MAX} postes.", "nb_postes")
    motif = _texte(motif, "motif", obligatoire=True)
    structure = await _structure_du_jeton(session, principal)
    return await _deposer(
        session, principal, structure, TypeAvenant.AJOUT_POSTE, nb_postes, None, motif, request_id, instant
    )


async def demander_rendu_de_poste(
    session: AsyncSession,
    principal: Principal,
    *,
    poste_id: uuid.UUID,
    motif: str,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Avenant:
    exiger_role(principal, Role.STRUCTURE)
    motif = _texte(motif, "motif", obligatoire=True)
    structure = await _structure_du_jeton(session, principal)
    poste = await charger_modifiable(session, principal, Poste, poste_id, champ="poste_id", quoi="Poste")
    deja = await session.scalar(
        readable(Avenant, principal).where(
            Avenant.poste_id == poste.id,
            Avenant.type == TypeAvenant.RENDU_POSTE,
            Avenant.statut == StatutAvenant.DEMANDE,
        )
    )
    if deja is not None:
        return deja  # the same request, still pending: nothing written
    if poste.etat is not EtatPoste.VACANT:
        raise invalide(
            f"Le poste est « {poste.etat.libelle} » : seul un poste vacant se rend (la rupture ou la fin "
            "du contrat le libère d'abord).",
            "poste_id",
        )
    return await _deposer(
        session, principal, structure, TypeAvenant.RENDU_POSTE, 1, poste.id, motif, request_id, instant
    )


async def donner_avis_avenant(
    session: AsyncSession,
    principal: Principal,
    avenant_id: uuid.UUID,
    *,
    avis: Avis,
    commentaire: str = "",
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Avenant:
    exiger_role(principal, Role.PREFECTURE)
    commentaire = _texte(commentaire, "commentaire", obligatoire=avis is Avis.NEGATIF)
    avenant = await charger_modifiable(
        session, principal, Avenant, avenant_id, champ="avenant_id", quoi="Avenant", verrou=True
    )
    if avenant.avis_prefet is not None:
        if (avenant.avis_prefet, avenant.commentaire_prefet) == (avis, commentaire):
            return avenant  # the same avis again: nothing written
        raise invalide("Le préfet a déjà donné son avis sur cet avenant.", "avenant_id")
    if avenant.type is not TypeAvenant.AJOUT_POSTE:
        raise invalide("Un rendu de poste se décide sans avis du préfet.", "avenant_id")
    if avenant.statut is not StatutAvenant.DEMANDE:
        raise invalide("L'ANCT a déjà décidé de cet avenant.", "avenant_id")
    await modifier(
        session,
        principal,
        avenant,
        avis_prefet=avis,
        commentaire_prefet=commentaire,
        date_avis_prefet=aujourdhui(instant),
        auteur_avis_prefet=principal.subject[:200],
    )
    await _journaliser(
        session,
        principal,
        avenant,
        "avenant.avis_prefet",
        None,
        # The commentaire is free text (it may name people): the summary only says there is one.
        journal.resumer(avenant, ("avis_prefet", "date_avis_prefet")) | {"commentaire": bool(commentaire)},
        request_id,
    )
    return avenant


async def decider_avenant(
    session: AsyncSession,
    principal: Principal,
    avenant_id: uuid.UUID,
    *,
    avis: Avis,
    nb_postes: int | None = None,
    convention: Convention | None = None,
    date_rendu: dt.date | None = None,
    majorations: Mapping[str, int] | None = None,
    request_id: str | None = None,
) -> AvenantDecide:
    """`nb_postes` and `convention`: for a positive ajout; `date_rendu` (default today): for a rendu."""
    exiger_role(principal, Role.ANCT)
    avenant = await charger_modifiable(
        session, principal, Avenant, avenant_id, champ="avenant_id", quoi="Avenant", verrou=True
    )
    cible = StatutAvenant.ACCEPTE if avis is Avis.POSITIF else StatutAvenant.REFUSE
    if avenant.statut is not StatutAvenant.DEMANDE:
        if avenant.statut is cible:
            return AvenantDecide(avenant)  # the same decision again: nothing written
        raise invalide(f"L'avenant est déjà « {avenant.statut.libelle} ».", "avenant_id")
    if avenant.type is TypeAvenant.AJOUT_POSTE and avenant.avis_prefet is None:
        raise invalide("L'avenant attend l'avis du préfet.", "avenant_id")
    jour = aujourdhui()
    fait = AvenantDecide(avenant)
    if avis is Avis.POSITIF and avenant.type is TypeAvenant.AJOUT_POSTE:
        fait = await _ajouter_les_postes(
            session, principal, avenant, nb_postes, convention, jour, majorations, request_id
        )
    elif avis is Avis.POSITIF:
        fait = await _rendre_le_poste(session, principal, avenant, date_rendu or jour, request_id)
    postes = fait.postes
    avant = journal.resumer(avenant, ("statut",))
    await modifier(
        session,
        principal,
        avenant,
        statut=cible,
        nb_postes_accordes=len(postes) if avenant.type is TypeAvenant.AJOUT_POSTE else None,
        date_decision=jour,
        auteur_decision=principal.subject[:200],
    )
    apres = journal.resumer(avenant, ("statut", "nb_postes_accordes", "date_decision"))
    await _journaliser(
        session,
        principal,
        avenant,
        "avenant.decider",
        avant,
        apres | {"postes": [str(p.id) for p in postes]},
        request_id,
    )
    return fait


async def _ajouter_les_postes(
    session: AsyncSession,
    principal: Principal,
    avenant: Avenant,
    nb_postes: int | None,
    convention: Convention | None,
    jour: dt.date,
    majorations: Mapping[str, int] | None,
    request_id: str | None,
) -> AvenantDecide:
    """The postes granted, created vacant and each conventionné within the enveloppe and plafond."""
    accordes = avenant.nb_postes if nb_postes is None else nb_postes
    if not 1 <= accordes <= avenant.nb_postes:
        raise invalide(
            f"Une décision positive accorde de 1 à {avenant.nb_postes} postes (demandés).", "nb_postes"
        )
    if convention is None:
        raise invalide("Les postes ajoutés sont conventionnés : la convention est requise.", "convention")
    phase = await _phase(session, principal, avenant.structure_id)
    fait = AvenantDecide(avenant)
    for _ in range(accordes):
        poste = await _creer_poste(session, principal, avenant, phase, jour, request_id)
        fait.postes.append(poste)
        subvention = await conventionner(
            session,
            principal,
            poste.id,
            enveloppe_id=convention.enveloppe_id,
            date_debut_convention=convention.date_debut,
            date_fin_convention=convention.date_fin,
            montant_centimes=convention.montant_centimes,
            majorations=majorations,
            request_id=request_id,
        )
        fait.subventions.append(subvention)
    return fait


async def _rendre_le_poste(
    session: AsyncSession, principal: Principal, avenant: Avenant, jour: dt.date, request_id: str | None
) -> AvenantDecide:
    if avenant.poste_id is None:  # impossible for a rendu (CHECK constraint); said rather than assumed
        raise invalide("Cet avenant de rendu ne désigne aucun poste.", "avenant_id")
    rendu = await rendre_poste(
        session, principal, avenant.poste_id, date_rendu=jour, motif=avenant.motif, request_id=request_id
    )
    subventions = [rendu.subvention] if rendu.subvention is not None else []
    return AvenantDecide(avenant, [rendu.poste], subventions)


async def _deposer(
    session: AsyncSession,
    principal: Principal,
    structure: Structure,
    type_: TypeAvenant,
    nb_postes: int,
    poste_id: uuid.UUID | None,
    motif: str,
    request_id: str | None,
    instant: dt.datetime | None,
) -> Avenant:
    avenant = Avenant(
        structure_id=structure.id,
        departement_code=structure.departement_code,
        type=type_,
        statut=StatutAvenant.DEMANDE,
        nb_postes=nb_postes,
        poste_id=poste_id,
        motif=motif,
        date_demande=aujourdhui(instant),
        commentaire_prefet="",
    )
    try:
        await inserer(session, principal, avenant)
    except IntegrityError:  # the unique partial index: another request of the same kind is pending
        raise conflit("Un avenant de ce type est déjà en instruction pour la structure.") from None
    await _journaliser(
        session, principal, avenant, "avenant.demander", None, journal.resumer(avenant, RESUME), request_id
    )
    return avenant


async def _structure_du_jeton(session: AsyncSession, principal: Principal) -> Structure:
    structure = await session.scalar(
        readable(Structure, principal).where(Structure.id == principal.structure_id)
    )
    if structure is None:
        raise interdit("Ce jeton ne désigne aucune structure du hub.")
    if structure.statut is not StatutStructure.VALIDEE:
        raise invalide(
            f"La structure est « {structure.statut.libelle} » : un avenant suppose une convention "
            "(structure validée)."
        )
    return structure


async def _phase(session: AsyncSession, principal: Principal, structure_id: uuid.UUID) -> int:
    """The postes an ajout adds belong to the structure's current phase (its latest postes')."""
    phase = await session.scalar(
        readable(Poste, principal)
        .with_only_columns(func.max(Poste.phase))
        .where(Poste.structure_id == structure_id)
    )
    return int(phase or 1)


async def _creer_poste(
    session: AsyncSession,
    principal: Principal,
    avenant: Avenant,
    phase: int,
    jour: dt.date,
    request_id: str | None,
) -> Poste:
    poste = await inserer(
        session,
        principal,
        Poste(
            structure_id=avenant.structure_id,
            departement_code=avenant.departement_code,
            etat=EtatPoste.VACANT,
            phase=phase,
            date_attribution=jour,
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
        apres=journal.resumer(poste, ("etat", "phase", "date_attribution")) | {"avenant_id": str(avenant.id)},
        request_id=request_id,
    )
    return poste


async def _journaliser(
    session: AsyncSession,
    principal: Principal,
    avenant: Avenant,
    action: str,
    avant: journal.Resume | None,
    apres: journal.Resume,
    request_id: str | None,
) -> None:
    await journal.journaliser(
        session,
        principal,
        action=action,
        entite="avenant",
        entite_id=avenant.id,
        portee=journal.Portee(avenant.departement_code, avenant.structure_id),
        avant=avant,
        apres=apres,
        request_id=request_id,
    )


def _texte(valeur: str, champ: str, *, obligatoire: bool) -> str:
    valeur = valeur.strip()
    if obligatoire and not valeur:
        raise invalide(
            "Le motif est obligatoire."
            if champ == "motif"
            else "Un avis négatif est motivé : le commentaire est obligatoire.",
            champ,
        )
    if len(valeur) > TEXTE_MAX:
        raise invalide(f"Au plus {TEXTE_MAX} caractères.", champ)
    return valeur
