"""ANCT manages the budget lines: creates an enveloppe, adjusts its montant, sets a département's plafond.

Invariants held under concurrent writes: Σ subventions of an enveloppe ≤ its montant and Σ subventions
of a département within an enveloppe ≤ its plafond. Every write here, like `conventionner`, first locks
the enveloppe row (SELECT … FOR UPDATE): a conventionnement and a reduction of the same enveloppe or
of one of its plafonds run one after the other, and the second reads the sum the first committed
(READ COMMITTED takes a fresh snapshot per statement). So a montant is never set below what is
already engaged, and a conventionnement never passes a limit lowered under it. SQLite serialises
writers on its own.

Writes are idempotent: the same value again changes nothing and journals nothing.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Departement, Enveloppe, PlafondDepartemental, Subvention
from hub.models.enums import ObjetEnveloppe, Role
from hub.services import journal
from hub.services.ecriture import charger, exiger_role, inserer, modifier
from hub.services.erreurs import conflit, introuvable, invalide

CODE = re.compile(r"[a-z0-9_]{1,50}")
LIBELLE_MAX = 300
_RESUME = ("code", "libelle", "objet", "montant_centimes")


async def creer_enveloppe(
    session: AsyncSession,
    principal: Principal,
    *,
    code: str,
    libelle: str,
    objet: ObjetEnveloppe,
    montant_centimes: int,
    request_id: str | None = None,
) -> Enveloppe:
    """A new budget line; the same code with the same values again returns it unchanged."""
    exiger_role(principal, Role.ANCT)
    code, libelle = code.strip(), libelle.strip()
    if not CODE.fullmatch(code):
        raise invalide("Le code : 1 à 50 caractères parmi a-z, 0-9 et « _ ».", "code")
    if not 1 <= len(libelle) <= LIBELLE_MAX:
        raise invalide(f"Le libellé est obligatoire ({LIBELLE_MAX} caractères au plus).", "libelle")
    if montant_centimes <= 0:
        raise invalide("Le montant est positif.", "montant")
    existante = await session.scalar(readable(Enveloppe, principal).where(Enveloppe.code == code))
    if existante is not None:
        if (existante.libelle, existante.objet, existante.montant_centimes) == (
            libelle,
            objet,
            montant_centimes,
        ):
            return existante  # a retried request: already so
        raise invalide(f"L'enveloppe « {code} » existe déjà : ajustez-la plutôt.", "code")
    enveloppe = Enveloppe(code=code, libelle=libelle, objet=objet, montant_centimes=montant_centimes)
    try:
        await inserer(session, principal, enveloppe)
    except IntegrityError:  # the same code, created at the same time
        raise conflit(f"L'enveloppe « {code} » vient d'être créée.", "code") from None
    await journal.journaliser(
        session,
        principal,
        action="enveloppe.creer",
        entite="enveloppe",
        entite_id=enveloppe.id,
        portee=journal.Portee(),
        avant=None,
        apres=journal.resumer(enveloppe, _RESUME),
        request_id=request_id,
    )
    return enveloppe


async def ajuster_enveloppe(
    session: AsyncSession,
    principal: Principal,
    enveloppe_id: uuid.UUID,
    *,
    montant_centimes: int,
    request_id: str | None = None,
) -> Enveloppe:
    """Raise or lower an enveloppe's montant, never below the subventions it already funds."""
    exiger_role(principal, Role.ANCT)
    if montant_centimes <= 0:
        raise invalide("Le montant est positif.", "montant")
    enveloppe = await _enveloppe(session, principal, enveloppe_id)
    if enveloppe.montant_centimes == montant_centimes:
        return enveloppe
    engage = await engage_centimes(session, principal, Subvention.enveloppe_id == enveloppe.id)
    if montant_centimes < engage:
        raise invalide(
            f"L'enveloppe « {enveloppe.code} » finance déjà {euros(engage)} de subventions : "
            "son montant ne descend pas en dessous.",
            "montant",
        )
    avant = journal.resumer(enveloppe, ("montant_centimes",))
    await modifier(session, principal, enveloppe, montant_centimes=montant_centimes)
    await journal.journaliser(
        session,
        principal,
        action="enveloppe.ajuster",
        entite="enveloppe",
        entite_id=enveloppe.id,
        portee=journal.Portee(),
        avant=avant,
        apres=journal.resumer(enveloppe, ("montant_centimes",)) | {"engage_centimes": engage},
        request_id=request_id,
    )
    return enveloppe


