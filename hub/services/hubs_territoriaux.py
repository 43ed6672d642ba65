"""A hub territorial (or ANCT) writes the hub's contact data: e-mail, telephone, web site, address.

Only these four columns: the hub's name and its régions (its scope) are ANCT's, and the régions are in
another table its write rule does not cover. A field left out of the call is kept; a field sent as
null is cleared. Each value is checked (`hub.services.coordonnees`) before anything is written; the
same values again change nothing and journal nothing. The journal line is the hub's own (entity
`hub_territorial`, its id): the hub reads it back, and so does ANCT. It names the fields filled and
changed, never their values (an e-mail is not for the audit).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from sqlalchemy.ext.asyncio import AsyncSession

from auth.policy_lecture import ENTITE_HUB_TERRITORIAL
from auth.principal import Principal
from hub.models import HubTerritorial
from hub.models.enums import Role
from hub.services import journal
from hub.services.coordonnees import ADRESSE_MAX, courriel, site_web, telephone, texte
from hub.services.ecriture import charger_modifiable, exiger_role, modifier
from hub.services.erreurs import invalide

CONTACT = ("email", "telephone", "site_web", "adresse")
_VERIFIER: dict[str, Callable[[str, str], str]] = {
    "email": courriel,
    "telephone": telephone,
    "site_web": site_web,
    "adresse": lambda valeur, champ: texte(valeur, champ, ADRESSE_MAX),
}


async def modifier_contact_hub_territorial(
    session: AsyncSession,
    principal: Principal,
    hub_territorial_id: uuid.UUID,
    contact: Mapping[str, str | None],
    *,
    request_id: str | None = None,
) -> HubTerritorial:
    """Set the `contact` fields given (a key of `CONTACT` each; None clears it) on the hub's row."""
    exiger_role(principal, Role.ANCT, Role.HUB_TERRITORIAL)
    inconnus = sorted(set(contact) - set(CONTACT))
    if inconnus:
        raise invalide(f"Champ de contact inconnu : {', '.join(inconnus)}.", inconnus[0])
    # Every value checked before the row is even read: bad input writes nothing.
    valeurs = {
        champ: None if valeur is None else _VERIFIER[champ](valeur, champ)
        for champ, valeur in contact.items()
    }
    # Not FOR UPDATE: on PostgreSQL a locking read must also pass the UPDATE policy, so another hub
    # would hear NOT_FOUND there and FORBIDDEN on SQLite; the row is public, FORBIDDEN is the truth.
    # Two concurrent edits of the same contact data: the last one wins, each journaled.
    hub = await charger_modifiable(
        session,
        principal,
        HubTerritorial,
        hub_territorial_id,
        champ="hub_territorial",
        quoi="Hub territorial",
    )
    changes = {champ: valeur for champ, valeur in valeurs.items() if getattr(hub, champ) != valeur}
    if not changes:
        return hub  # already so: nothing written, nothing journaled
    avant = _renseignes(hub)
    await modifier(session, principal, hub, **changes)
    await journal.journaliser(
        session,
        principal,
        action="hub_territorial.modifier_contact",
        entite=ENTITE_HUB_TERRITORIAL,
        entite_id=hub.id,
        portee=journal.Portee(),
        avant=avant,
        apres={**_renseignes(hub), "modifies": sorted(changes)},
        request_id=request_id,
    )
    return hub


def _renseignes(hub: HubTerritorial) -> journal.Resume:
    # Which fields are filled, not their values: a journal summary never holds an e-mail (journal.py).
    return {"renseignes": [champ for champ in CONTACT if getattr(hub, champ) is not None]}
