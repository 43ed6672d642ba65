"""A one-line progress bar on stderr, drawn only when stderr is a terminal (quiet in logs and CI)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

LARGEUR = 30
INTERVALLE = 0.1  # seconds between redraws


class Progression:
    def __init__(self, libelle: str, total: int, flux: TextIO | None = None) -> None:
        self.libelle = libelle
        self.total = max(total, 1)
        self.flux = flux if flux is not None else sys.stderr
        self.actif = self.flux.isatty()
        self._dessinee = 0.0

    def avancer(self, fait: int) -> None:
        if not self.actif:
            return
        maintenant = time.monotonic()
        if maintenant - self._dessinee < INTERVALLE:
            return
        self._dessinee = maintenant
        part = min(fait / self.total, 1.0)
        plein = int(part * LARGEUR)
        barre = "#" * plein + "." * (LARGEUR - plein)
        self.flux.write(f"\r{self.libelle} [{barre}] {part:4.0%} line {fait}/{self.total}")
        self.flux.flush()

    def terminer(self) -> None:
        if self.actif:
            self.flux.write("\r\033[K")
            self.flux.flush()
