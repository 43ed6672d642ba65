"""The `Moi` type: the request's principal, ids as Relay global ids."""

from __future__ import annotations

import uuid

import strawberry

from auth.principal import Principal
from schema.enums import Role
from schema.relay import to_global_id

# The GraphQL type names the principal's ids refer to (their global ids decode to "Type:uuid").
STRUCTURE, CONSEILLER, ORGANISATION = "Structure", "Conseiller", "OrganisationAidantsConnect"
HUB_TERRITORIAL, RESEAU = "HubTerritorial", "Reseau"


def _global_id(type_name: str, key: uuid.UUID | None) -> strawberry.ID | None:
    return to_global_id(type_name, key) if key is not None else None


@strawberry.type(
    name="Moi",
    description="L'identité de l'appelant telle que le hub l'a lue dans son jeton (ANONYME sans jeton).",
)
class MoiType:
    role: Role = strawberry.field(description="Le rôle actif du jeton.")
    departements: list[str] = strawberry.field(
        description="Départements d'une préfecture, par code ; ceux des régions d'un hub territorial."
    )
    structure_id: strawberry.ID | None = strawberry.field(description="La structure (rôle STRUCTURE).")
    conseiller_id: strawberry.ID | None = strawberry.field(
        description="Le conseiller (rôles CONSEILLER et COORDINATEUR)."
    )
    organisation_id: strawberry.ID | None = strawberry.field(
        description="L'organisation Aidants Connect (rôle AIDANT)."
    )
    hub_territorial_id: strawberry.ID | None = strawberry.field(
        description="Le hub territorial (rôle HUB_TERRITORIAL), à passer à `node(id:)`."
    )
    regions: list[str] = strawberry.field(description="Régions d'un hub territorial, par code.")
    reseau_id: strawberry.ID | None = strawberry.field(
        description="Le grand réseau (rôle GRAND_RESEAU), à passer à `node(id:)`."
    )
    scopes: list[str] = strawberry.field(description="Scopes d'un partenaire (structures:read…).")
    client_id: str | None = strawberry.field(description="Le client OAuth2 qui a obtenu le jeton.")

    @classmethod
    def from_principal(cls, principal: Principal) -> MoiType:
        return cls(
            role=principal.role,
            departements=sorted(principal.departements),
            structure_id=_global_id(STRUCTURE, principal.structure_id),
            conseiller_id=_global_id(CONSEILLER, principal.conseiller_id),
            organisation_id=_global_id(ORGANISATION, principal.organisation_id),
            hub_territorial_id=_global_id(HUB_TERRITORIAL, principal.hub_territorial_id),
            regions=sorted(principal.regions),
            reseau_id=_global_id(RESEAU, principal.reseau_id),
            scopes=sorted(principal.scopes),
            client_id=principal.client_id,
        )
