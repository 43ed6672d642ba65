"""The programme's state machines: which statut or état changes a write may make.

- Structure: CREEE → EXAMEN_COMPLEMENTAIRE | VALIDEE | REFUSEE | ABANDON; EXAMEN_COMPLEMENTAIRE →
  VALIDEE | REFUSEE | ABANDON; VALIDEE → ABANDON; REFUSEE and ABANDON are final. (A coselec decision
  on an already validated structure, a phase-2 renewal, leaves it VALIDEE: no transition.)
- Contrat: recrute (signed, awaiting ANCT) → actif (validated) → rompu | termine; recrute → rompu.
- Poste: vacant → occupe (a contract is signed) → vacant (rupture); vacant → rendu (given back, final).

An illegal change is a BAD_USER_INPUT whose message names the current state.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from hub.models.enums import EtatPoste, StatutContrat, StatutStructure
from hub.services.erreurs import invalide

E = TypeVar("E", bound=Enum)

STRUCTURE: dict[StatutStructure, frozenset[StatutStructure]] = {
    StatutStructure.CREEE: frozenset(
        {
            StatutStructure.EXAMEN_COMPLEMENTAIRE,
            StatutStructure.VALIDEE,
            StatutStructure.REFUSEE,
            StatutStructure.ABANDON,
        }
    ),
    StatutStructure.EXAMEN_COMPLEMENTAIRE: frozenset(
        {StatutStructure.VALIDEE, StatutStructure.REFUSEE, StatutStructure.ABANDON}
    ),
    StatutStructure.VALIDEE: frozenset({StatutStructure.ABANDON}),
    StatutStructure.REFUSEE: frozenset(),
    StatutStructure.ABANDON: frozenset(),
}

CONTRAT: dict[StatutContrat, frozenset[StatutContrat]] = {
    StatutContrat.RECRUTE: frozenset({StatutContrat.ACTIF, StatutContrat.ROMPU}),
    StatutContrat.ACTIF: frozenset({StatutContrat.ROMPU, StatutContrat.TERMINE}),
    StatutContrat.ROMPU: frozenset(),
    StatutContrat.TERMINE: frozenset(),
}

POSTE: dict[EtatPoste, frozenset[EtatPoste]] = {
    EtatPoste.VACANT: frozenset({EtatPoste.OCCUPE, EtatPoste.RENDU}),
    EtatPoste.OCCUPE: frozenset({EtatPoste.VACANT}),
    EtatPoste.RENDU: frozenset(),
}

_NOMS = {id(STRUCTURE): "La structure", id(CONTRAT): "Le contrat", id(POSTE): "Le poste"}


def exiger_transition(machine: dict[E, frozenset[E]], actuel: E, cible: E, champ: str | None = None) -> None:
    """BAD_USER_INPUT (naming the current state) unless `machine` allows `actuel` → `cible`."""
    if cible in machine[actuel]:
        return
    quoi = _NOMS.get(id(machine), "L'objet")
    raise invalide(
        f"{quoi} est « {actuel.value} » : passage à « {cible.value} » impossible "
        f"(depuis « {actuel.value} » : {_liste(machine[actuel])}).",
        champ,
    )


def _liste(cibles: frozenset[E]) -> str:
    return ", ".join(sorted(f"« {c.value} »" for c in cibles)) or "aucun changement possible"
