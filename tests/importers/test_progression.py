"""The progress bar: drawn on a terminal, silent otherwise."""

from __future__ import annotations

import io

import pytest

from hub.importers import progression
from hub.importers.progression import Progression


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_la_barre_se_dessine_sur_un_terminal_et_s_efface_a_la_fin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progression, "INTERVALLE", 0.0)
    terminal = Terminal()
    barre = Progression("import lieux", 200, terminal)

    barre.avancer(50)
    barre.avancer(200)
    barre.terminer()

    dessins = terminal.getvalue().split("\r")
    assert dessins[1] == "import lieux [#######.......................]  25% line 50/200"
    assert dessins[2].startswith("import lieux [##############################] 100%")
    assert dessins[3] == "\033[K"


def test_rien_n_est_ecrit_quand_la_sortie_n_est_pas_un_terminal() -> None:
    fichier = io.StringIO()
    barre = Progression("import lieux", 200, fichier)

    barre.avancer(100)
    barre.terminer()

    assert fichier.getvalue() == ""
