"""Habilitations granted and withdrawn through the API: who may sign in, with which role and territory.

- ANCT grants and withdraws any habilitation of a person (ANCT, préfecture, structure, conseiller,
  aidant);
- a préfecture, the préfecture habilitations of its own agents, one of its départements each;
- a structure invites colleagues: a structure habilitation for itself, bound to its own SIRET (only an
  identity from that employer, as the provider's `siret` claim says, can use it).

The row rules are auth.policy's (and row-level security's); this module checks the same things first
so that a refusal says why in French. A habilitation is one row per (provider, e-mail, role): granting
again updates it (and re-activates a withdrawn one), withdrawing sets `actif` to false and keeps the
row. Both are journaled, without the e-mail (journal summaries never hold personal data). They take
effect at the next re-read of the person's sessions (HUB_SESSION_REREAD_SECONDS, 5 minutes at most)
and at the next token.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Conseiller, Departement, Habilitation, OrganisationAidantsConnect, Structure
from hub.models.enums import Role
from hub.services import journal
from hub.services.ecriture import charger, charger_modifiable, exiger_role, inserer, maintenant, modifier
from hub.services.erreurs import conflit, interdit, invalide
from hub.services.personnes_demo import ISSUER_DEMO
from hub.settings import Environment, Settings

M = TypeVar("M")

# Roles a person can hold; partner tools are OAuth clients (`inclusion-hub client create`).
ROLES_DES_PERSONNES = (Role.ANCT, Role.PREFECTURE, Role.STRUCTURE, Role.CONSEILLER, Role.AIDANT)
# Who calls these mutations at all (each then within its own rule).
GESTIONNAIRES = (Role.ANCT, Role.PREFECTURE, Role.STRUCTURE)

RESUME = (
    "issuer",
    "role",
    "departements",
    "structure_id",
    "conseiller_id",
    "organisation_id",
    "actif",
    "valide_au",
)
_NOMS = {
    "departements": "des départements",
    "structure_id": "une structure",
    "conseiller_id": "une fiche de conseiller",
    "organisation_id": "une organisation Aidants Connect",
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_CODE_DEPARTEMENT = re.compile(r"[0-9][0-9AB][0-9]?")


def fournisseurs_d_identite(settings: Settings) -> tuple[str, ...]:
    """The providers whose identities a habilitation may name: ProConnect when configured, and the
    demo's own sign-in outside production. The first is the default."""
    fournisseurs: list[str] = []
    if settings.oidc_enabled:
        fournisseurs.append(settings.oidc_issuer.rstrip("/"))
    if settings.env is not Environment.PROD:
        fournisseurs.append(ISSUER_DEMO)
    return tuple(fournisseurs)


@dataclass(frozen=True, slots=True)
class DemandeHabilitation:
    """What a caller asks to grant, as sent (validated by `accorder_habilitation`)."""

    email: str
    role: Role
    departements: Sequence[str] = ()
    structure_id: uuid.UUID | None = None
    conseiller_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    valide_au: dt.datetime | None = None
    issuer: str | None = None


