"""Where a row is below the département: the code INSEE that places each counted model in a commune.

Statistics of an EPCI or a commune count only the tables listed here; every other table (postes,
conseillers, subventions, mandats, the département × month aggregates of activités) is located by a
département alone and cannot be counted on a commune: `auth.policy.statistiques_predicate` answers
None for it there (its block is null), never the département's or the nation's figures.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute

from hub.models import Activite, ActiviteTheme, Commune, Lieu, SiteFranceServices, Structure

# The code INSEE of the commune a row is in: an activité's is where the session took place (the
# CRA's `codeCommune`), a site's or a lieu's is its address, a structure's its seat.
COMMUNE_DE: dict[type[Any], InstrumentedAttribute[Any]] = {
    Activite: Activite.code_commune,
    SiteFranceServices: SiteFranceServices.code_insee,
    Lieu: Lieu.code_insee,
    Structure: Structure.code_commune,
    Commune: Commune.code,
}


def localisable(model: type[Any]) -> bool:
    """Can rows of `model` be placed in a commune (and so counted on an EPCI or a commune)?"""
    return model in COMMUNE_DE or model is ActiviteTheme


def dans_communes(
    model: type[Any], niveau: str, code: str, departements: frozenset[str]
) -> ColumnElement[bool]:
    """Rows of `model` (localisable) in commune `code`, or in the member communes of EPCI `code`.

    The département is tested too (`departements`: those of the territory's communes), so that the
    statement uses the département indexes before it compares codes INSEE."""
    if model is ActiviteTheme:
        return ActiviteTheme.activite_id.in_(
            select(Activite.id).where(dans_communes(Activite, niveau, code, departements))
        )
    colonne = COMMUNE_DE[model]
    if niveau == "commune":
        dans = colonne == code
    else:
        dans = colonne.in_(select(Commune.code).where(Commune.epci_code == code))
    departement = getattr(model, "departement_code", None)
    return dans if departement is None else dans & departement.in_(sorted(departements))
