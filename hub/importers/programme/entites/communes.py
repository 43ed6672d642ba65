"""Columns several formats share: the source id, a SIRET, a département, a professional e-mail."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from stdnum.fr import siret as numero_siret

from hub.importers.controles import CODE_INSEE, ValeurInvalideError
from hub.importers.programme.colonnes import Colonne, Type

MOTIF_DEPARTEMENT = r"\d{2}|2[AB]|97[1-8]|98[4-8]"
MOTIF_SIRET = r"\d{14}"
MOTIF_TELEPHONE = r"\+\d{9,15}"
# Personal mailboxes: the programme's files hold professional addresses only (docs/imports.md).
MESSAGERIES_PERSONNELLES = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.fr",
        "outlook.com",
        "outlook.fr",
        "live.fr",
        "live.com",
        "yahoo.com",
        "yahoo.fr",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "sfr.fr",
        "neuf.fr",
        "laposte.net",
        "icloud.com",
        "me.com",
        "aol.com",
        "gmx.fr",
        "protonmail.com",
        "proton.me",
    }
)
_COURRIEL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def siret_valide(valeur: Any) -> str:
    if not numero_siret.is_valid(valeur):
        raise ValeurInvalideError("SIRET invalide (clé de contrôle de Luhn)")
    return str(valeur)


def courriel_professionnel(valeur: Any) -> str:
    adresse = str(valeur).lower()
    if not _COURRIEL.fullmatch(adresse):
        raise ValeurInvalideError("adresse électronique invalide")
    if adresse.rsplit("@", 1)[1] in MESSAGERIES_PERSONNELLES:
        raise ValeurInvalideError(
            "adresse personnelle : le programme ne transmet que l'adresse professionnelle"
        )
    return adresse


def code_insee(valeur: Any) -> str:
    if not CODE_INSEE.match(str(valeur)):
        raise ValeurInvalideError("code INSEE invalide (5 caractères, 2A/2B pour la Corse)")
    return str(valeur)


def id_source(description: str = "Identifiant de l'enregistrement dans le système source") -> Colonne:
    return Colonne("id_source", Type.TEXTE, description, requis=True, longueur_max=100)


def reference_id_source(nom: str, description: str, *, requis: bool = True) -> Colonne:
    """A column naming a record of another format by its source id (attribute: the reference's)."""
    return Colonne(nom, Type.TEXTE, description, requis=requis, longueur_max=100, attribut="")


def siret(nom: str, description: str, *, requis: bool = True) -> Colonne:
    return Colonne(nom, Type.TEXTE, description, requis=requis, motif=MOTIF_SIRET, controle=siret_valide)


def departement(description: str = "Code du département (2A, 2B, 971…)", *, requis: bool = True) -> Colonne:
    return Colonne(
        "departement",
        Type.TEXTE,
        description,
        requis=requis,
        motif=MOTIF_DEPARTEMENT,
        attribut="departement_code",
    )


def texte(
    nom: str, description: str, longueur_max: int, *, requis: bool = False, defaut: Any = None
) -> Colonne:
    return Colonne(nom, Type.TEXTE, description, requis=requis, longueur_max=longueur_max, defaut=defaut)


def date_(nom: str, description: str, *, requis: bool = False) -> Colonne:
    return Colonne(nom, Type.DATE, description, requis=requis)


def booleen(nom: str, description: str, defaut: bool) -> Colonne:
    return Colonne(nom, Type.BOOLEEN, description, defaut=defaut)


def entier(
    nom: str, description: str, minimum: int, maximum: int, *, requis: bool = False, defaut: int | None = None
) -> Colonne:
    return Colonne(
        nom, Type.ENTIER, description, requis=requis, minimum=minimum, maximum=maximum, defaut=defaut
    )


def enumeration(
    nom: str, description: str, classe: type[StrEnum], *, requis: bool = True, defaut: StrEnum | None = None
) -> Colonne:
    """One of the values of `classe` (the programme's codes), read as its member."""
    return Colonne(
        nom, Type.TEXTE, description, requis=requis, valeurs=tuple(classe), defaut=defaut, controle=classe
    )


def montant(nom: str, description: str, *, minimum: int = 1, defaut: int | None = None) -> Colonne:
    return Colonne(
        nom,
        Type.ENTIER,
        f"{description}, en centimes d'euro",
        requis=defaut is None,
        minimum=minimum,
        defaut=defaut,
    )
