"""`modifierContactHubTerritorial` (the hub territorial itself, ANCT): the hub's contact data."""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from hub.models import HubTerritorial
from hub.services.hubs_territoriaux import modifier_contact_hub_territorial
from schema.context import Context
from schema.ecriture import UserError, ecrire, identifiant
from schema.enums import Role
from schema.hub_territorial.types import HubTerritorialType


@strawberry.input(
    description="Les coordonnées d'un hub territorial : un champ absent est conservé, un champ null "
    "est effacé."
)
class ContactHubTerritorialInput:
    hub_territorial: strawberry.ID
    email: str | None = strawberry.UNSET
    telephone: str | None = strawberry.field(
        default=strawberry.UNSET,
        description="10 chiffres (03 87 00 00 00) ou forme internationale (+33387000000) ; enregistré "
        "sous forme internationale.",
    )
    site_web: str | None = strawberry.field(default=strawberry.UNSET, description="Adresse http(s).")
    adresse: str | None = strawberry.UNSET

    def contact(self) -> dict[str, str | None]:
        """The fields the client sent (null included), by the service's names."""
        valeurs = {
            "email": self.email,
            "telephone": self.telephone,
            "site_web": self.site_web,
            "adresse": self.adresse,
        }
        return {champ: valeur for champ, valeur in valeurs.items() if valeur is not strawberry.UNSET}


@strawberry.type
class HubTerritorialPayload:
    hub_territorial: HubTerritorialType


HubTerritorialResultat = Annotated[
    HubTerritorialPayload | UserError, strawberry.union("HubTerritorialResultat")
]


@strawberry.type
class HubTerritorialMutation:
    @strawberry.mutation(
        description="Le hub territorial lui-même, ou l'ANCT : modifie ses coordonnées (e-mail, "
        "téléphone, site, adresse), vérifiées ; idempotent : les mêmes valeurs ne changent rien."
    )
    async def modifier_contact_hub_territorial(
        self, info: strawberry.Info, input: ContactHubTerritorialInput
    ) -> HubTerritorialResultat:
        async def travail(session: AsyncSession, context: Context) -> HubTerritorial:
            return await modifier_contact_hub_territorial(
                session,
                context.principal,
                identifiant(input.hub_territorial, HubTerritorialType, "hub_territorial"),
                input.contact(),
                request_id=context.request_id,
            )

        return await ecrire(
            info,
            (Role.ANCT, Role.HUB_TERRITORIAL),
            travail,
            lambda row: HubTerritorialPayload(hub_territorial=HubTerritorialType.from_row(row)),
        )
