"""hub/memoire.py: each value is built once per key, and the table never holds more than its size."""

from __future__ import annotations

from hub.memoire import Memoire


def test_une_valeur_est_construite_une_fois_par_cle() -> None:
    memoire: Memoire[str, list[str]] = Memoire(10)
    construites: list[str] = []

    def construire(cle: str) -> list[str]:
        construites.append(cle)
        return [cle]

    premiere = memoire.obtenir("a", lambda: construire("a"))
    assert memoire.obtenir("a", lambda: construire("a")) is premiere
    memoire.obtenir("b", lambda: construire("b"))
    assert construites == ["a", "b"]
    rien: Memoire[str, None] = Memoire(10)
    assert rien.obtenir("n", lambda: None) is None  # None is a value like another: built once
    assert rien.obtenir("n", lambda: construites.append("n")) is None
    assert construites == ["a", "b"]


def test_pleine_elle_se_vide_avant_d_ajouter() -> None:
    memoire: Memoire[int, int] = Memoire(3)
    for cle in range(3):
        memoire.obtenir(cle, lambda: 10)
    assert len(memoire) == 3
    assert memoire.obtenir(3, lambda: 30) == 30
    assert len(memoire) == 1
    assert memoire.obtenir(0, lambda: -1) == -1  # rebuilt: the table was emptied
