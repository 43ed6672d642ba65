"""Field checks of the lieux standard and the source files; a row collects every problem it has."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from stdnum.fr import siret

from hub.importers.rejets import Rejet
from hub.importers.territoire import HorsTerritoireError, verifier_coordonnees
from hub.importers.vocabulaire import ALIAS, MOTIF_TELEPHONE, PIVOT_INCONNU, SEPARATEUR

T = TypeVar("T")

CODE_POSTAL = re.compile(r"^\d{5}$")
CODE_INSEE = re.compile(r"^([013-9]\d|2[AB1-9])\d{3}$")  # the standard's pattern
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
RNA = re.compile(r"^W[0-9A-Z]{9}$")
TELEPHONE = re.compile(MOTIF_TELEPHONE)


class ValeurInvalideError(ValueError):
    """A value that breaks a rule; the message is the reason written in the reject report."""


class Ligne:
    """The checks of one row: each failed check becomes a Rejet, and the row is rejected if any."""

    def __init__(self, ligne: int) -> None:
        self.ligne = ligne
        self.rejets: list[Rejet] = []
        # Problems that do not reject the row (the value is dropped): written in the report all the same.
        self.avertissements: list[Rejet] = []

    def champ(self, colonne: str, valeur: str, controle: Callable[[str], T]) -> T | None:
        try:
            return controle(valeur)
        except ValeurInvalideError as probleme:
            self.rejeter(colonne, valeur, str(probleme))
            return None

    def rejeter(self, colonne: str, valeur: str, motif: str) -> None:
        self.rejets.append(Rejet(self.ligne, colonne, valeur, motif))

    def facultatif(self, colonne: str, valeur: str, controle: Callable[[str], T], sans: str) -> T | None:
        """A value the row can do without: a failed check drops it with a warning (`sans`: what is kept)."""
        try:
            return controle(valeur)
        except ValeurInvalideError as probleme:
            self.avertissements.append(Rejet(self.ligne, colonne, valeur, f"{probleme} ; {sans}"))
            return None

    @property
    def valide(self) -> bool:
        return not self.rejets


def requis(longueur_max: int) -> Callable[[str], str]:
    def controle(valeur: str) -> str:
        if not valeur:
            raise ValeurInvalideError("champ obligatoire vide")
        return texte(longueur_max)(valeur) or ""

    return controle


def texte(longueur_max: int) -> Callable[[str], str | None]:
    def controle(valeur: str) -> str | None:
        if len(valeur) > longueur_max:
            raise ValeurInvalideError(f"trop long : {len(valeur)} caractères (maximum {longueur_max})")
        return valeur or None

    return controle


def pivot(valeur: str) -> str | None:
    """SIRET (14 digits, Luhn key, La Poste's exception included) or RNA (W + 9); None if unknown."""
    if not valeur:
        raise ValeurInvalideError("champ obligatoire vide (SIRET, RNA, ou 00000000000000 si inconnu)")
    if valeur == PIVOT_INCONNU:
        return None
    if RNA.match(valeur):
        return valeur
    if valeur.isdigit() and len(valeur) == 9:
        raise ValeurInvalideError(
            "SIREN (9 chiffres) : le standard demande le SIRET de l'établissement (14 chiffres)"
        )
    if not valeur.isdigit() or len(valeur) != 14:
        raise ValeurInvalideError("ni un SIRET (14 chiffres) ni un numéro RNA (W suivi de 9 caractères)")
    if not siret.is_valid(valeur):
        raise ValeurInvalideError("SIRET invalide (clé de contrôle de Luhn)")
    return valeur


def code_postal(valeur: str) -> str:
    if not CODE_POSTAL.match(valeur):
        raise ValeurInvalideError("code postal attendu sur 5 chiffres")
    return valeur


def code_insee(valeur: str) -> str:
    if not CODE_INSEE.match(valeur):
        raise ValeurInvalideError("code INSEE invalide (5 caractères, 2A/2B pour la Corse)")
    return valeur


def code_insee_optionnel(valeur: str) -> str | None:
    return code_insee(valeur) if valeur else None


def nombre(valeur: str) -> float:
    try:
        resultat = float(valeur)
    except ValueError:
        raise ValeurInvalideError("nombre décimal attendu (séparateur « . »)") from None
    if not math.isfinite(resultat):
        raise ValeurInvalideError("nombre décimal attendu")
    return resultat


def nombre_optionnel(valeur: str) -> float | None:
    return nombre(valeur) if valeur else None


def date_iso(valeur: str) -> date:
    if not valeur:
        raise ValeurInvalideError("champ obligatoire vide")
    if not DATE.match(valeur):
        raise ValeurInvalideError("date attendue au format AAAA-MM-JJ")
    try:
        return date.fromisoformat(valeur)
    except ValueError:
        raise ValeurInvalideError("date inexistante") from None


def telephone(valeur: str) -> str | None:
    if valeur and not TELEPHONE.match(valeur):
        raise ValeurInvalideError("téléphone attendu au format international sans espaces (+33XXXXXXXXX)")
    return valeur or None


def enumeration(valeurs_permises: tuple[str, ...]) -> Callable[[str], list[str]]:
    """`A|B|C` with every value among `valeurs_permises`; the empty string is the empty list."""

    def controle(valeur: str) -> list[str]:
        if not valeur:
            return []
        valeurs = [ALIAS.get(v.strip(), v.strip()) for v in valeur.split(SEPARATEUR)]
        inconnues = [v for v in valeurs if v not in valeurs_permises]
        if inconnues:
            raise ValeurInvalideError(
                "valeur hors de la liste du standard : " + ", ".join(f"« {v} »" for v in inconnues)
            )
        return list(dict.fromkeys(valeurs))

    return controle


def coordonnees(ligne: Ligne, latitude: float | None, longitude: float | None, departement: str) -> None:
    """Both or neither; when given, inside the territory of the row's département."""
    if latitude is None or longitude is None:
        if (latitude is None) != (longitude is None):
            ligne.rejeter("latitude", str(latitude or ""), "latitude et longitude vont ensemble")
        return
    try:
        verifier_coordonnees(latitude, longitude, departement)
    except HorsTerritoireError as probleme:
        ligne.rejeter("latitude,longitude", f"{latitude},{longitude}", str(probleme))


def departement_connu(
    ligne: Ligne, colonne: str, valeur: str, departement: str, connus: frozenset[str]
) -> bool:
    if departement in connus:
        return True
    ligne.rejeter(colonne, valeur, f"département {departement} absent du référentiel des 101 départements")
    return False


class Doublons:
    """The source ids already seen in this file: a second row with the same id is rejected."""

    def __init__(self) -> None:
        self._vus: dict[object, int] = {}

    def premier(self, ligne: Ligne, colonne: str, valeur: str, cle: object) -> bool:
        """Call once per row: True the first time `cle` is seen, else the row is rejected."""
        deja = self._vus.get(cle)
        if deja is not None:
            ligne.rejeter(colonne, valeur, f"identifiant en double (déjà à la ligne {deja})")
            return False
        self._vus[cle] = ligne.ligne
        return True
