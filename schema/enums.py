"""The programme's vocabularies as GraphQL enums (member names), registered once for every package.

Types import the enums from here (not from hub.models.enums) so that each one is registered with
strawberry, under its French name, exactly once.
"""

from __future__ import annotations

import strawberry

from hub.models.enums import (
    Avis,
    Canal,
    Demarche,
    EtatPoste,
    FormatFranceServices,
    MotifRupture,
    ObjetEnveloppe,
    Role,
    StatutAvenant,
    StatutContrat,
    StatutStructure,
    Theme,
    TypeActivite,
    TypeAvenant,
    TypeContrat,
    TypeSiteFranceServices,
    TypeStructure,
)

__all__ = [
    "Avis",
    "Canal",
    "Demarche",
    "EtatPoste",
    "FormatFranceServices",
    "MotifRupture",
    "ObjetEnveloppe",
    "Role",
    "StatutAvenant",
    "StatutContrat",
    "StatutStructure",
    "Theme",
    "TypeActivite",
    "TypeAvenant",
    "TypeContrat",
    "TypeSiteFranceServices",
    "TypeStructure",
]

for _enum in (
    Avis,
    Canal,
    Demarche,
    EtatPoste,
    FormatFranceServices,
    MotifRupture,
    ObjetEnveloppe,
    Role,
    StatutAvenant,
    StatutContrat,
    StatutStructure,
    Theme,
    TypeActivite,
    TypeAvenant,
    TypeContrat,
    TypeSiteFranceServices,
    TypeStructure,
):
    if not hasattr(_enum, "__strawberry_definition__") and not hasattr(_enum, "_enum_definition"):
        strawberry.enum(_enum, name=_enum.__name__)
