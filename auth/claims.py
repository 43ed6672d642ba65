"""The hub's role claims: a Principal written into token claims, and read back with every check."""

from __future__ import annotations

import uuid
from typing import Any

from auth.principal import Principal
from hub.models.enums import Role
from hub.referentiel.territoires import CODES_DEPARTEMENTS, CODES_REGIONS, departements_des_regions

# Scopes a partner tool may be granted (client credentials). Each one opens one family of fields.
SCOPES: dict[str, str] = {
    "structures:read": "Lire les champs publics des structures accueillantes",
    "stats:read": "Lire les statistiques à tout niveau territorial (petits effectifs masqués)",
    "lieux:read": "Lire les lieux de médiation numérique",
}


# Each role carries exactly these territorial claims; any other one makes the token invalid, so a
# token can never hold two roles' worth of scope (DESIGN §3: one active role per token).
_ROLE_CLAIMS: dict[Role, frozenset[str]] = {
    Role.ANCT: frozenset(),
    Role.PREFECTURE: frozenset({"departements"}),
    Role.STRUCTURE: frozenset({"structure_id"}),
    Role.CONSEILLER: frozenset({"conseiller_id"}),
    Role.AIDANT: frozenset({"organisation_id"}),
    # A coordinateur is a conseiller (its own id); a hub territorial names its organisation and its
    # régions (its départements are derived from them, never claimed); a grand réseau, its réseau.
    Role.COORDINATEUR: frozenset({"conseiller_id"}),
    Role.HUB_TERRITORIAL: frozenset({"hub_territorial_id", "regions"}),
    Role.GRAND_RESEAU: frozenset({"reseau_id"}),
    Role.PARTENAIRE: frozenset({"scope", "client_id"}),
}
_TERRITORIAL = frozenset(
    {
        "departements",
        "structure_id",
        "conseiller_id",
        "organisation_id",
        "scope",
        "hub_territorial_id",
        "regions",
        "reseau_id",
    }
)
_IDENTIFIANTS = ("structure_id", "conseiller_id", "organisation_id", "hub_territorial_id", "reseau_id")


class InvalidClaimsError(ValueError):
    """The token's role claims are missing, unknown or inconsistent; the message is French."""


def check_principal(principal: Principal) -> None:
    """Refuse to issue a token for a principal that the verifier would reject."""
    principal_from_claims(claims_for(principal))


def claims_for(principal: Principal) -> dict[str, Any]:
    """The role claims of `principal` (ids as raw UUID strings; see docs/identite.md)."""
    claims: dict[str, Any] = {"sub": principal.subject, "role": principal.role.value}
    if principal.regions:
        claims["regions"] = sorted(principal.regions)
    elif principal.departements:
        claims["departements"] = sorted(principal.departements)
    for name in _IDENTIFIANTS:
        value = getattr(principal, name)
        if value is not None:
            claims[name] = str(value)
    if principal.scopes:
        claims["scope"] = " ".join(sorted(principal.scopes))
    if principal.client_id is not None:
        claims["client_id"] = principal.client_id
    return claims


def principal_from_claims(claims: dict[str, Any]) -> Principal:
    """The Principal of verified claims, or InvalidClaimsError when the role claims do not fit together."""
    role = _role(claims.get("role"))
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise InvalidClaimsError("le jeton n'a pas de sujet (sub)")
    client_id = claims.get("client_id")
    if client_id is not None and (not isinstance(client_id, str) or not client_id):
        raise InvalidClaimsError("la revendication client_id est invalide")
    allowed = _ROLE_CLAIMS[role]
    extra = sorted(name for name in _TERRITORIAL - allowed if name in claims)
    if extra:
        raise InvalidClaimsError(f"revendications inattendues pour le rôle {role.value} : {', '.join(extra)}")
    regions = _regions(claims) if "regions" in allowed else frozenset()
    departements = _departements(claims) if "departements" in allowed else departements_des_regions(regions)
    principal = Principal(
        role=role,
        subject=subject,
        departements=departements,
        structure_id=_uuid(claims, "structure_id") if "structure_id" in allowed else None,
        conseiller_id=_uuid(claims, "conseiller_id") if "conseiller_id" in allowed else None,
        organisation_id=_uuid(claims, "organisation_id") if "organisation_id" in allowed else None,
        hub_territorial_id=_uuid(claims, "hub_territorial_id") if "hub_territorial_id" in allowed else None,
        regions=regions,
        reseau_id=_uuid(claims, "reseau_id") if "reseau_id" in allowed else None,
        scopes=_scopes(claims) if "scope" in allowed else frozenset(),
        client_id=client_id,
    )
    if role is Role.PARTENAIRE and client_id is None:
        raise InvalidClaimsError("un jeton partenaire doit porter client_id")
    return principal


def _role(value: Any) -> Role:
    if value is None:
        raise InvalidClaimsError("le jeton n'a pas de rôle (role)")
    try:
        role = Role(value) if isinstance(value, str) else None
    except ValueError:
        role = None
    # ANONYME is the absence of a token: a token claiming it is as suspicious as an unknown role.
    if role is None or role is Role.ANONYME:
        raise InvalidClaimsError("rôle inconnu dans le jeton")
    return role


def _departements(claims: dict[str, Any]) -> frozenset[str]:
    value = claims.get("departements")
    if not isinstance(value, list) or not value or not all(isinstance(code, str) for code in value):
        raise InvalidClaimsError("un jeton préfecture doit porter au moins un département (departements)")
    unknown = sorted(set(value) - CODES_DEPARTEMENTS)
    if unknown:
        raise InvalidClaimsError(f"départements inconnus dans le jeton : {', '.join(unknown)}")
    return frozenset(value)


def _regions(claims: dict[str, Any]) -> frozenset[str]:
    value = claims.get("regions")
    if not isinstance(value, list) or not value or not all(isinstance(code, str) for code in value):
        raise InvalidClaimsError("un jeton de hub territorial doit porter au moins une région (regions)")
    unknown = sorted(set(value) - CODES_REGIONS)
    if unknown:
        raise InvalidClaimsError(f"régions inconnues dans le jeton : {', '.join(unknown)}")
    return frozenset(value)


def _uuid(claims: dict[str, Any], name: str) -> uuid.UUID:
    value = claims.get(name)
    if not isinstance(value, str):
        raise InvalidClaimsError(f"la revendication {name} est requise pour ce rôle")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise InvalidClaimsError(f"la revendication {name} n'est pas un identifiant valide") from None


def _scopes(claims: dict[str, Any]) -> frozenset[str]:
    value = claims.get("scope")
    if not isinstance(value, str) or not value.split():
        raise InvalidClaimsError("un jeton partenaire doit porter au moins un scope")
    scopes = frozenset(value.split())
    unknown = sorted(scopes - SCOPES.keys())
    if unknown:
        raise InvalidClaimsError(f"scopes inconnus dans le jeton : {', '.join(unknown)}")
    return scopes
