"""The steps every write service shares: the caller's role, targets loaded through the policy, checked writes.

- `exiger_role`: a role that never performs a write gets FORBIDDEN (UNAUTHENTICATED without a token).
- `charger` / `charger_modifiable`: the target row through `auth.policy.readable`, so a row outside the
  caller's scope is NOT_FOUND exactly like a missing one; `charger_modifiable` also says FORBIDDEN
  when the caller reads the row but its write rule does not cover it.
- `inserer` / `modifier`: flush, then select the row back through `auth.policy.write_predicate` in
  the same transaction (the "after" check). On PostgreSQL row-level security checks both again; on
  SQLite this is the only layer, so no write skips it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy import readable, write_predicate
from auth.principal import Principal
from hub.models.enums import Role
from hub.services.erreurs import CodeErreur, EcritureRefuseeError, interdit, introuvable

M = TypeVar("M")

PARIS = ZoneInfo("Europe/Paris")


def maintenant() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def aujourdhui(instant: dt.datetime | None = None) -> dt.date:
    """The day in France (programme dates are French days)."""
    return (instant or maintenant()).astimezone(PARIS).date()


def exiger_role(principal: Principal, *roles: Role) -> None:
    """FORBIDDEN unless `principal` has one of `roles` (UNAUTHENTICATED without a token)."""
    if principal.role in roles:
        return
    if principal.role is Role.ANONYME:
        raise EcritureRefuseeError(
            CodeErreur.UNAUTHENTICATED, "Authentification requise pour écrire dans le hub."
        )
    qui = ", ".join(role.libelle.lower() for role in roles)
    raise interdit(f"Cette écriture est réservée au rôle : {qui}.")


async def charger(
    session: AsyncSession,
    principal: Principal,
    model: type[M],
    ident: uuid.UUID,
    *,
    champ: str,
    quoi: str,
    verrou: bool = False,
) -> M:
    """The row `ident` of `model` if `principal` reads it, else NOT_FOUND on `champ`.

    `verrou`: SELECT … FOR UPDATE (PostgreSQL; SQLite serialises writers on its own), for the rows
    whose invariants a write checks (a subvention's versements, an enveloppe's subventions).
    """
    statement = readable(model, principal).where(_cle(model) == ident)
    if verrou:
        statement = statement.with_for_update()
    row = (await session.execute(statement)).scalar_one_or_none()
    if row is None:
        raise introuvable(champ, quoi)
    return row


async def charger_modifiable(
    session: AsyncSession,
    principal: Principal,
    model: type[M],
    ident: uuid.UUID,
    *,
    champ: str,
    quoi: str,
    verrou: bool = False,
) -> M:
    """Like `charger`, and FORBIDDEN when the row is readable but outside the caller's write rule."""
    modifiable = write_predicate(model, principal).label("modifiable")
    statement = readable(model, principal).add_columns(modifiable).where(_cle(model) == ident)
    if verrou:
        statement = statement.with_for_update()
    found = (await session.execute(statement)).one_or_none()
    if found is None:
        raise introuvable(champ, quoi)
    row, peut = found
    if not peut:
        raise interdit(f"{quoi} : vous pouvez le lire mais pas le modifier.")
    return row  # type: ignore[no-any-return]


async def inserer(session: AsyncSession, principal: Principal, row: M) -> M:
    """Add `row`, flush, and check that the caller's write rule covers it as written."""
    session.add(row)
    await session.flush()
    await verifier_ecriture(session, principal, type(row), _identite(row), 1)
    return row


async def inserer_tous(
    session: AsyncSession, principal: Principal, model: type[Any], rows: Sequence[Any], condition: Any
) -> None:
    """Add rows of one model that `condition` selects exactly (e.g. an activité's thèmes), then check."""
    session.add_all(rows)
    await session.flush()
    await verifier_ecriture(session, principal, model, condition, len(rows))


async def modifier(session: AsyncSession, principal: Principal, row: M, **valeurs: Any) -> M:
    """Set `valeurs` on a row loaded by `charger_modifiable`, flush, and check the row as it now is."""
    for nom, valeur in valeurs.items():
        setattr(row, nom, valeur)
    await session.flush()
    await verifier_ecriture(session, principal, type(row), _identite(row), 1)
    return row


async def verifier_ecriture(
    session: AsyncSession, principal: Principal, model: type[Any], condition: Any, attendu: int
) -> None:
    """Exactly `attendu` rows of `model` match `condition` and the caller's write rule."""
    compte = await session.scalar(
        select(func.count()).select_from(model).where(condition, write_predicate(model, principal))
    )
    if compte != attendu:
        # The service built a row outside the caller's scope: a bug, refused rather than written.
        raise interdit("Écriture hors de votre périmètre.")


def _cle(model: type[Any]) -> Any:
    return model.id


def _identite(row: Any) -> ColumnElement[bool]:
    mapper = inspect(type(row))
    valeurs = mapper.primary_key_from_instance(row)
    return and_(*(colonne == valeur for colonne, valeur in zip(mapper.primary_key, valeurs, strict=True)))
