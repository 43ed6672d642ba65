"""The pages' Jinja2 templates (hub/web/gabarits/), autoescaped, French.

`libelle` turns a code the API sends (an enum member's name: PRIVATE, VALIDEE, VACANT) into the
French label of hub.models.enums, so that a page never shows a code.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from starlette.templating import Jinja2Templates

from hub.models.enums import (
    Avis,
    EtatPoste,
    Libelle,
    StatutContrat,
    StatutStructure,
    TypeContrat,
    TypeStructure,
)

GABARITS = Jinja2Templates(directory=Path(__file__).parent / "gabarits")

_ENUMS: dict[str, type[Libelle]] = {
    e.__name__: e for e in (TypeStructure, StatutStructure, EtatPoste, TypeContrat, StatutContrat, Avis)
}
# Members whose label in hub.models.enums is their code.
_PAGES: dict[Enum, str] = {
    Avis.POSITIF: "Favorable",
    Avis.NEGATIF: "Défavorable",
    StatutContrat.RECRUTE: "Recruté",
    StatutContrat.ACTIF: "En cours",
    StatutContrat.ROMPU: "Rompu",
    StatutContrat.TERMINE: "Terminé",
}


def libelle(code: object, enum: str) -> str:
    """The French label of `code` (a member's name, as GraphQL sends it) in the enum named `enum`."""
    if not isinstance(code, str):
        return "—"
    membre = _ENUMS[enum].__members__.get(code)
    if membre is None:
        return code
    return _PAGES.get(membre, membre.libelle)


GABARITS.env.filters["libelle"] = libelle
