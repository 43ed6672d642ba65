"""The principals of the API tests, one per line of the authorization matrix."""

from __future__ import annotations

from typing import Any

from auth.claims import principal_from_claims
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
    "coordinateur",
    "hub territorial grand est",
    "grand reseau",
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
        # Issue 21's roles, read from the claims of their tokens as the API reads them (auth.claims):
        # the hub territorial's départements are derived from its régions there, never claimed.
        case "coordinateur":
            return _des_revendications(role="coordinateur", sub="coord", conseiller_id=monde.coordinateur)
        case "hub territorial grand est":
            return _des_revendications(
                role="hub_territorial", sub="hub-ge", hub_territorial_id=monde.hub_territorial, regions=["44"]
            )
        case "grand reseau":
            return _des_revendications(role="grand_reseau", sub="emmaus", reseau_id=monde.reseau)
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


def _des_revendications(**claims: Any) -> Principal:
    return principal_from_claims({k: str(v) if k.endswith("_id") else v for k, v in claims.items()})
