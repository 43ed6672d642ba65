"""The territory of a habilitation: the columns its role scopes it by, checked against that role.

One scope per role: a préfecture's départements, a structure (bound to its SIRET), a conseiller's or a
coordinateur's fiche (a coordinateur's holds a coordination poste), an Aidants Connect organisation, a
hub territorial (which covers at least one région, or the sign-in would grant nothing) and a grand
réseau. The hub and the réseau are named by their unique name, as the API shows them
(`Structure.reseau`). Every row named is read through the caller's read rule (auth.policy).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import (
    Conseiller,
    Departement,
    HubTerritorial,
    HubTerritorialRegion,
    OrganisationAidantsConnect,
    Reseau,
    Structure,
)
from hub.models.enums import Role
from hub.services.ecriture import charger
from hub.services.erreurs import CodeErreur, EcritureRefuseeError, invalide

M = TypeVar("M")
N = TypeVar("N", HubTerritorial, Reseau)  # the rows a habilitation names by their unique name

_NOMS = {
    "departements": "des départements",
    "structure_id": "une structure",
    "conseiller_id": "une fiche de conseiller",
    "organisation_id": "une organisation Aidants Connect",
    "hub_territorial": "un hub territorial",
    "reseau": "un grand réseau",
}
_CODE_DEPARTEMENT = re.compile(r"[0-9][0-9AB][0-9]?")


@dataclass(frozen=True, slots=True)
class DemandeHabilitation:
    """What a caller asks to grant, as sent (validated by `accorder_habilitation`)."""

    email: str
    role: Role
    departements: Sequence[str] = ()
    structure_id: uuid.UUID | None = None
    conseiller_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    hub_territorial: str | None = None  # the hub's name (unique), for a hub territorial
    reseau: str | None = None  # the réseau's name (unique, as `Structure.reseau`), for a grand réseau
    valide_au: dt.datetime | None = None
    issuer: str | None = None


async def portee_du_role(
    session: AsyncSession, principal: Principal, demande: DemandeHabilitation
) -> dict[str, object]:
    """The territory columns of the habilitation, checked against the role (one scope per role)."""
    valeurs: dict[str, object] = {
        "departements": [],
        "structure_id": None,
        "conseiller_id": None,
        "organisation_id": None,
        "hub_territorial_id": None,
        "reseau_id": None,
        "siret": None,
    }
    autres = {
        "departements": bool(demande.departements),
        "structure_id": demande.structure_id is not None,
        "conseiller_id": demande.conseiller_id is not None,
        "organisation_id": demande.organisation_id is not None,
        "hub_territorial": demande.hub_territorial is not None,
        "reseau": demande.reseau is not None,
    }
    attendu = {
        Role.ANCT: None,
        Role.PREFECTURE: "departements",
        Role.STRUCTURE: "structure_id",
        Role.CONSEILLER: "conseiller_id",
        Role.AIDANT: "organisation_id",
        Role.COORDINATEUR: "conseiller_id",
        Role.HUB_TERRITORIAL: "hub_territorial",
        Role.GRAND_RESEAU: "reseau",
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
        case Role.COORDINATEUR:
            coordinateur = await _requis(
                session, principal, Conseiller, demande.conseiller_id, "conseiller_id"
            )
            if not coordinateur.est_coordinateur:
                # The role reads the conseillers it coordinates: only a coordination poste has any.
                raise invalide(
                    "Ce conseiller n'occupe pas un poste de coordination : il ne peut pas être habilité "
                    "coordinateur.",
                    "conseiller_id",
                )
            valeurs["conseiller_id"] = coordinateur.id
        case Role.HUB_TERRITORIAL:
            valeurs["hub_territorial_id"] = await _hub_territorial(
                session, principal, demande.hub_territorial
            )
        case Role.GRAND_RESEAU:
            reseau = await _par_nom(session, principal, Reseau, demande.reseau, "reseau", "grand réseau")
            valeurs["reseau_id"] = reseau.id
    return valeurs


async def _hub_territorial(session: AsyncSession, principal: Principal, nom: str | None) -> uuid.UUID:
    hub = await _par_nom(session, principal, HubTerritorial, nom, "hub_territorial", "hub territorial")
    regions = await session.scalar(
        readable(HubTerritorialRegion, principal)
        .where(HubTerritorialRegion.hub_territorial_id == hub.id)
        .with_only_columns(func.count())
    )
    if not regions:
        # The sign-in would refuse a hub territorial without région (auth.claims): nothing to grant.
        raise invalide(
            "Ce hub territorial ne couvre encore aucune région : l'ANCT doit d'abord lui en rattacher une.",
            "hub_territorial",
        )
    return hub.id


async def _par_nom(
    session: AsyncSession,
    principal: Principal,
    modele: type[N],
    nom: str | None,
    champ: str,
    quoi: str,
) -> N:
    """The row of that unique name (spaces around ignored, case too for ASCII letters)."""
    valeur = (nom or "").strip()
    if not valeur:
        raise invalide(f"Ce rôle se rattache à {_NOMS[champ]} : indiquez son nom.", champ)
    row = (
        await session.execute(readable(modele, principal).where(func.lower(modele.nom) == valeur.lower()))
    ).scalar_one_or_none()
    if row is None:
        raise EcritureRefuseeError(CodeErreur.NOT_FOUND, f"Aucun {quoi} ne s'appelle « {valeur} ».", champ)
    return row


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
