"""Aidants Connect management: organisations (ANCT), their aidants (ANCT or the organisation's manager).

- `creer_organisation` (ANCT): SIRET checked, démarches it is habilitated for, in a département.
- `creer_aidant` (ANCT, or the responsable for its own organisation): created *not habilitated*: it
  creates no mandat until `habiliter_aidant`. Only ANCT names a responsable (`responsable=True`).
- `habiliter_aidant` / `desactiver_aidant` (same): may create mandats, or not any more (dated).
- `desactiver_organisation` (ANCT): dated; its aidants create no more mandats (hub.services.
  aidants_connect checks it) and its responsable manages nothing; its mandats stay revocable.
- `retirer_responsable` (ANCT only): the aidant stays an aidant of its organisation (its habilitation
  unchanged) but manages nothing any more, from its next request on (the write rule reads the flag).
A person becomes responsable when ANCT creates its aidant row with `responsable` (its Aidants
Connect sign-in then carries the aidant role of the organisation, its email as subject). A
responsable's row is ANCT's (auth.policy_ecriture): a responsable withdraws no flag, neither another
responsable's nor its own, so an organisation loses its last responsable only by ANCT's decision
(ANCT then manages its aidants itself until it names another one).
Usagers are never touched here: their identity is still never stored. Every write is journaled and
idempotent (the same call again changes nothing).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from stdnum.fr import siret as numero_siret

from auth.policy import readable
from auth.policy_ecriture import responsable_de_son_organisation
from auth.principal import Principal
from hub.models import Aidant, Departement, OrganisationAidantsConnect, Structure
from hub.models.enums import Demarche, Role
from hub.services import journal
from hub.services.ecriture import charger, charger_modifiable, exiger_role, inserer, maintenant, modifier
from hub.services.erreurs import conflit, interdit, introuvable, invalide

NOM_MAX = 300
PERSONNE_MAX = 100
_EMAIL = re.compile(r"[^@\s]{1,100}@[^@\s]+\.[^@\s.]+")
_ORGANISATION = ("siret", "nom", "departement_code", "demarches_autorisees", "structure_id")
_AIDANT = ("organisation_id", "responsable", "peut_creer_mandats", "date_desactivation")
_SIRET_PRIS = "Une organisation Aidants Connect de SIRET {siret} existe déjà."


async def creer_organisation(
    session: AsyncSession,
    principal: Principal,
    *,
    siret: str,
    nom: str,
    departement_code: str,
    demarches: Sequence[Demarche],
    structure_id: uuid.UUID | None = None,
    request_id: str | None = None,
) -> OrganisationAidantsConnect:
    exiger_role(principal, Role.ANCT)
    siret, nom = re.sub(r"[\s.]", "", siret), nom.strip()
    if not numero_siret.is_valid(siret):
        raise invalide("SIRET invalide : 14 chiffres dont la clé de contrôle.", "siret")
    if not 1 <= len(nom) <= NOM_MAX:
        raise invalide(f"Le nom est obligatoire ({NOM_MAX} caractères au plus).", "nom")
    if not demarches or len(set(demarches)) != len(demarches):
        raise invalide("Au moins une démarche, chacune une fois.", "demarches")
    departement = await session.scalar(
        readable(Departement, principal).where(Departement.code == departement_code)
    )
    if departement is None:
        raise introuvable("departement", "Département")
    if structure_id is not None:
        await charger(session, principal, Structure, structure_id, champ="structure_id", quoi="Structure")
    valeurs = sorted(d.value for d in demarches)
    existante = await session.scalar(
        readable(OrganisationAidantsConnect, principal).where(OrganisationAidantsConnect.siret == siret)
    )
    if existante is not None:
        if (existante.nom, existante.departement_code, sorted(existante.demarches_autorisees)) == (
            nom,
            departement_code,
            valeurs,
        ) and existante.structure_id == structure_id:
            return existante  # a retried request
        raise invalide(_SIRET_PRIS.format(siret=siret), "siret")
    organisation = OrganisationAidantsConnect(
        siret=siret,
        nom=nom,
        departement_code=departement_code,
        demarches_autorisees=valeurs,
        structure_id=structure_id,
    )
    try:
        await inserer(session, principal, organisation)
    except IntegrityError:
        # Another request created it since the check above (the unique index on the SIRET of the
        # organisations the hub creates, migration 0028): CONFLICT, and this transaction writes nothing.
        raise conflit(_SIRET_PRIS.format(siret=siret), "siret") from None
    await _journaliser(
        session, principal, "organisation_aidants_connect.creer", organisation, None, request_id
    )
    return organisation


async def desactiver_organisation(
    session: AsyncSession,
    principal: Principal,
    organisation_id: uuid.UUID,
    *,
    request_id: str | None = None,
) -> OrganisationAidantsConnect:
    exiger_role(principal, Role.ANCT)
    organisation = await charger_modifiable(
        session,
        principal,
        OrganisationAidantsConnect,
        organisation_id,
        champ="organisation_id",
        quoi="Organisation Aidants Connect",
        verrou=True,
    )
    if organisation.date_desactivation is not None:
        return organisation
    avant = journal.resumer(organisation, ("date_desactivation",))
    await modifier(session, principal, organisation, date_desactivation=maintenant())
    await _journaliser(
        session, principal, "organisation_aidants_connect.desactiver", organisation, avant, request_id
    )
    return organisation


async def creer_aidant(
    session: AsyncSession,
    principal: Principal,
    organisation_id: uuid.UUID,
    *,
    nom: str,
    prenom: str,
    email: str,
    responsable: bool = False,
    request_id: str | None = None,
) -> Aidant:
    exiger_role(principal, Role.ANCT, Role.AIDANT)
    nom, prenom, email = nom.strip(), prenom.strip(), email.strip().lower()
    for champ, valeur in (("nom", nom), ("prenom", prenom)):
        if not 1 <= len(valeur) <= PERSONNE_MAX:
            raise invalide(f"Champ obligatoire ({PERSONNE_MAX} caractères au plus).", champ)
    if not _EMAIL.fullmatch(email) or len(email) > 200:
        raise invalide("Adresse email invalide.", "email")
    if responsable and principal.role is not Role.ANCT:
        raise interdit("Seule l'ANCT désigne le responsable d'une organisation.")
    organisation = await _organisation_gerable(session, principal, organisation_id)
    existant = await session.scalar(readable(Aidant, principal).where(func.lower(Aidant.email) == email))
    if existant is not None:
        if (existant.organisation_id, existant.nom, existant.prenom, existant.responsable) == (
            organisation.id,
            nom,
            prenom,
            responsable,
        ):
            return existant  # a retried request
        raise invalide("Cet email est déjà celui d'un aidant.", "email")
    aidant = Aidant(
        organisation_id=organisation.id,
        departement_code=organisation.departement_code,
        nom=nom,
        prenom=prenom,
        email=email,
        responsable=responsable,
        peut_creer_mandats=False,  # habilitated afterwards (habiliterAidant)
    )
    try:
        await inserer(session, principal, aidant)
    except IntegrityError:  # the email of an aidant the caller does not read (another organisation)
        raise conflit("Cet email est déjà celui d'un aidant.", "email") from None
    await _journaliser(session, principal, "aidant.creer", aidant, None, request_id)
    return aidant


async def habiliter_aidant(
    session: AsyncSession, principal: Principal, aidant_id: uuid.UUID, *, request_id: str | None = None
) -> Aidant:
    """The aidant may create mandats (again, after a deactivation)."""
    return await _changer_habilitation(session, principal, aidant_id, habilite=True, request_id=request_id)


async def desactiver_aidant(
    session: AsyncSession, principal: Principal, aidant_id: uuid.UUID, *, request_id: str | None = None
) -> Aidant:
    """The aidant creates no more mandats (its mandats in force stay, and stay revocable)."""
    return await _changer_habilitation(session, principal, aidant_id, habilite=False, request_id=request_id)


async def _changer_habilitation(
    session: AsyncSession,
    principal: Principal,
    aidant_id: uuid.UUID,
    *,
    habilite: bool,
    request_id: str | None,
) -> Aidant:
    exiger_role(principal, Role.ANCT, Role.AIDANT)
    aidant = await charger(session, principal, Aidant, aidant_id, champ="aidant_id", quoi="Aidant")
    await _organisation_gerable(session, principal, aidant.organisation_id, active=habilite)
    if principal.role is Role.AIDANT and aidant.responsable:
        # Said before the lock: on PostgreSQL FOR UPDATE would hide the row (its update policy).
        raise interdit("Un responsable d'organisation (vous compris) est géré par l'ANCT.")
    aidant = await charger_modifiable(
        session, principal, Aidant, aidant_id, champ="aidant_id", quoi="Aidant", verrou=True
    )
    desactive = aidant.date_desactivation is not None
    if aidant.peut_creer_mandats is habilite and desactive is not habilite:
        return aidant  # already so
    avant = journal.resumer(aidant, _AIDANT)
    await modifier(
        session,
        principal,
        aidant,
        peut_creer_mandats=habilite,
        date_desactivation=None if habilite else maintenant(),
    )
    action = "aidant.habiliter" if habilite else "aidant.desactiver"
    await _journaliser(session, principal, action, aidant, avant, request_id)
    return aidant


async def retirer_responsable(
    session: AsyncSession, principal: Principal, aidant_id: uuid.UUID, *, request_id: str | None = None
) -> Aidant:
    """The aidant is no longer its organisation's responsable (ANCT; the same call again changes nothing)."""
    exiger_role(principal, Role.ANCT, Role.AIDANT)
    # Read first: an aidant the caller does not read is NOT_FOUND, like one that does not exist.
    await charger(session, principal, Aidant, aidant_id, champ="aidant_id", quoi="Aidant")
    if principal.role is not Role.ANCT:
        # Said before the lock: on PostgreSQL FOR UPDATE would hide the row (its update policy).
        raise interdit(
            "Seule l'ANCT retire le rôle de responsable : un responsable d'organisation (vous compris) "
            "est géré par l'ANCT."
        )
    aidant = await charger_modifiable(
        session, principal, Aidant, aidant_id, champ="aidant_id", quoi="Aidant", verrou=True
    )
    if not aidant.responsable:
        return aidant  # already so
    avant = journal.resumer(aidant, _AIDANT)
    await modifier(session, principal, aidant, responsable=False)
    await _journaliser(session, principal, "aidant.retirer_responsable", aidant, avant, request_id)
    return aidant


