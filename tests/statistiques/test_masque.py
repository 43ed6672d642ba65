"""Small-group suppression on aggregated counts (no database): primary and secondary suppression."""

from __future__ import annotations

import pytest

from hub.services.statistiques import Masque


def test_sans_seuil_rien_n_est_masque() -> None:
    masque = Masque(None)
    buckets = masque.buckets([("A", "a", 1), ("B", "b", 3)])
    assert [b.nombre for b in buckets] == [1, 3]
    assert [b.proportion for b in buckets] == [0.25, 0.75]
    assert masque.total(2) == 2
    assert masque.suppressions == 0


def test_un_total_sous_le_seuil_est_masque_mais_pas_zero() -> None:
    masque = Masque(5)
    assert masque.total(4) is None
    assert masque.total(0) == 0
    assert masque.total(5) == 5
    assert masque.suppressions == 1


def test_une_seule_petite_cellule_entraine_le_masquage_de_la_plus_petite_autre() -> None:
    # Hiding only the 2 would be useless: total − visible cells gives it back.
    masque = Masque(5)
    buckets = masque.buckets([("A", "a", 40), ("B", "b", 2), ("C", "c", 9), ("D", "d", 0)])
    assert [b.nombre for b in buckets] == [40, None, None, 0]
    assert [b.proportion for b in buckets] == [pytest.approx(40 / 51), None, None, 0.0]
    assert masque.suppressions == 2


def test_les_cellules_masquees_totalisent_au_moins_le_seuil() -> None:
    # 1 + 1 = 2 would tell that both hidden cells are 1: hide more until the hidden sum reaches 5.
    masque = Masque(5)
    assert masque.parties([1, 1, 30, 100]) == [None, None, None, 100]
    assert masque.suppressions == 3


def test_une_liste_sans_petite_cellule_somme_a_un() -> None:
    masque = Masque(5)
    buckets = masque.buckets([("A", "a", 5), ("B", "b", 0), ("C", "c", 15)])
    assert sum(b.proportion or 0 for b in buckets) == pytest.approx(1)
    assert masque.suppressions == 0


def test_une_liste_vide_n_a_pas_de_proportion() -> None:
    buckets = Masque(5).buckets([("A", "a", 0), ("B", "b", 0)])
    assert [(b.nombre, b.proportion) for b in buckets] == [(0, None), (0, None)]
