"""The audit of writes: one Journal line per row a service writes, in the same transaction.

A line says who (role, token subject, partner client), what (action, entity, id), before/after
summaries and the request id, and carries the scope of the written row (département, structure,
conseiller, organisation) so that each role reads the audit of its own territory through the journal
connection. Summaries hold codes, counts, dates and pseudonymous ids only: never a name, an email, a
free-text commentaire or a FranceConnect identifier.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.models import Journal
from hub.services.ecriture import inserer

Resume = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Portee:
    """The scope of a written row, copied onto its journal line."""

    departement_code: str | None = None
    structure_id: uuid.UUID | None = None
    conseiller_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None


async def journaliser(
    session: AsyncSession,
    principal: Principal,
    *,
    action: str,
    entite: str,
    entite_id: object,
    portee: Portee,
    avant: Resume | None,
    apres: Resume | None,
    request_id: str | None,
) -> Journal:
    """Append one line (checked against the caller's journal write rule, like every insert)."""
    ligne = Journal(
        role=principal.role,
        sujet=principal.subject[:200],
        client_id=principal.client_id,
        action=action,
        entite=entite,
        entite_id=str(entite_id),
        departement_code=portee.departement_code,
        structure_id=portee.structure_id,
        conseiller_id=portee.conseiller_id,
        organisation_id=portee.organisation_id,
        avant=avant,
        apres=apres,
        request_id=request_id,
    )
    return await inserer(session, principal, ligne)


def resumer(row: Any, champs: Iterable[str]) -> Resume:
    """The listed attributes of `row` as JSON values (codes for enums, ISO dates, ids as strings)."""
    return {champ: _json(getattr(row, champ)) for champ in champs}


def _json(valeur: Any) -> Any:
    if isinstance(valeur, enum.Enum):
        return valeur.value
    if isinstance(valeur, dt.date | dt.datetime):
        return valeur.isoformat()
    if isinstance(valeur, uuid.UUID):
        return str(valeur)
    if isinstance(valeur, list | tuple):
        return [_json(v) for v in valeur]
    return valeur
