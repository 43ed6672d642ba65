"""Habilitations: an external identity (ProConnect-style OIDC) mapped to one hub role and territory.

The external identity provider says *who* someone is (issuer, email, SIRET of the employer); only
the hub's own Habilitation table says *what they may see*. A role claim from a token the hub did not
sign is never read.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from auth.claims import InvalidClaimsError, check_principal
from auth.principal import Principal
from auth.rls import contexte_authentification
from hub.models import Habilitation, HubTerritorialRegion
from hub.models.base import utcnow
from hub.models.enums import Role
from hub.referentiel.territoires import departements_des_regions

logger = logging.getLogger("hub.auth.habilitations")

# Roles a person can hold; partners are OAuth2 clients, anonymous is the absence of a token.
ROLES_PERSONNES = frozenset(
    {
        Role.ANCT,
        Role.PREFECTURE,
        Role.STRUCTURE,
        Role.CONSEILLER,
        Role.AIDANT,
        Role.COORDINATEUR,
        Role.HUB_TERRITORIAL,
        Role.GRAND_RESEAU,
    }
)


class HabilitationsMultiplesError(LookupError):
    """The person holds several roles: the front must ask which one to use (one role per token)."""

    def __init__(self, roles: list[Role]) -> None:
        super().__init__(f"plusieurs habilitations : {', '.join(role.value for role in roles)}")
        self.roles = roles


async def principal_for_identity(
    session: AsyncSession,
    issuer: str,
    email: str,
    siret: str | None,
    *,
    role: Role | None = None,
    now: datetime | None = None,
) -> Principal | None:
    """The Principal of a verified external identity, or None when it holds no usable habilitation.

    An habilitation applies when it is active, not expired, for the same issuer and email (compared
    case-insensitively), and, when it names a SIRET, for an identity from that same SIRET. `role`
    chooses among several habilitations of one person.

    `session` must be a transaction of its own: on PostgreSQL it is switched to the authentication
    context (no principal exists yet), which may read habilitations and partner clients only.
    """
    email = email.strip().lower()
    if not email or not issuer:
        return None
    now = now or utcnow()
    await contexte_authentification(session)
    statement = (
        select(Habilitation)
        .where(
            Habilitation.issuer == issuer,
            func.lower(Habilitation.email) == email,
            Habilitation.actif.is_(True),
            or_(Habilitation.valide_au.is_(None), Habilitation.valide_au > now),
        )
        .order_by(Habilitation.role)
    )
    if role is not None:
        statement = statement.where(Habilitation.role == role)
    rows = [
        row
        for row in (await session.execute(statement)).scalars()
        if row.role in ROLES_PERSONNES and (row.siret is None or row.siret == siret)
    ]
    if not rows:
        return None
    if len(rows) > 1:
        raise HabilitationsMultiplesError([row.role for row in rows])
    regions: frozenset[str] = frozenset()
    if rows[0].role is Role.HUB_TERRITORIAL and rows[0].hub_territorial_id is not None:
        # A hub's régions are ANCT's to set, on the hub itself (public directory rows).
        regions = frozenset(
            (
                await session.execute(
                    select(HubTerritorialRegion.region_code).where(
                        HubTerritorialRegion.hub_territorial_id == rows[0].hub_territorial_id
                    )
                )
            ).scalars()
        )
    return _principal(rows[0], email, regions)


def _principal(habilitation: Habilitation, email: str, regions: frozenset[str]) -> Principal | None:
    principal = Principal(
        role=habilitation.role,
        subject=email,
        structure_id=habilitation.structure_id if habilitation.role is Role.STRUCTURE else None,
        conseiller_id=habilitation.conseiller_id
        if habilitation.role in (Role.CONSEILLER, Role.COORDINATEUR)
        else None,
        organisation_id=habilitation.organisation_id if habilitation.role is Role.AIDANT else None,
        hub_territorial_id=habilitation.hub_territorial_id
        if habilitation.role is Role.HUB_TERRITORIAL
        else None,
        regions=regions if habilitation.role is Role.HUB_TERRITORIAL else frozenset(),
        departements=departements_des_regions(regions)
        if habilitation.role is Role.HUB_TERRITORIAL
        else frozenset(habilitation.departements or ())
        if habilitation.role is Role.PREFECTURE
        else frozenset(),
        reseau_id=habilitation.reseau_id if habilitation.role is Role.GRAND_RESEAU else None,
    )
    try:
        check_principal(principal)
    except InvalidClaimsError as error:
        # An incomplete habilitation (a préfecture without département…) grants nothing.
        logger.warning("habilitation %s unusable: %s", habilitation.id, error)
        return None
    return principal
