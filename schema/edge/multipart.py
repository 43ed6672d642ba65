"""The GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec), checked.

Strawberry replaces the `map`'s placeholders without checking their shape: a `map` that is not an
object, a path into nothing or a file missing from the form would fail inside it. Here every part
is checked first, and a malformed request is refused with the reason (HTTP 400, BAD_USER_INPUT).
One operation per request (no batch), at most FICHIERS_MAX files, each placed on a variable that the
operation sets to null (`variables.fichier`, or `variables.fichiers.0` in a list).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

FICHIERS_MAX = 5


class MultipartInvalideError(ValueError):
    pass


def operation_avec_fichiers(operations: object, carte: object, fichiers: Mapping[str, Any]) -> dict[str, Any]:
    """`operations` with each file of `carte` in place of its null placeholder."""
    if not isinstance(operations, dict):
        raise MultipartInvalideError("`operations` doit être un objet JSON (une seule opération par envoi).")
    if not isinstance(carte, dict) or not all(
        isinstance(chemins, list) and all(isinstance(c, str) for c in chemins) for chemins in carte.values()
    ):
        raise MultipartInvalideError('`map` doit être un objet JSON : {"0": ["variables.fichier"]}.')
    if len(carte) > FICHIERS_MAX:
        raise MultipartInvalideError(f"Au plus {FICHIERS_MAX} fichiers par envoi.")
    resultat = copy.deepcopy(operations)
    for nom, chemins in carte.items():
        fichier = fichiers.get(nom)
        if fichier is None or isinstance(fichier, str):
            raise MultipartInvalideError(
                f"`map` nomme la partie « {nom[:50]} », absente ou qui n'est pas un fichier."
            )
        for chemin in chemins:
            _placer(resultat, chemin, fichier)
    return resultat


def _placer(operation: dict[str, Any], chemin: str, fichier: object) -> None:
    parties = chemin.split(".")
    if len(parties) < 2 or parties[0] != "variables" or not isinstance(operation.get("variables"), dict):
        raise MultipartInvalideError(
            f"`map` : « {chemin[:100]} » ne désigne pas une variable de l'opération."
        )
    cible: Any = operation
    for partie in parties[:-1]:
        cible = _suivant(cible, partie, chemin)
    derniere = parties[-1]
    if isinstance(cible, dict) and derniere in cible:
        cle: Any = derniere
    elif isinstance(cible, list) and _indice(derniere) and int(derniere) < len(cible):
        cle = int(derniere)
    else:
        raise MultipartInvalideError(
            f"`map` : « {chemin[:100]} » ne désigne pas une variable de l'opération."
        )
    if cible[cle] is not None:
        raise MultipartInvalideError(f"`map` : « {chemin[:100]} » doit désigner une variable valant null.")
    cible[cle] = fichier


def _suivant(cible: Any, partie: str, chemin: str) -> Any:
    if isinstance(cible, dict) and partie in cible:
        return cible[partie]
    if isinstance(cible, list) and _indice(partie) and int(partie) < len(cible):
        return cible[int(partie)]
    raise MultipartInvalideError(f"`map` : « {chemin[:100]} » ne désigne pas une variable de l'opération.")


def _indice(partie: str) -> bool:
    return partie.isascii() and partie.isdigit() and len(partie) <= 6
