"""The principals of the API tests, one per line of the authorization matrix."""

from __future__ import annotations

from auth.principal import Principal
from hub.models.enums import Role
from tests.schema.monde import Monde

ROLES = (
    "anct",
    "prefecture 57",
    "prefecture 13",
    "structure",
    "conseiller",
    "aidant",
    "partenaire structures:read",
    "partenaire sans structures:read",
    "anonyme",
)


def principal(role: str, monde: Monde) -> Principal | None:
    """The principal of a matrix line (None: no token at all)."""
    match role:
        case "anct":
            return Principal(role=Role.ANCT, subject="agent-anct")
        case "prefecture 57":
            return Principal(role=Role.PREFECTURE, subject="pref-57", departements=frozenset({"57"}))
        case "prefecture 13":
            return Principal(role=Role.PREFECTURE, subject="pref-13", departements=frozenset({"13"}))
        case "structure":
            return Principal(role=Role.STRUCTURE, subject="structure", structure_id=monde.structures["57"][0])
        case "conseiller":
            return Principal(role=Role.CONSEILLER, subject="cnum", conseiller_id=monde.conseillers["57"][0])
        case "aidant":
            return Principal(role=Role.AIDANT, subject="aidant", organisation_id=monde.organisations["57"])
        case "partenaire structures:read":
            return Principal(
                role=Role.PARTENAIRE,
                subject="outil",
                client_id="outil",
                scopes=frozenset({"structures:read", "stats:read"}),
            )
        case "partenaire sans structures:read":
            # A partner token always carries a scope; this one has statistics only.
            return Principal(
                role=Role.PARTENAIRE, subject="outil-2", client_id="outil-2", scopes=frozenset({"stats:read"})
            )
        case "anonyme":
            return None
    raise ValueError(role)
