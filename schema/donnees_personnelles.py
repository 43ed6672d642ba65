"""The gates on sensitive fields: personal data (conseiller and aidant nom, prénom, email, téléphone)
and the structure fields that are not part of the public directory (for partner tools).

A Strawberry permission with `fail_silently`: when the principal may not read a person's data, the
field answers null (the fields are nullable) instead of an error that would null the whole object.
It sits on those fields only; the rules themselves live in `auth.policy` (for persons, reached
through the type's `voit_donnees_personnelles`).
"""

from __future__ import annotations

from typing import Any, Protocol

import strawberry
from strawberry.permission import PermissionExtension

from auth.policy import voit_structure_complete
from auth.principal import Principal
from schema.context import Context
from schema.execution import PermissionDuContexte


class PorteurDeDonneesPersonnelles(Protocol):
    def voit_donnees_personnelles(self, principal: Principal) -> bool: ...


class DonneesPersonnelles(PermissionDuContexte):
    message = "Donnée personnelle : non visible pour ce rôle."

    def autorise(self, source: Any, context: Context) -> bool:
        porteur: PorteurDeDonneesPersonnelles = source
        return porteur.voit_donnees_personnelles(context.principal)


class DossierAdministratif(PermissionDuContexte):
    message = "Champ du dossier administratif : non visible pour ce rôle."

    def autorise(self, source: Any, context: Context) -> bool:
        return voit_structure_complete(context.principal)


def champ_administratif(description: str) -> Any:
    """A nullable structure field outside the public directory entry (null for partner tools)."""
    return strawberry.field(
        description=f"{description} (null pour les outils partenaires, qui ne lisent que l'annuaire public).",
        extensions=[PermissionExtension(permissions=[DossierAdministratif()], fail_silently=True)],
    )


def champ_personnel(description: str) -> Any:
    """A nullable personal field: null unless `auth.policy` lets the principal read the person's data."""
    return strawberry.field(
        description=f"{description} (donnée personnelle : null si le rôle ne peut pas la lire).",
        extensions=[PermissionExtension(permissions=[DonneesPersonnelles()], fail_silently=True)],
    )