async def _organisation_gerable(
    session: AsyncSession, principal: Principal, organisation_id: uuid.UUID, *, active: bool = True
) -> OrganisationAidantsConnect:
    """The organisation, readable, active (unless deactivating), and managed by the caller: ANCT,
    or an aidant who is its responsable (a plain aidant is told so, before anything is written)."""
    organisation = await charger(
        session,
        principal,
        OrganisationAidantsConnect,
        organisation_id,
        champ="organisation_id",
        quoi="Organisation Aidants Connect",
    )
    if principal.role is Role.AIDANT and not await session.scalar(
        select(responsable_de_son_organisation(principal))
    ):
        raise interdit("Seul le responsable de l'organisation gère ses aidants.")
    if active and organisation.date_desactivation is not None:
        raise invalide(
            f"L'organisation est désactivée depuis le {organisation.date_desactivation.date().isoformat()}.",
            "organisation_id",
        )
    return organisation


async def _journaliser(
    session: AsyncSession,
    principal: Principal,
    action: str,
    ligne: Aidant | OrganisationAidantsConnect,
    avant: journal.Resume | None,
    request_id: str | None,
) -> None:
    # The aidant's nom, prénom and email are personal data: the journal keeps ids and flags only.
    if isinstance(ligne, Aidant):
        entite, organisation_id, apres = "aidant", ligne.organisation_id, journal.resumer(ligne, _AIDANT)
    else:
        champs = (*_ORGANISATION, "date_desactivation")
        entite, organisation_id, apres = (
            "organisation_aidants_connect",
            ligne.id,
            journal.resumer(ligne, champs),
        )
    await journal.journaliser(
        session,
        principal,
        action=action,
        entite=entite,
        entite_id=ligne.id,
        portee=journal.Portee(ligne.departement_code, organisation_id=organisation_id),
        avant=avant,
        apres=apres,
        request_id=request_id,
    )
