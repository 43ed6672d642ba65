"""Renouvellement of a contrat: the structure extends a conseiller's contrat on the same poste.

The programme renews a conseiller on the poste they hold: a CDD (or PEC, contrat de projet) gets a
new end date after the old one, or becomes a CDI. The hub records it on the contrat itself (the same
row, its `date_fin` and `type` changed, the before and after journaled as `contrat.renouveler`),
because a contrat in progress is unique per poste and per conseiller: a second contrat "following"
the first could only start once the first is ended, and the poste would be vacant in between. So the
poste stays occupé, and the daily end of contrats (`terminer_les_contrats_echus`), which reads the end
date again under its lock, leaves a renewed contrat alone.

Rules (`renouveler_contrat`, structure, on its own contrat):
- a contrat in progress (recruté or actif) only: a rompu or terminé one is closed, a new contrat is
  signed instead (`enregistrerContrat`);
- not a CDI (it has no end), and not a contrat already past its end date (it has ended, even before
  the daily job says so: every figure counts it as ended);
- the new end date is after the current one; a CDI has none;
- the same renewal twice is one renewal (nothing written the second time).
The contrat row is locked FOR UPDATE: a renewal and the daily job (or two renewals) are serialised.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.models import Contrat
from hub.models.enums import CONTRAT_EN_COURS, Role, TypeContrat
from hub.services import journal
from hub.services.ecriture import aujourdhui, charger_modifiable, exiger_role, modifier
from hub.services.erreurs import invalide

RESUME_RENOUVELLEMENT = ("type", "date_fin")


async def renouveler_contrat(
    session: AsyncSession,
    principal: Principal,
    contrat_id: uuid.UUID,
    *,
    date_fin: dt.date | None,
    type: TypeContrat | None = None,
    request_id: str | None = None,
    instant: dt.datetime | None = None,
) -> Contrat:
    """`type`: the renewed contrat's type (default: unchanged); `date_fin`: its new end (none for a
    CDI)."""
    exiger_role(principal, Role.STRUCTURE)
    contrat = await charger_modifiable(
        session, principal, Contrat, contrat_id, champ="contrat_id", quoi="Contrat", verrou=True
    )
    cible = type or contrat.type
    if (cible, date_fin) == (contrat.type, contrat.date_fin) and contrat.statut in CONTRAT_EN_COURS:
        return contrat  # already renewed so: nothing written, nothing journaled
    _verifier(contrat, cible, date_fin, aujourdhui(instant))
    avant = journal.resumer(contrat, RESUME_RENOUVELLEMENT)
    await modifier(session, principal, contrat, type=cible, date_fin=date_fin)
    await journal.journaliser(
        session,
        principal,
        action="contrat.renouveler",
        entite="contrat",
        entite_id=contrat.id,
        portee=journal.Portee(contrat.departement_code, contrat.structure_id, contrat.conseiller_id),
        avant=avant,
        apres=journal.resumer(contrat, RESUME_RENOUVELLEMENT),
        request_id=request_id,
    )
    return contrat


def _verifier(contrat: Contrat, cible: TypeContrat, date_fin: dt.date | None, jour: dt.date) -> None:
    if contrat.statut not in CONTRAT_EN_COURS:
        raise invalide(
            f"Le contrat est « {contrat.statut.libelle} » : il ne se renouvelle plus, un nouveau contrat "
            "s'enregistre.",
            "contrat_id",
        )
    if contrat.date_fin is None:
        raise invalide("Un CDI n'a pas de fin : il ne se renouvelle pas.", "contrat_id")
    if contrat.date_fin < jour:
        raise invalide(
            f"Le contrat a pris fin le {contrat.date_fin.isoformat()} : un nouveau contrat s'enregistre.",
            "contrat_id",
        )
    if cible is TypeContrat.CDI:
        if date_fin is not None:
            raise invalide("Un CDI n'a pas de date de fin.", "date_fin")
        return
    if date_fin is None:
        raise invalide(f"Un contrat {cible.value} renouvelé a une date de fin.", "date_fin")
    if date_fin <= contrat.date_fin:
        raise invalide(
            f"Le renouvellement finit après la fin actuelle du contrat ({contrat.date_fin.isoformat()}).",
            "date_fin",
        )
