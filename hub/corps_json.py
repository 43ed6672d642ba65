"""The JSON a client sends (a POST body, GET `variables` and `extensions`), decoded within bounds.

Every refusal is a `CorpsIllisibleError` with a French message, answered 400 BAD_USER_INPUT by the
view whatever the media type (issue 17: `null`, `"x"`, invalid UTF-8 and 30,000 nested arrays each
gave a plain-text 500):
- the bytes must be UTF-8 (strictly: no BOM guessing, no UTF-16);
- nesting is bounded *before* decoding: when the text holds more opening brackets than the bound,
  a linear scan outside strings measures the actual depth (the standard decoder recurses, and a deep
  document exhausts the stack);
- a string may not hold a lone surrogate (`"\\ud800"` decodes, but no UTF-8 text can carry it: the
  request's log line, its hash or the database would fail on it later).
"""

from __future__ import annotations

import json
import re
from typing import Any

PROFONDEUR_MAX = 64
# A string (its closing quote optional, so that the match never backtracks: linear in the text) or a
# bracket; whatever lies between is skipped.
_JETON = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)
_SUBSTITUT = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class CorpsIllisibleError(ValueError):
    """The client's JSON cannot be accepted; the message says why, in French."""


def decoder(donnees: str | bytes, profondeur_max: int = PROFONDEUR_MAX) -> Any:
    """The decoded JSON value, or CorpsIllisibleError."""
    if isinstance(donnees, bytes):
        try:
            texte = donnees.decode("utf-8")
        except UnicodeDecodeError:
            raise CorpsIllisibleError("Le corps de la requête n'est pas du texte UTF-8 valide.") from None
    else:
        texte = donnees
    if _trop_profond(texte, profondeur_max):
        raise CorpsIllisibleError(
            f"Le JSON envoyé est imbriqué sur plus de {profondeur_max} niveaux (tableaux et objets)."
        )
    try:
        valeur = json.loads(texte)
    except (json.JSONDecodeError, RecursionError):
        raise CorpsIllisibleError("Le corps de la requête n'est pas du JSON valide.") from None
    if _SUBSTITUT.search(texte) and not _encodable(valeur):
        raise CorpsIllisibleError(
            "Le JSON envoyé contient un caractère invalide (un demi-caractère UTF-16 isolé, \\ud800–\\udfff)."
        )
    return valeur


def profondeur(texte: str) -> int:
    """The deepest nesting of arrays and objects in a JSON text (brackets inside strings ignored)."""
    courante = maximum = 0
    for jeton in _JETON.findall(texte):
        if jeton in ("[", "{"):
            courante += 1
            maximum = max(maximum, courante)
        elif jeton in ("]", "}"):
            courante -= 1
    return maximum


def _trop_profond(texte: str, profondeur_max: int) -> bool:
    # Fewer opening brackets than the bound (nearly every request): no nesting can pass it.
    if texte.count("[") + texte.count("{") <= profondeur_max:
        return False
    return profondeur(texte) > profondeur_max


def _encodable(valeur: Any) -> bool:
    pile = [valeur]
    while pile:
        courante = pile.pop()
        if isinstance(courante, str):
            try:
                courante.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(courante, dict):
            pile.extend(courante.keys())
            pile.extend(courante.values())
        elif isinstance(courante, list):
            pile.extend(courante)
    return True
