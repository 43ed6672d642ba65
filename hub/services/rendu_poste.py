"""Rendu de poste (ANCT): a poste given back, its subvention reduced pro rata of the months used.

- The poste is vacant (an occupied one is freed first, by the rupture or the end of its contrat) and
  becomes rendu (final) on `date_rendu`, between its attribution and today.
- Its subvention, if it has one, keeps the share of the programme's 24 months that the convention
  used (every month started counts, at most 24): montant × mois / 24. The versements already paid are
  kept: the montant never goes below what was paid (a trop-perçu is journaled, its recovery is outside
  the hub). The tranches still planned on the full amount are cancelled: what remains payable is the
  reduced montant minus what was paid (a solde, often nothing), and `enregistrer_versement` holds
  Σ versements ≤ montant as before. A subvention of which nothing was used nor paid is deleted.
  Engaged funding (Σ subventions) drops accordingly, and the poste counts among the `rendus`.
- The poste and the subvention rows are locked FOR UPDATE (the subvention's lock is the one a
  versement takes), so a rendu and a versement, or two rendus, are serialised. The same rendu twice
  is one rendu (nothing written the second time).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable, write_predicate
from auth.principal import Principal
from hub.models import Poste, Subvention, Versement
from hub.models.enums import EtatPoste, Role
from hub.services import etats, journal
from hub.services.ecriture import aujourdhui, charger_modifiable, exiger_role, modifier
from hub.services.erreurs import interdit, invalide
from hub.services.financement import plus_mois

MOIS_DU_PROGRAMME = 24
MOTIF_MAX = 2000


@dataclass(frozen=True, slots=True)
class RenduEcrit:
    poste: Poste
    subvention: Subvention | None  # None: the poste had none, or nothing of it was used


def mois_utilises(debut: dt.date, rendu: dt.date) -> int:
    """Months of the convention started on `rendu` (0 before it starts), at most 24."""
    mois = 0
    while mois < MOIS_DU_PROGRAMME and plus_mois(debut, mois) <= rendu:
        mois += 1
    return mois


def montant_au_prorata(centimes: int, mois: int) -> int:
    """`centimes` × `mois` / 24, to the centime (half up)."""
    return (centimes * mois + MOIS_DU_PROGRAMME // 2) // MOIS_DU_PROGRAMME


async def rendre_poste(
    session: AsyncSession,
    principal: Principal,
    poste_id: uuid.UUID,
    *,
    date_rendu: dt.date,
    motif: str,
    request_id: str | None = None,
) -> RenduEcrit:
    exiger_role(principal, Role.ANCT)
    motif = motif.strip()
    if not motif:
        raise invalide("Le motif est obligatoire.", "motif")
    if len(motif) > MOTIF_MAX:
        raise invalide(f"Le motif fait au plus {MOTIF_MAX} caractères.", "motif")
    poste = await charger_modifiable(
        session, principal, Poste, poste_id, champ="poste_id", quoi="Poste", verrou=True
    )
    subvention = await session.scalar(
        readable(Subvention, principal)
        .where(Subvention.poste_id == poste.id, Subvention.date_cloture.is_(None))
        .with_for_update()
    )
    if poste.etat is EtatPoste.RENDU:
        if poste.date_rendu == date_rendu:
            return RenduEcrit(poste, subvention)  # already rendu so: nothing written
        raise invalide(f"Le poste est déjà rendu (le {_date(poste.date_rendu)}).", "poste_id")
    if poste.etat is EtatPoste.OCCUPE:
        raise invalide(
            "Le poste est occupé : la rupture ou la fin de son contrat le libère avant qu'il soit rendu.",
            "poste_id",
        )
    etats.exiger_transition(etats.POSTE, poste.etat, EtatPoste.RENDU, "poste_id")
    if date_rendu < poste.date_attribution or date_rendu > aujourdhui():
        raise invalide(
            f"Le rendu est daté entre l'attribution du poste ({_date(poste.date_attribution)}) et "
            "aujourd'hui.",
            "date_rendu",
        )
    avant = journal.resumer(poste, ("etat", "date_rendu"))
    await modifier(session, principal, poste, etat=EtatPoste.RENDU, date_rendu=date_rendu)
    await journal.journaliser(
        session,
        principal,
        action="poste.rendre",
        entite="poste",
        entite_id=poste.id,
        portee=journal.Portee(poste.departement_code, poste.structure_id),
        avant=avant,
        apres=journal.resumer(poste, ("etat", "date_rendu")) | {"motif": motif},
        request_id=request_id,
    )
    if subvention is not None:
        subvention = await _reduire(session, principal, subvention, date_rendu, request_id)
    return RenduEcrit(poste, subvention)


async def _reduire(
    session: AsyncSession,
    principal: Principal,
    subvention: Subvention,
    date_rendu: dt.date,
    request_id: str | None,
) -> Subvention | None:
    verse = int(
        await session.scalar(
            readable(Versement, principal)
            .with_only_columns(func.coalesce(func.sum(Versement.montant_centimes), 0))
            .where(Versement.subvention_id == subvention.id)
        )
        or 0
    )
    mois = mois_utilises(subvention.date_debut_convention, date_rendu)
    prorata = montant_au_prorata(subvention.montant_centimes, mois)
    montant = max(prorata, verse)
    avant = journal.resumer(subvention, ("montant_centimes",))
    apres = {
        "montant_centimes": montant,
        "mois_utilises": mois,
        "verse_centimes": verse,
        "reste_a_verser_centimes": montant - verse,
        "trop_percu_centimes": max(0, verse - prorata),
    }
    portee = journal.Portee(subvention.departement_code, subvention.structure_id)
    if montant == 0:
        # Nothing used, nothing paid: the convention is cancelled, its engagement released.
        fait = await session.execute(
            delete(Subvention)
            .where(Subvention.id == subvention.id, write_predicate(Subvention, principal))
            .execution_options(synchronize_session=False)
        )
        if fait.rowcount != 1:  # type: ignore[attr-defined]
            raise interdit("Écriture hors de votre périmètre.")
        action, resultat = "subvention.annuler", None
    else:
        await modifier(session, principal, subvention, montant_centimes=montant)
        action, resultat = "subvention.reduire", subvention
    await journal.journaliser(
        session,
        principal,
        action=action,
        entite="subvention",
        entite_id=subvention.id,
        portee=portee,
        avant=avant,
        apres=apres,
        request_id=request_id,
    )
    return resultat


def _date(jour: dt.date | None) -> str:
    return jour.isoformat() if jour else "?"
