"""The reject report: one CSV line per problem of a rejected row (line, column, value, reason).

A problem that did not reject its row (a malformed pivot: the lieu is kept without it) is written too,
its reason starting with « avertissement (ligne importée) : ».
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

COLONNES_RAPPORT = ("line", "column", "value", "reason")
COLONNE_FICHIER = "file"  # first column of the report of a run over several files (import programme)
AVERTISSEMENT = "avertissement (ligne importée) : "  # reason prefix of a problem that kept its row


@dataclass(frozen=True)
class Rejet:
    """One problem of one row: `ligne` is the line of the row in the file (its first line for JSON)."""

    ligne: int
    colonne: str
    valeur: str
    motif: str


def chemin_par_defaut(fichier: Path) -> Path:
    """`<input name>.rejets.csv` in the current directory (the input's folder may be read-only)."""
    return Path.cwd() / f"{fichier.stem}.rejets.csv"


class RapportRejets:
    """Written to a temporary file and moved into place only when the import completes."""

    def __init__(self, chemin: Path, *, plusieurs_fichiers: bool = False) -> None:
        self.chemin = chemin
        self.fichier_en_cours = ""  # the file whose rows are being reported, with plusieurs_fichiers
        self._plusieurs = plusieurs_fichiers
        self._temporaire = chemin.with_name(f".{chemin.name}.en-cours")
        self._fichier: IO[str] = self._temporaire.open("w", encoding="utf-8", newline="")
        colonnes = (COLONNE_FICHIER, *COLONNES_RAPPORT) if plusieurs_fichiers else COLONNES_RAPPORT
        self._writer = csv.DictWriter(self._fichier, fieldnames=colonnes)
        self._writer.writeheader()
        self.lignes_rejetees = 0
        self.avertissements = 0

    def __enter__(self) -> RapportRejets:
        return self

    def ajouter(self, rejets: list[Rejet], lignes: int = 1) -> None:
        """Record the problems of `lignes` rejected source rows."""
        self.lignes_rejetees += lignes
        for rejet in rejets:
            ligne = {
                "line": rejet.ligne,
                "column": rejet.colonne,
                "value": rejet.valeur,
                "reason": rejet.motif,
            }
            if self._plusieurs:
                ligne[COLONNE_FICHIER] = self.fichier_en_cours
            self._writer.writerow(ligne)

    def avertir(self, avertissements: list[Rejet]) -> None:
        """Problems of a row that was kept (a dropped value): reported, their reason marked as such."""
        self.avertissements += len(avertissements)
        self.ajouter(
            [Rejet(a.ligne, a.colonne, a.valeur, f"{AVERTISSEMENT}{a.motif}") for a in avertissements], 0
        )

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._fichier.close()
        if kind is None:
            os.replace(self._temporaire, self.chemin)
        else:
            self._temporaire.unlink(missing_ok=True)
