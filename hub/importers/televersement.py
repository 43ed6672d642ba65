"""Programme files uploaded by an operator (GraphQL mutation `importerProgramme`): one format file or a ZIP.

The upload is on disk in a private temporary folder. Its name decides what it is, as in
`import programme DIR`: `<format>.csv` or `<format>.jsonl` is one format's file, `*.zip` a folder of
them (top-level members only, each `<format>.csv|jsonl`, at most `max_decompresses` bytes once
unpacked, counted while unpacking: a member's declared size is not trusted). The import then runs
exactly as on the command line (one transaction, rules, provenance, journal); its reject report is
read back for the answer.
"""

from __future__ import annotations

import asyncio
import csv
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import BinaryIO

from hub.db import Database
from hub.importers.execution import Bilan, fichiers_du_dossier, importer, importer_programme
from hub.importers.fichier import FichierInvalideError
from hub.importers.programme.moteur import EXTENSIONS_CSV, EXTENSIONS_JSONL, ImporteurProgramme, Mode
from hub.importers.programme.registre import FORMATS
from hub.importers.rejets import COLONNE_FICHIER

REJETS_RENDUS = 200  # rejects listed in the answer; the counts are complete
MEMBRES_MAX = len(FORMATS) + 1  # a folder holds at most one file per format (and a README, refused)
BLOC = 1 << 20


@dataclass(frozen=True)
class RejetTeleverse:
    fichier: str
    ligne: int
    colonne: str
    valeur: str
    raison: str


@dataclass(frozen=True)
class ResultatTeleversement:
    bilans: list[Bilan]
    rejets: list[RejetTeleverse]  # the first REJETS_RENDUS problems of the rejected rows


async def importer_televersement(
    database: Database,
    chemin: Path,
    nom: str,
    *,
    mode: Mode,
    auteur: str,
    max_decompresses: int,
) -> ResultatTeleversement:
    """Import the uploaded file at `chemin` (in a folder of its own), named `nom` by the client."""
    nom_sur = PurePath(nom.replace("\\", "/")).name  # the client's name, never a path
    dossier = chemin.parent
    rapport = dossier / "rejets.csv"
    suffixe = PurePath(nom_sur).suffix.lower()
    if suffixe == ".zip":
        contenu = dossier / "programme"
        await asyncio.to_thread(deballer, chemin, contenu, max_decompresses)
        await asyncio.to_thread(fichiers_du_dossier, contenu)  # names checked before any write
        bilans = await importer_programme(database, contenu, mode=mode, rapport=rapport, auteur=auteur)
        return ResultatTeleversement(bilans, await asyncio.to_thread(lire_rejets, rapport, None))
    format_ = FORMATS.get(PurePath(nom_sur).stem)
    if format_ is None or suffixe not in (*EXTENSIONS_CSV, *EXTENSIONS_JSONL):
        raise FichierInvalideError(
            f"« {nom_sur[:100]} » : attendu <format>.csv, <format>.jsonl ou une archive .zip de ces "
            f"fichiers (formats : {', '.join(FORMATS)})"
        )
    fichier = dossier / f"{format_.nom}{suffixe}"
    await asyncio.to_thread(chemin.rename, fichier)
    bilan = await importer(
        database, ImporteurProgramme(format_, mode), fichier, rapport=rapport, auteur=auteur
    )
    return ResultatTeleversement([bilan], await asyncio.to_thread(lire_rejets, rapport, fichier.name))


def deballer(archive: Path, dossier: Path, max_decompresses: int) -> None:
    """Unpack the top-level format files of `archive` into `dossier`; FichierInvalideError otherwise."""
    dossier.mkdir()
    try:
        with zipfile.ZipFile(archive) as zip_:
            membres = [m for m in zip_.infolist() if not m.is_dir()]
            if len(membres) > MEMBRES_MAX:
                raise FichierInvalideError(
                    f"archive : {len(membres)} fichiers, au plus {MEMBRES_MAX} (un par format)"
                )
            restant = max_decompresses
            for membre in membres:
                nom = PurePath(membre.filename)
                if len(nom.parts) != 1 or membre.filename.startswith(("/", "\\")) or "\\" in membre.filename:
                    raise FichierInvalideError(
                        f"archive : « {membre.filename[:100]} » est dans un dossier ; placez les fichiers "
                        "à la racine de l'archive"
                    )
                if nom.stem not in FORMATS or nom.suffix.lower() not in (*EXTENSIONS_CSV, *EXTENSIONS_JSONL):
                    raise FichierInvalideError(
                        f"archive : « {membre.filename[:100]} » n'est pas un fichier de format "
                        f"(<format>.csv ou <format>.jsonl ; formats : {', '.join(FORMATS)})"
                    )
                restant = _extraire(zip_, membre, dossier / nom.name, restant, max_decompresses)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise FichierInvalideError("archive ZIP illisible ou corrompue") from None
    except NotImplementedError:
        raise FichierInvalideError("archive ZIP : méthode de compression non prise en charge") from None
    except RuntimeError:  # zipfile's error for an encrypted member
        raise FichierInvalideError("archive ZIP chiffrée : envoyez-la sans mot de passe") from None


def _extraire(zip_: zipfile.ZipFile, membre: zipfile.ZipInfo, cible: Path, restant: int, maximum: int) -> int:
    if cible.exists():
        raise FichierInvalideError(f"archive : « {membre.filename[:100]} » y figure deux fois")
    with zip_.open(membre) as source, cible.open("wb") as sortie:
        while bloc := source.read(BLOC):
            restant -= len(bloc)
            if restant < 0:
                raise FichierInvalideError(f"archive : plus de {maximum} octets une fois décompressée")
            sortie.write(bloc)
    return restant


def lire_rejets(rapport: Path, fichier: str | None) -> list[RejetTeleverse]:
    """The first REJETS_RENDUS lines of a reject report (`fichier`: the report of one file has no
    `file` column)."""
    rejets: list[RejetTeleverse] = []
    with rapport.open(encoding="utf-8", newline="") as entree:
        for ligne in csv.DictReader(entree):
            if len(rejets) >= REJETS_RENDUS:
                break
            rejets.append(
                RejetTeleverse(
                    fichier=fichier or ligne[COLONNE_FICHIER],
                    ligne=int(ligne["line"]),
                    colonne=ligne["column"],
                    valeur=ligne["value"],
                    raison=ligne["reason"],
                )
            )
    return rejets


def copier(source: BinaryIO, cible: Path) -> None:
    """Copy the upload's spooled file to `cible` (its size is bounded by the request's body limit)."""
    source.seek(0)
    with cible.open("wb") as sortie:
        shutil.copyfileobj(source, sortie, BLOC)


__all__ = [
    "REJETS_RENDUS",
    "RejetTeleverse",
    "ResultatTeleversement",
    "copier",
    "deballer",
    "importer_televersement",
]