async def accorder_habilitation(
    session: AsyncSession,
    principal: Principal,
    demande: DemandeHabilitation,
    *,
    fournisseurs: Sequence[str],
    request_id: str | None,
) -> Habilitation:
    """Grant (or update and re-activate) the habilitation `demande` describes; journaled."""
    exiger_role(principal, *GESTIONNAIRES)
    email = _email(demande.email)
    issuer = _issuer(demande.issuer, fournisseurs)
    if demande.valide_au is not None and demande.valide_au <= maintenant():
        raise invalide("La date de fin de validité doit être dans le futur.", "valide_au")
    _dans_la_delegation(principal, demande)
    valeurs = await _portee_du_role(session, principal, demande)
    valeurs.update(actif=True, valide_au=demande.valide_au)

    existante = (
        await session.execute(
            readable(Habilitation, principal)
            .where(
                Habilitation.issuer == issuer,
                func.lower(Habilitation.email) == email,
                Habilitation.role == demande.role,
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
    if existante is None:
        habilitation = Habilitation(issuer=issuer, email=email, role=demande.role, **valeurs)
        avant = None
        try:
            await inserer(session, principal, habilitation)
        except IntegrityError:
            # The same person and role exist outside the caller's scope (another département…).
            raise conflit(
                "Cette personne a déjà une habilitation de ce rôle, gérée ailleurs : adressez-vous à l'ANCT.",
                "email",
            ) from None
    else:
        habilitation = await charger_modifiable(
            session, principal, Habilitation, existante.id, champ="email", quoi="Habilitation"
        )
        avant = journal.resumer(habilitation, RESUME)
        await modifier(session, principal, habilitation, **valeurs)
    await _journaliser(session, principal, "habilitation.accorder", habilitation, avant, request_id)
    return habilitation


async def retirer_habilitation(
    session: AsyncSession, principal: Principal, ident: uuid.UUID, *, request_id: str | None
) -> Habilitation:
    """Withdraw a habilitation (kept, `actif` false); withdrawing a withdrawn one changes nothing."""
    exiger_role(principal, *GESTIONNAIRES)
    habilitation = await charger_modifiable(
        session, principal, Habilitation, ident, champ="habilitation_id", quoi="Habilitation", verrou=True
    )
    if habilitation.role is principal.role and habilitation.email.lower() == principal.subject.lower():
        raise invalide(
            "Vous ne pouvez pas retirer votre propre habilitation : demandez-le à un collègue ou à l'ANCT.",
            "habilitation_id",
        )
    if not habilitation.actif:
        return habilitation
    avant = journal.resumer(habilitation, RESUME)
    await modifier(session, principal, habilitation, actif=False)
    await _journaliser(session, principal, "habilitation.retirer", habilitation, avant, request_id)
    return habilitation


def _email(valeur: str) -> str:
    email = valeur.strip().lower()
    if len(email) > 200 or not _EMAIL.fullmatch(email):
        raise invalide("Adresse électronique invalide (ex. prenom.nom@interieur.gouv.fr).", "email")
    return email


def _issuer(valeur: str | None, fournisseurs: Sequence[str]) -> str:
    if not fournisseurs:
        raise invalide(
            "Aucun fournisseur d'identité n'est configuré (HUB_OIDC_ISSUER) : "
            "personne ne pourrait se connecter avec cette habilitation.",
            "issuer",
        )
    if valeur is None:
        return fournisseurs[0]
    issuer = valeur.strip().rstrip("/")
    if issuer not in fournisseurs:
        raise invalide(f"Fournisseur d'identité inconnu ; acceptés : {', '.join(fournisseurs)}.", "issuer")
    return issuer


def _dans_la_delegation(principal: Principal, demande: DemandeHabilitation) -> None:
    """A préfecture grants only its agents, a structure only its colleagues (FORBIDDEN otherwise)."""
    if demande.role not in ROLES_DES_PERSONNES:
        raise invalide(
            "Ce rôle ne s'accorde pas à une personne : un outil partenaire est un client OAuth.", "role"
        )
    match principal.role:
        case Role.PREFECTURE:
            if demande.role is not Role.PREFECTURE:
                raise interdit("Une préfecture n'accorde que des habilitations d'agents de préfecture.")
            if len(demande.departements) != 1 or demande.departements[0] not in principal.departements:
                siens = ", ".join(sorted(principal.departements))
                raise interdit(f"Une préfecture habilite ses agents pour un de ses départements ({siens}).")
        case Role.STRUCTURE:
            if demande.role is not Role.STRUCTURE:
                raise interdit("Une structure n'invite que des collègues, avec le rôle structure.")
            if demande.structure_id not in (None, principal.structure_id):
                raise interdit("Une structure n'invite des collègues que pour elle-même.")


async def _portee_du_role(
    session: AsyncSession, principal: Principal, demande: DemandeHabilitation
) -> dict[str, object]:
    """The territory columns of the habilitation, checked against the role (one scope per role)."""
    valeurs: dict[str, object] = {
        "departements": [],
        "structure_id": None,
        "conseiller_id": None,
        "organisation_id": None,
        "siret": None,
    }
    autres = {
        "departements": bool(demande.departements),
        "structure_id": demande.structure_id is not None,
        "conseiller_id": demande.conseiller_id is not None,
        "organisation_id": demande.organisation_id is not None,
    }
    attendu = {
        Role.ANCT: None,
        Role.PREFECTURE: "departements",
        Role.STRUCTURE: "structure_id",
        Role.CONSEILLER: "conseiller_id",
        Role.AIDANT: "organisation_id",
    }[demande.role]
    for champ, donne in autres.items():
        if donne and champ != attendu:
            raise invalide(
                f"Le rôle {demande.role.libelle.lower()} ne se rattache pas à {_NOMS[champ]}.", champ
            )
    match demande.role:
        case Role.PREFECTURE:
            valeurs["departements"] = await _departements(session, demande.departements)
        case Role.STRUCTURE:
            structure_id = demande.structure_id or principal.structure_id
            if structure_id is None:
                raise invalide("Une habilitation de structure nomme sa structure.", "structure_id")
            structure = await charger(
                session, principal, Structure, structure_id, champ="structure_id", quoi="Structure"
            )
            # Bound to the employer's SIRET: a colleague signs in from that same organisation.
            valeurs.update(structure_id=structure.id, siret=structure.siret)
        case Role.CONSEILLER:
            conseiller = await _requis(session, principal, Conseiller, demande.conseiller_id, "conseiller_id")
            valeurs["conseiller_id"] = conseiller.id
        case Role.AIDANT:
            organisation = await _requis(
                session, principal, OrganisationAidantsConnect, demande.organisation_id, "organisation_id"
            )
            valeurs["organisation_id"] = organisation.id
    return valeurs


async def _departements(session: AsyncSession, codes: Sequence[str]) -> list[str]:
    demandes = sorted({code.strip().upper() for code in codes})
    if not demandes:
        raise invalide("Une habilitation de préfecture nomme au moins un département.", "departements")
    if any(not _CODE_DEPARTEMENT.fullmatch(code) for code in demandes):
        raise invalide("Code de département invalide (ex. 57, 2A, 974).", "departements")
    connus = set(
        (await session.execute(select(Departement.code).where(Departement.code.in_(demandes)))).scalars()
    )
    inconnus = [code for code in demandes if code not in connus]
    if inconnus:
        raise invalide(f"Département inconnu : {', '.join(inconnus)}.", "departements")
    return demandes


async def _requis(
    session: AsyncSession, principal: Principal, modele: type[M], ident: uuid.UUID | None, champ: str
) -> M:
    if ident is None:
        raise invalide(f"Ce rôle se rattache à {_NOMS[champ]} : indiquez-la.", champ)
    return await charger(session, principal, modele, ident, champ=champ, quoi=modele.__name__)


async def _journaliser(
    session: AsyncSession,
    principal: Principal,
    action: str,
    habilitation: Habilitation,
    avant: journal.Resume | None,
    request_id: str | None,
) -> None:
    await journal.journaliser(
        session,
        principal,
        action=action,
        entite="habilitation",
        entite_id=habilitation.id,
        portee=await _portee_du_journal(session, habilitation),
        avant=avant,
        apres=journal.resumer(habilitation, RESUME),
        request_id=request_id,
    )


async def _portee_du_journal(session: AsyncSession, habilitation: Habilitation) -> journal.Portee:
    """Who reads the journal line: the préfecture of a one-département agent, the structure of a
    colleague; ANCT alone otherwise."""
    if habilitation.role is Role.PREFECTURE and len(habilitation.departements) == 1:
        return journal.Portee(departement_code=habilitation.departements[0])
    if habilitation.role is Role.STRUCTURE and habilitation.structure_id is not None:
        departement = await session.scalar(
            select(Structure.departement_code).where(Structure.id == habilitation.structure_id)
        )
        return journal.Portee(departement_code=departement, structure_id=habilitation.structure_id)
    return journal.Portee()
