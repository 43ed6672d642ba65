"""One column of a programme import format: its type and constraints, how a cell is checked, its schema.

A cell comes from a CSV file (always a string, `|` between the items of a list) or from a JSON Lines
record (a JSON value: a number, a boolean, a list, or a string as in CSV). An empty cell, `null` or
an absent key is a missing value, refused only when the column is required (Table Schema semantics).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from hub.importers.controles import DATE, ValeurInvalideError

SEPARATEUR_LISTE = "|"
VRAI = frozenset({"true", "1", "oui", "vrai"})
FAUX = frozenset({"false", "0", "non", "faux"})
NOMBRE = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


class Type(StrEnum):
    """The Table Schema types the formats use."""

    TEXTE = "string"
    ENTIER = "integer"
    NOMBRE = "number"
    BOOLEEN = "boolean"
    DATE = "date"
    INSTANT = "datetime"
    LISTE = "array"


@dataclass(frozen=True)
class Colonne:
    """A column of a format; `attribut` is the model column it fills (None: the format's code reads it)."""

    nom: str
    type: Type
    description: str
    requis: bool = False
    valeurs: tuple[Any, ...] | None = None  # enumeration (for a list: of each item)
    motif: str | None = None  # a regular expression the whole value matches
    minimum: int | float | None = None
    maximum: int | float | None = None
    longueur_max: int | None = None
    attribut: str | None = ""  # "" = same name as the column
    defaut: Any = None  # the value written when the cell is empty (documented in the schema)
    controle: Callable[[Any], Any] | None = field(default=None, compare=False)  # a check of its own

    @property
    def cible(self) -> str | None:
        return self.nom if self.attribut == "" else self.attribut

    def lire(self, brute: Any) -> Any:
        """The cell's value, typed; raises ValeurInvalideError with the reason for the reject report."""
        if brute is None or brute == "" or brute == []:
            if self.requis:
                raise ValeurInvalideError("champ obligatoire vide")
            return self.defaut
        valeur = _LECTEURS[self.type](brute)
        self._contraindre(valeur)
        return self.controle(valeur) if self.controle is not None else valeur

    def _contraindre(self, valeur: Any) -> None:
        elements = valeur if isinstance(valeur, list) else [valeur]
        for element in elements:
            if self.valeurs is not None and element not in self.valeurs:
                permises = ", ".join(str(v) for v in self.valeurs)
                raise ValeurInvalideError(f"« {element} » hors de la liste : {permises}"[:300])
            if isinstance(element, str):
                if self.longueur_max is not None and len(element) > self.longueur_max:
                    raise ValeurInvalideError(
                        f"trop long : {len(element)} caractères (maximum {self.longueur_max})"
                    )
                if self.motif is not None and not re.fullmatch(self.motif, element):
                    raise ValeurInvalideError(f"format attendu : {self.motif}")
        if self.minimum is not None and isinstance(valeur, int | float) and valeur < self.minimum:
            raise ValeurInvalideError(f"au moins {self.minimum}")
        if self.maximum is not None and isinstance(valeur, int | float) and valeur > self.maximum:
            raise ValeurInvalideError(f"au plus {self.maximum}")

    def ecrire(self, valeur: Any) -> str:
        """The value as a CSV cell (the export): the inverse of `lire` for a CSV file."""
        if valeur is None:
            return ""
        if isinstance(valeur, bool):
            return "true" if valeur else "false"
        if isinstance(valeur, list):
            return SEPARATEUR_LISTE.join(str(v) for v in valeur)
        if isinstance(valeur, datetime):
            return valeur.astimezone(UTC).isoformat()
        if isinstance(valeur, date):
            return valeur.isoformat()
        return str(valeur)

    def en_json(self, valeur: Any) -> Any:
        """The value in a JSON Lines record (the export)."""
        if isinstance(valeur, datetime):
            return valeur.astimezone(UTC).isoformat()
        if isinstance(valeur, date):
            return valeur.isoformat()
        return valeur

    def schema(self) -> dict[str, Any]:
        """This column as a Table Schema field descriptor."""
        champ: dict[str, Any] = {"name": self.nom, "type": self.type.value, "description": self.description}
        if self.type is Type.DATE:
            champ["format"] = "%Y-%m-%d"
        contraintes: dict[str, Any] = {}
        if self.requis:
            contraintes["required"] = True
        if self.valeurs is not None and self.type is not Type.LISTE:
            contraintes["enum"] = list(self.valeurs)
        if self.valeurs is not None and self.type is Type.LISTE:
            champ["arrayItem"] = {"type": "string", "constraints": {"enum": list(self.valeurs)}}
        for cle, valeur in (
            ("pattern", self.motif),
            ("minimum", self.minimum),
            ("maximum", self.maximum),
            ("maxLength", self.longueur_max),
        ):
            if valeur is not None:
                contraintes[cle] = valeur
        if contraintes:
            champ["constraints"] = contraintes
        if self.defaut is not None:
            champ["default"] = self.defaut
        return champ


def _texte(brute: Any) -> str:
    if not isinstance(brute, str):
        raise ValeurInvalideError("texte attendu")
    return brute.strip()


def _entier(brute: Any) -> int:
    if isinstance(brute, bool):
        raise ValeurInvalideError("nombre entier attendu")
    if isinstance(brute, int):
        return brute
    texte = brute.strip() if isinstance(brute, str) else ""
    if re.fullmatch(r"[-+]?[0-9]{1,18}", texte):
        return int(texte)
    raise ValeurInvalideError("nombre entier attendu")


def _nombre(brute: Any) -> float:
    if isinstance(brute, bool):
        raise ValeurInvalideError("nombre décimal attendu (séparateur « . »)")
    if isinstance(brute, str):
        texte = brute.strip()
        resultat = float(texte) if NOMBRE.fullmatch(texte) else math.nan
    else:
        resultat = float(brute) if isinstance(brute, int | float) else math.nan
    if not math.isfinite(resultat):
        raise ValeurInvalideError("nombre décimal attendu (séparateur « . »)")
    return resultat


def _booleen(brute: Any) -> bool:
    if isinstance(brute, bool):
        return brute
    if isinstance(brute, str) and brute.strip().lower() in VRAI | FAUX:
        return brute.strip().lower() in VRAI
    raise ValeurInvalideError("booléen attendu : true ou false")


def _date(brute: Any) -> date:
    texte = _texte(brute)
    if not DATE.match(texte):
        raise ValeurInvalideError("date attendue au format AAAA-MM-JJ")
    try:
        return date.fromisoformat(texte)
    except ValueError:
        raise ValeurInvalideError("date inexistante") from None


def _instant(brute: Any) -> datetime:
    texte = _texte(brute)
    try:
        instant = datetime.fromisoformat(texte)
    except ValueError:
        raise ValeurInvalideError("instant attendu au format ISO 8601 (2024-03-01T09:30:00+01:00)") from None
    if instant.tzinfo is None:
        raise ValeurInvalideError("instant sans fuseau : ajoutez +01:00, +02:00 ou Z")
    return instant.astimezone(UTC)


def _liste(brute: Any) -> list[str]:
    if isinstance(brute, str):
        elements = [e.strip() for e in brute.split(SEPARATEUR_LISTE)]
    elif isinstance(brute, list) and all(isinstance(e, str) for e in brute):
        elements = [e.strip() for e in brute]
    else:
        raise ValeurInvalideError(
            "liste attendue : valeurs séparées par « | » (CSV) ou tableau de textes (JSON)"
        )
    return list(dict.fromkeys(e for e in elements if e))


_LECTEURS: dict[Type, Callable[[Any], Any]] = {
    Type.TEXTE: _texte,
    Type.ENTIER: _entier,
    Type.NOMBRE: _nombre,
    Type.BOOLEEN: _booleen,
    Type.DATE: _date,
    Type.INSTANT: _instant,
    Type.LISTE: _liste,
}