async def fixer_plafond(
    session: AsyncSession,
    principal: Principal,
    enveloppe_id: uuid.UUID,
    departement_code: str,
    *,
    montant_centimes: int,
    request_id: str | None = None,
) -> tuple[Enveloppe, PlafondDepartemental]:
    """Create or adjust the plafond of a département within an enveloppe (0 allowed: nothing more
    may be engaged there), never below what the département already engages on that enveloppe."""
    exiger_role(principal, Role.ANCT)
    if montant_centimes < 0:
        raise invalide("Le plafond est positif ou nul.", "montant")
    enveloppe = await _enveloppe(session, principal, enveloppe_id)
    connu = await session.scalar(
        select(readable(Departement, principal).where(Departement.code == departement_code).exists())
    )
    if not connu:
        raise introuvable("departement", "Département")
    plafond = await session.scalar(
        readable(PlafondDepartemental, principal)
        .where(
            PlafondDepartemental.enveloppe_id == enveloppe.id,
            PlafondDepartemental.departement_code == departement_code,
        )
        .with_for_update()
    )
    if plafond is not None and plafond.montant_centimes == montant_centimes:
        return enveloppe, plafond
    engage = await engage_centimes(
        session,
        principal,
        (Subvention.enveloppe_id == enveloppe.id) & (Subvention.departement_code == departement_code),
    )
    if montant_centimes < engage:
        raise invalide(
            f"Le département {departement_code} engage déjà {euros(engage)} sur l'enveloppe "
            f"« {enveloppe.code} » : son plafond ne descend pas en dessous.",
            "montant",
        )
    avant = None if plafond is None else journal.resumer(plafond, ("montant_centimes",))
    if plafond is None:
        plafond = PlafondDepartemental(
            enveloppe_id=enveloppe.id, departement_code=departement_code, montant_centimes=montant_centimes
        )
        await inserer(session, principal, plafond)
    else:
        await modifier(session, principal, plafond, montant_centimes=montant_centimes)
    await journal.journaliser(
        session,
        principal,
        action="plafond_departemental.fixer",
        entite="plafond_departemental",
        entite_id=plafond.id,
        portee=journal.Portee(departement_code),
        avant=avant,
        apres=journal.resumer(plafond, ("enveloppe_id", "departement_code", "montant_centimes"))
        | {"engage_centimes": engage},
        request_id=request_id,
    )
    return enveloppe, plafond


async def _enveloppe(session: AsyncSession, principal: Principal, enveloppe_id: uuid.UUID) -> Enveloppe:
    # Locked first, as `conventionner` does: the one lock every write on this budget line takes.
    return await charger(
        session, principal, Enveloppe, enveloppe_id, champ="enveloppe_id", quoi="Enveloppe", verrou=True
    )


async def engage_centimes(session: AsyncSession, principal: Principal, condition: ColumnElement[bool]) -> int:
    """Σ montants of the subventions matching `condition`: what a line or a plafond already engages."""
    total = await session.scalar(
        readable(Subvention, principal)
        .with_only_columns(func.coalesce(func.sum(Subvention.montant_centimes), 0))
        .where(condition)
    )
    return int(total or 0)


def euros(centimes: int) -> str:
    """An amount for a French sentence: 1 250 000,00 €."""
    return f"{centimes / 100:,.2f} €".replace(",", " ").replace(".", ",")
