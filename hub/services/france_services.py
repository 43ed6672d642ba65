"""ANCT links a France Services site to the structure that carries it (or unlinks it).

The France Services file has no SIRET: an import links a site only when a structure carries its number
(`external_ids["id_fs"]`, what Aidants Connect organisations record). ANCT links the others by hand.
The site keeps its open data; only its `structure_id` changes, journaled with before and after.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from auth.principal import Principal
from hub.models import SiteFranceServices, Structure
from hub.models.enums import Role
from hub.services import journal
from hub.services.ecriture import charger, charger_modifiable, exiger_role, modifier


async def rattacher_site(
    session: AsyncSession,
    principal: Principal,
    site_id: uuid.UUID,
    structure_id: uuid.UUID | None,
    *,
    request_id: str | None = None,
) -> SiteFranceServices:
    exiger_role(principal, Role.ANCT)
    site = await charger_modifiable(
        session,
        principal,
        SiteFranceServices,
        site_id,
        champ="site_id",
        quoi="Site France Services",
        verrou=True,
    )
    if structure_id is not None:
        await charger(session, principal, Structure, structure_id, champ="structure_id", quoi="Structure")
    if site.structure_id == structure_id:
        return site  # already so: nothing written, nothing journaled
    avant = journal.resumer(site, ("structure_id",))
    await modifier(session, principal, site, structure_id=structure_id)
    await journal.journaliser(
        session,
        principal,
        action="site_france_services.rattacher",
        entite="site_france_services",
        entite_id=site.id,
        portee=journal.Portee(site.departement_code, structure_id),
        avant=avant,
        apres=journal.resumer(site, ("structure_id",)),
        request_id=request_id,
    )
    return site
