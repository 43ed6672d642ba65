"""ANCT's funding writes: the convention of a poste (its subvention) and the versements of its tranches.

Invariants, each checked under a row lock so that concurrent calls cannot both pass the check:
- Σ subventions of an enveloppe ≤ its montant, and Σ subventions of a département within an enveloppe
  ≤ its plafond (when one is set): the enveloppe row (and the plafond row) is locked FOR UPDATE;
- Σ versements of a subvention ≤ its montant, tranches numbered 1, 2, 3 in order: the subvention row
  is locked FOR UPDATE.
On PostgreSQL the lock makes the second transaction wait for the first to commit, then read the new
sum (READ COMMITTED reads a fresh snapshot per statement). SQLite has one writer at a time and no row
locks; the hub refuses SQLite in prod, and the unique (subvention, numéro) constraint still stops a
duplicate tranche there.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable
from auth.principal import Principal
from hub.models import Enveloppe, PlafondDepartemental, Poste, Subvention, Versement
from hub.models.enums import EtatPoste, ObjetEnveloppe, Role
from hub.models.subvention import DUREE_MAX_CONVENTION_MOIS, MONTANT_PAR_POSTE_CENTIMES
from hub.referentiel.territoires import zone
from hub.services import journal
from hub.services.ecriture import aujourdhui, charger, exiger_role, inserer
from hub.services.enveloppes import engage_centimes, euros
from hub.services.erreurs import conflit, invalide

TRANCHES = 3


async def conventionner(
    session: AsyncSession,
    principal: Principal,
    poste_id: uuid.UUID,
    *,
    enveloppe_id: uuid.UUID,
    date_debut_convention: dt.date,
    date_fin_convention: dt.date,
    montant_centimes: int = MONTANT_PAR_POSTE_CENTIMES,
    majorations: Mapping[str, int] | None = None,
    request_id: str | None = None,
) -> Subvention:
    """`montant_centimes` is the base amount; overseas, the majoration of the poste's zone
    (`majorations`: % by zone, from the settings) is added to it and stored with the subvention, so
    that the enveloppe and plafond checks and the three tranches all use the majorated amount."""
    exiger_role(principal, Role.ANCT)
    if montant_centimes <= 0:
        raise invalide("Le montant est positif.", "montant")
    if date_fin_convention <= date_debut_convention:
        raise invalide("La convention finit après son début.", "date_fin_convention")
    if date_fin_convention > plus_mois(date_debut_convention, DUREE_MAX_CONVENTION_MOIS):
        raise invalide(
            f"Une convention dure au plus {DUREE_MAX_CONVENTION_MOIS} mois.", "date_fin_convention"
        )
    enveloppe = await charger(
        session, principal, Enveloppe, enveloppe_id, champ="enveloppe_id", quoi="Enveloppe", verrou=True
    )
    if enveloppe.objet is not ObjetEnveloppe.POSTES:
        # Each line funds what it is for: the kits' and Aidants Connect's money pays no poste.
        raise invalide(
            f"L'enveloppe « {enveloppe.code} » finance « {enveloppe.objet.libelle} », pas les postes.",
            "enveloppe_id",
        )
    poste = await charger(session, principal, Poste, poste_id, champ="poste_id", quoi="Poste")
    if poste.etat is EtatPoste.RENDU:
        raise invalide("Le poste est « rendu » : il ne se conventionne plus.", "poste_id")
    taux = (majorations or {}).get(zone(poste.departement_code), 0)
    montant_centimes = majorer(montant_centimes, taux)
    deja = await session.scalar(
        # An open convention (a reconventionnement closes the previous one before opening the next).
        select(
            readable(Subvention, principal)
            .where(Subvention.poste_id == poste.id, Subvention.date_cloture.is_(None))
            .exists()
        )
    )
    if deja:
        raise invalide("Ce poste est déjà conventionné.", "poste_id")
    engage = await engage_centimes(session, principal, Subvention.enveloppe_id == enveloppe.id)
    if engage + montant_centimes > enveloppe.montant_centimes:
        raise invalide(
            f"L'enveloppe « {enveloppe.code} » n'a plus que {euros(enveloppe.montant_centimes - engage)} "
            "disponibles.",
            "montant",
        )
    plafond = await session.scalar(
        readable(PlafondDepartemental, principal)
        .where(
            PlafondDepartemental.enveloppe_id == enveloppe.id,
            PlafondDepartemental.departement_code == poste.departement_code,
        )
        .with_for_update()
    )
    if plafond is not None:
        engage_departement = await engage_centimes(
            session,
            principal,
            (Subvention.enveloppe_id == enveloppe.id)
            & (Subvention.departement_code == poste.departement_code),
        )
        if engage_departement + montant_centimes > plafond.montant_centimes:
            raise invalide(
                f"Le plafond du département {poste.departement_code} n'a plus que "
                f"{euros(plafond.montant_centimes - engage_departement)} disponibles.",
                "montant",
            )
    subvention = Subvention(
        poste_id=poste.id,
        structure_id=poste.structure_id,
        departement_code=poste.departement_code,
        enveloppe_id=enveloppe.id,
        montant_centimes=montant_centimes,
        taux_majoration_pourcent=taux,
        date_debut_convention=date_debut_convention,
        date_fin_convention=date_fin_convention,
    )
    try:
        await inserer(session, principal, subvention)
    except IntegrityError:  # the same poste, conventionned at the same time under another enveloppe
        raise conflit("Ce poste vient d'être conventionné.", "poste_id") from None
    await journal.journaliser(
        session,
        principal,
        action="subvention.conventionner",
        entite="subvention",
        entite_id=subvention.id,
        portee=journal.Portee(subvention.departement_code, subvention.structure_id),
        avant=None,
        apres=journal.resumer(
            subvention,
            (
                "poste_id",
                "enveloppe_id",
                "montant_centimes",
                "taux_majoration_pourcent",
                "date_debut_convention",
                "date_fin_convention",
            ),
        ),
        request_id=request_id,
    )
    return subvention


async def enregistrer_versement(
    session: AsyncSession,
    principal: Principal,
    subvention_id: uuid.UUID,
    *,
    tranche: int,
    montant_centimes: int,
    date: dt.date,
    request_id: str | None = None,
) -> tuple[Versement, Subvention]:
    exiger_role(principal, Role.ANCT)
    if not 1 <= tranche <= TRANCHES:
        raise invalide(f"Une subvention se verse en {TRANCHES} tranches (1 à {TRANCHES}).", "tranche")
    if montant_centimes <= 0:
        raise invalide("Le montant est positif.", "montant")
    if date > aujourdhui():
        raise invalide("Un versement s'enregistre une fois fait : pas de date future.", "date")
    subvention = await charger(
        session, principal, Subvention, subvention_id, champ="subvention_id", quoi="Subvention", verrou=True
    )
    versements = list(
        await session.scalars(
            readable(Versement, principal)
            .where(Versement.subvention_id == subvention.id)
            .order_by(Versement.numero)
        )
    )
    attendue = len(versements) + 1
    if attendue > TRANCHES:
        raise invalide(f"Les {TRANCHES} tranches de cette subvention sont déjà versées.", "tranche")
    if tranche != attendue:
        raise invalide(
            f"Les tranches se versent dans l'ordre : la prochaine est la n° {attendue}.", "tranche"
        )
    if versements and date < versements[-1].date:
        raise invalide("Une tranche ne précède pas la précédente.", "date")
    verse = sum(v.montant_centimes for v in versements)
    if verse + montant_centimes > subvention.montant_centimes:
        raise invalide(
            f"Il reste {euros(subvention.montant_centimes - verse)} à verser sur cette subvention.",
            "montant",
        )
    versement = Versement(
        subvention_id=subvention.id,
        structure_id=subvention.structure_id,
        departement_code=subvention.departement_code,
        numero=tranche,
        montant_centimes=montant_centimes,
        date=date,
    )
    try:
        await inserer(session, principal, versement)
    except IntegrityError:  # SQLite only: two writers numbered the same tranche
        raise conflit(f"La tranche n° {tranche} vient d'être enregistrée.", "tranche") from None
    await journal.journaliser(
        session,
        principal,
        action="versement.enregistrer",
        entite="versement",
        entite_id=versement.id,
        portee=journal.Portee(versement.departement_code, versement.structure_id),
        avant=None,
        apres=journal.resumer(versement, ("subvention_id", "numero", "montant_centimes", "date"))
        | {"total_verse_centimes": verse + montant_centimes},
        request_id=request_id,
    )
    return versement, subvention


def majorer(centimes: int, taux_pourcent: int) -> int:
    """`centimes` increased by `taux_pourcent` %, to the centime (half up)."""
    return (centimes * (100 + taux_pourcent) + 50) // 100


def plus_mois(jour: dt.date, mois: int) -> dt.date:
    """`jour` plus `mois` calendar months (the 31st becomes the month's last day)."""
    index = jour.month - 1 + mois
    annee, mois_cible = jour.year + index // 12, index % 12 + 1
    return jour.replace(
        year=annee, month=mois_cible, day=min(jour.day, calendar.monthrange(annee, mois_cible)[1])
    )
