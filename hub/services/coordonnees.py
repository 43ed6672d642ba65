"""Contact data checks shared by writes and imports: e-mail, telephone (the lieux standard's form), web.

The telephone form is the national lieux standard's (international prefix, no spaces): the importers
rewrite the files' numbers into it, and the API writes contact data in the same form, so a number reads
the same whichever door it came in by. A write normalises first (`04 72 …` → `+33472…`) and refuses
what still does not match the standard's pattern.
"""

from __future__ import annotations

import re

from hub.services.erreurs import invalide

# The pattern of the standard's schema.json (tests/importers/test_vocabulaire.py checks it still is).
MOTIF_TELEPHONE = r"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$"
INDICATIFS_OUTRE_MER = {
    "+590": ("0590", "0690", "0691"),
    "+594": ("0594", "0694"),
    "+596": ("0596", "0696", "0697"),
    "+262": ("0262", "0263", "0692", "0693", "0269", "0639"),
}
INDICATIFS = ("+33", *INDICATIFS_OUTRE_MER)
EMAIL_MAX, SITE_WEB_MAX, ADRESSE_MAX = 200, 300, 500
# The same shape the habilitation and aidant e-mails are checked against.
_EMAIL = re.compile(r"[^@\s]{1,100}@[^@\s]+\.[^@\s.]+")
_TELEPHONE = re.compile(MOTIF_TELEPHONE)
_SITE_WEB = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


def telephone_international(brut: str) -> str:
    """A French number in the standard's form; what cannot be read is returned for the check to reject.

    A bare country code (`+`, `+33`: a form's default prefix with no number typed) is no telephone.
    """
    chiffres = re.sub(r"[\s.\-()/]", "", brut)
    if chiffres.startswith("00"):
        chiffres = "+" + chiffres[2:]
    if chiffres in ("+", *INDICATIFS):
        return ""
    if re.fullmatch(r"\+0\d{9}", chiffres):
        chiffres = chiffres[1:]
    for indicatif in INDICATIFS:
        if re.fullmatch(re.escape(indicatif) + r"0\d{9}", chiffres):
            return indicatif + chiffres[len(indicatif) + 1 :]
    if re.fullmatch(r"0\d{9}", chiffres):
        for indicatif, prefixes in INDICATIFS_OUTRE_MER.items():
            if chiffres.startswith(prefixes):
                return indicatif + chiffres[1:]
        return "+33" + chiffres[1:]
    return chiffres


def courriel(valeur: str, champ: str) -> str:
    """A trimmed, lower-cased e-mail address, or BAD_USER_INPUT on `champ`."""
    email = valeur.strip().lower()
    if len(email) > EMAIL_MAX or not _EMAIL.fullmatch(email):
        raise invalide("Adresse électronique invalide (ex. contact@hub-territorial.fr).", champ)
    return email


def telephone(valeur: str, champ: str) -> str:
    """A telephone in the standard's international form (`04 72 00 00 00` → `+33472000000`)."""
    numero = telephone_international(valeur)
    if not _TELEPHONE.fullmatch(numero):
        raise invalide(
            "Numéro de téléphone invalide : 10 chiffres (ex. 03 87 00 00 00) ou forme internationale "
            "(ex. +33387000000).",
            champ,
        )
    return numero


def site_web(valeur: str, champ: str) -> str:
    """An http(s) address with a host name, or BAD_USER_INPUT on `champ`."""
    adresse = valeur.strip()
    if len(adresse) > SITE_WEB_MAX or not _SITE_WEB.fullmatch(adresse):
        raise invalide("Adresse de site invalide (ex. https://www.hub-territorial.fr).", champ)
    return adresse


def texte(valeur: str, champ: str, maximum: int) -> str:
    """A trimmed free text of at most `maximum` characters (an empty one is refused: send null)."""
    propre = valeur.strip()
    if not 1 <= len(propre) <= maximum:
        raise invalide(f"Texte vide ou trop long ({maximum} caractères au plus).", champ)
    return propre
