"""The input file: checked as UTF-8 and hashed in one pass, then read as CSV rows or JSON records.

A problem with the whole file (missing, not UTF-8, missing column, not JSON) is a FichierInvalideError:
the import stops and writes nothing. A problem with one row is left to the row's checks.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

BLOC = 1 << 20
PARIS = ZoneInfo("Europe/Paris")
_DATE_DANS_LE_NOM = re.compile(r"(?<!\d)(20\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


class FichierInvalideError(Exception):
    """The file as a whole cannot be imported; the message is one line naming the file and the cause."""


@dataclass(frozen=True)
class Fichier:
    chemin: Path
    sha256: str
    date: date
    lignes: int  # newline count, for the progress bar
    # The date was given or is in the file's name; else it is the modification day, and an importer
    # whose files carry a date column may give a better one (lecture.DateDesDonnees).
    date_propre: bool = True


@dataclass(frozen=True)
class LigneCsv:
    """One CSV record: `valeurs` by column, or `probleme` when its field count is wrong."""

    ligne: int
    valeurs: dict[str, str] | None
    probleme: str | None = None


def inspecter(chemin: Path, date_fichier: date | None = None) -> Fichier:
    """Hash the file and check that it is UTF-8, reading it once in blocks."""
    if not chemin.is_file():
        raise FichierInvalideError(f"{chemin}: no such file")
    empreinte = hashlib.sha256()
    decodeur = codecs.getincrementaldecoder("utf-8")("strict")
    lignes = 0
    with chemin.open("rb") as flux:
        for bloc in iter(lambda: flux.read(BLOC), b""):
            empreinte.update(bloc)
            try:
                decodeur.decode(bloc)
            except UnicodeDecodeError as erreur:
                ligne = lignes + bloc[: erreur.start].count(b"\n") + 1
                raise FichierInvalideError(
                    f"{chemin}: not UTF-8 (byte 0x{bloc[erreur.start]:02x} on line {ligne}); "
                    "save the file as UTF-8 and import it again"
                ) from None
            lignes += bloc.count(b"\n")
        try:
            decodeur.decode(b"", final=True)
        except UnicodeDecodeError:
            raise FichierInvalideError(f"{chemin}: not UTF-8 (the file ends inside a character)") from None
    propre = date_fichier or date_du_nom(chemin)
    date_ = propre or date_du_fichier(chemin)
    return Fichier(chemin, empreinte.hexdigest(), date_, lignes, date_propre=propre is not None)


def date_du_fichier(chemin: Path) -> date:
    """The date in the file's name (`liste-fs-20240801.csv`), else its modification day in Paris."""
    return date_du_nom(chemin) or datetime.fromtimestamp(chemin.stat().st_mtime, tz=PARIS).date()


def date_du_nom(chemin: Path) -> date | None:
    trouvee = _DATE_DANS_LE_NOM.search(chemin.name)
    if trouvee:
        try:
            return date(int(trouvee[1]), int(trouvee[2]), int(trouvee[3]))
        except ValueError:
            pass
    return None


def lire_csv(
    fichier: Fichier, colonnes_requises: tuple[str, ...], colonnes_connues: tuple[str, ...] | None = None
) -> Iterator[LigneCsv]:
    """The records of a CSV file (comma or semicolon separated), each with its first line number.

    With `colonnes_connues`, a column outside them makes the file invalid (a strict format: a column
    the hub must not hold, such as a birth date, is refused rather than silently dropped).
    """
    with fichier.chemin.open(encoding="utf-8-sig", newline="") as flux:
        premiere = flux.readline()
        separateur = ";" if premiere.count(";") > premiere.count(",") else ","
        flux.seek(0)
        lecteur = csv.reader(flux, delimiter=separateur)
        entete = [colonne.strip() for colonne in next(lecteur, [])]
        manquantes = [c for c in colonnes_requises if c not in entete]
        if manquantes:
            raise FichierInvalideError(
                f"{fichier.chemin}: missing required column(s) {', '.join(manquantes)} "
                f"(header has: {', '.join(entete) or 'nothing'})"
            )
        inconnues = [c for c in entete if colonnes_connues is not None and c not in colonnes_connues]
        if inconnues:
            raise FichierInvalideError(
                f"{fichier.chemin}: unknown column(s) {', '.join(inconnues)} "
                "(see `inclusion-hub import --schema` for the columns of this format)"
            )
        if len(set(entete)) != len(entete):
            raise FichierInvalideError(f"{fichier.chemin}: a column appears twice in the header")
        while True:
            debut = lecteur.line_num + 1
            try:
                champs = next(lecteur)
            except StopIteration:
                return
            except csv.Error as erreur:
                raise FichierInvalideError(
                    f"{fichier.chemin}: unreadable CSV on line {debut}: {erreur}"
                ) from None
            if not champs or champs == [""]:
                continue
            if len(champs) != len(entete):
                yield LigneCsv(
                    debut,
                    None,
                    f"ligne tronquée ou mal formée : {len(champs)} champs au lieu de {len(entete)}",
                )
                continue
            yield LigneCsv(debut, {c: v.strip() for c, v in zip(entete, champs, strict=True)})


def lire_jsonl(fichier: Fichier) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """The records of a JSON Lines file: (line, object, None), or (line, None, why) for a bad line."""
    with fichier.chemin.open(encoding="utf-8-sig", newline="") as flux:
        for numero, texte in enumerate(flux, start=1):
            if not texte.strip():
                continue
            try:
                enregistrement = json.loads(texte)
            except json.JSONDecodeError as erreur:
                yield numero, None, f"JSON invalide (colonne {erreur.colno} : {erreur.msg})"
                continue
            except RecursionError:
                yield numero, None, "JSON trop imbriqué"
                continue
            if not isinstance(enregistrement, dict):
                yield numero, None, "chaque ligne est un objet JSON {…}"
                continue
            yield numero, enregistrement, None


def lire_json(fichier: Fichier) -> Iterator[tuple[int, Any]]:
    """The records of a JSON array, one at a time, each with the line where it starts."""
    texte = fichier.chemin.read_text(encoding="utf-8-sig")
    decodeur = json.JSONDecoder()
    position = _blancs(texte, 0)
    if texte[position : position + 1] != "[":
        raise FichierInvalideError(f"{fichier.chemin}: not a JSON array of records")
    position = _blancs(texte, position + 1)
    ligne, vu = 1, 0
    if texte[position : position + 1] == "]":
        position += 1
    else:
        while True:
            try:
                enregistrement, fin = decodeur.raw_decode(texte, position)
            except json.JSONDecodeError as erreur:
                raise FichierInvalideError(
                    f"{fichier.chemin}: not valid JSON "
                    f"(line {erreur.lineno}, column {erreur.colno}: {erreur.msg})"
                ) from None
            ligne += texte.count("\n", vu, position)
            vu = position
            yield ligne, enregistrement
            position = _blancs(texte, fin)
            suivant = texte[position : position + 1]
            if suivant == "]":
                position += 1
                break
            if suivant != ",":
                raise FichierInvalideError(
                    f"{fichier.chemin}: not valid JSON (truncated or missing ',' after a record)"
                )
            position = _blancs(texte, position + 1)
    if texte[_blancs(texte, position) :]:
        raise FichierInvalideError(f"{fichier.chemin}: not valid JSON (text after the closing ']')")


def _blancs(texte: str, position: int) -> int:
    while position < len(texte) and texte[position] in " \t\r\n":
        position += 1
    return position
