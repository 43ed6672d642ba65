"""Habilitations granted and withdrawn through the API: who may sign in, with which role and territory.

- ANCT grants and withdraws any habilitation of a person (ANCT, préfecture, structure, conseiller,
  aidant, and the roles of issue 21: a coordinateur names its conseiller, who holds a coordination
  poste; a hub territorial names its hub, which must cover at least one région; a grand réseau names
  its réseau; the hub and the réseau are named as the API shows them, by their unique name);
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

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Habilitation, Structure
from hub.models.enums import Role
from hub.services import journal
from hub.services.ecriture import charger_modifiable, exiger_role, inserer, maintenant, modifier
from hub.services.erreurs import conflit, interdit, invalide
from hub.services.habilitations_portee import DemandeHabilitation, portee_du_role
from hub.services.personnes_demo import ISSUER_DEMO
from hub.settings import Environment, Settings

# Roles a person can hold; partner tools are OAuth clients (`inclusion-hub client create`).
ROLES_DES_PERSONNES = (
    Role.ANCT,
    Role.PREFECTURE,
    Role.STRUCTURE,
    Role.CONSEILLER,
    Role.AIDANT,
    Role.COORDINATEUR,
    Role.HUB_TERRITORIAL,
    Role.GRAND_RESEAU,
)
# Who calls these mutations at all (each then within its own rule).
GESTIONNAIRES = (Role.ANCT, Role.PREFECTURE, Role.STRUCTURE)

RESUME = (
    "issuer",
    "role",
    "departements",
    "structure_id",
    "conseiller_id",
    "organisation_id",
    "hub_territorial_id",
    "reseau_id",
    "actif",
    "valide_au",
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def fournisseurs_d_identite(settings: Settings) -> tuple[str, ...]:
    """The providers whose identities a habilitation may name: ProConnect when configured, and the
    demo's own sign-in outside production. The first is the default."""
    fournisseurs: list[str] = []
    if settings.oidc_enabled:
        fournisseurs.append(settings.oidc_issuer.rstrip("/"))
    if settings.env is not Environment.PROD:
        fournisseurs.append(ISSUER_DEMO)
    return tuple(fournisseurs)


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
    valeurs = await portee_du_role(session, principal, demande)
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
