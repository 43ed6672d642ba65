"""Small-cell suppression on the grid (no database): primary, complementary, and sums of cells."""

from __future__ import annotations

import pytest

from hub.services.statistiques import Grille, Tableau
from hub.services.statistiques.masque import UNIQUE

LISTE = Tableau(("A", "B", "C", "D"), "T")


def _grille(seuil: int | None, **mesures: int) -> Grille:
    grille = Grille(seuil, (LISTE,))
    grille.ajouter(UNIQUE, mesures)
    return grille


def test_sans_seuil_rien_n_est_masque() -> None:
    grille = _grille(None, A=1, B=3, T=4)
    buckets = grille.buckets([("A", "a", "A"), ("B", "b", "B")])
    assert [b.nombre for b in buckets] == [1, 3]
    assert [b.proportion for b in buckets] == [0.25, 0.75]
    assert grille.valeur("T") == 4
    assert grille.suppressions == 0


def test_un_total_sous_le_seuil_est_masque_mais_pas_zero() -> None:
    grille = _grille(5, T=4, A=0, B=5)
    assert grille.valeur("T") is None
    assert grille.valeur("A") == 0
    assert grille.valeur("B") == 5
    assert grille.suppressions == 1


def test_une_seule_petite_cellule_entraine_le_masquage_de_la_plus_petite_autre() -> None:
    # Hiding only the 2 would be useless: total − visible cells gives it back.
    grille = _grille(5, A=40, B=2, C=9, D=0, T=51)
    buckets = grille.buckets([(m, m.lower(), m) for m in "ABCD"])
    assert [b.nombre for b in buckets] == [40, None, None, 0]
    # A proportion would give the list's total, hidden cells included.
    assert [b.proportion for b in buckets] == [None, None, None, None]
    assert grille.valeur("T") == 51
    assert grille.suppressions == 2


def test_les_cellules_masquees_totalisent_au_moins_le_seuil() -> None:
    # 1 + 1 = 2 would tell that both hidden cells are 1: hide more until the hidden sum reaches 5.
    grille = _grille(5, A=1, B=1, C=30, D=100, T=132)
    assert [grille.valeur(m) for m in "ABCD"] == [None, None, None, 100]


def test_une_liste_sans_petite_cellule_somme_a_un() -> None:
    grille = _grille(5, A=5, B=0, C=15, T=20)
    buckets = grille.buckets([(m, m.lower(), m) for m in "ABC"])
    assert sum(b.proportion or 0 for b in buckets) == pytest.approx(1)
    assert grille.suppressions == 0


def test_une_liste_vide_n_a_pas_de_proportion() -> None:
    buckets = _grille(5, A=0, B=0).buckets([("A", "a", "A"), ("B", "b", "B")])
    assert [(b.nombre, b.proportion) for b in buckets] == [(0, None), (0, None)]


def test_une_somme_de_cellules_est_masquee_des_qu_une_cellule_l_est() -> None:
    # Février in the 57 (3) is hidden; février + mars (3 + 40) would give it back by difference with
    # mars. The national février (15) is published, so the 54's février (12) is hidden with it.
    grille = Grille(5)
    grille.ajouter(("57", "2024-02"), {"T": 3})
    grille.ajouter(("57", "2024-03"), {"T": 40})
    grille.ajouter(("54", "2024-02"), {"T": 12})
    grille.ajouter(("54", "2024-03"), {"T": 9})
    assert grille.valeur("T", lambda c: c[1] == "2024-03") == 49
    assert grille.valeur("T", lambda c: c[0] == "57" and c[1] == "2024-03") == 40
    assert grille.valeur("T", lambda c: c[0] == "57") is None
    assert grille.valeur("T", lambda c: c[0] == "54") is None
    # The whole country: sums of national cells, none of which is small.
    assert grille.valeur("T") == 64
    assert grille.valeur("T", lambda c: c[1] == "2024-02") == 15
    par_departement = grille.buckets_par("T", lambda c: c[0] or "", {})
    assert [(b.valeur, b.nombre, b.proportion) for b in par_departement] == [
        ("54", None, None),
        ("57", None, None),
    ]


def test_une_marge_nationale_trop_petite_pour_proteger_est_masquee() -> None:
    # One département only has activités in février: its 3 cannot be hidden among others, so the
    # national février is hidden too (it is the same number).
    grille = Grille(5)
    grille.ajouter(("57", "2024-02"), {"T": 3})
    grille.ajouter(("57", "2024-03"), {"T": 40})
    grille.ajouter(("54", "2024-03"), {"T": 9})
    assert grille.nationales_cachees("2024-02") == {"T"}
    assert grille.valeur("T") is None
    assert grille.valeur("T", lambda c: c[1] == "2024-03") == 49


def test_seules_les_cellules_du_territoire_sont_sommees() -> None:
    # The 54 only takes part in the suppression (its février hides with the 57's); the answer is the 57's.
    grille = Grille(5)
    grille.ajouter(("57", "2024-02"), {"T": 3})
    grille.ajouter(("57", "2024-03"), {"T": 40})
    grille.ajouter(("54", "2024-02"), {"T": 12}, dans=False)
    assert grille.cellules == [("57", "2024-02"), ("57", "2024-03")]
    assert grille.valeur("T") is None
    assert grille.valeur("T", lambda c: c[1] == "2024-03") == 40
    assert grille.cachees(("54", "2024-02")) == {"T"}


def test_une_liste_deja_sommee_n_existe_pas_sous_masquage() -> None:
    with pytest.raises(ValueError, match="cellule par cellule"):
        Grille(5).liste([("A", "a", 3)])


def test_un_total_cache_pour_la_marge_cache_aussi_ses_parties() -> None:
    # 01 is small (hidden); the national margin of the month hides 02's total too. Were its parts all
    # shown, their sum over several cells (02's parts over two months minus its other month) would
    # give that total back, and then 01's by the national figure: hypothesis found it (issue 18 CI).
    grille = Grille(5, (Tableau(("A", "B", "C"), "T"),))
    grille.ajouter(("01", "2021-01"), {"A": 1, "B": 1, "C": 1, "T": 3})
    # 02 has the smallest total (the margin of T hides it), 03 and 04 the smallest parts (the margins
    # of A, B and C hide theirs): nothing but the fix hides 02's parts.
    grille.ajouter(("02", "2021-01"), {"A": 6, "B": 6, "C": 6, "T": 18})
    grille.ajouter(("03", "2021-01"), {"A": 5, "B": 5, "C": 50, "T": 60})
    grille.ajouter(("04", "2021-01"), {"A": 50, "B": 50, "C": 5, "T": 105})
    cachees = grille.cachees(("02", "2021-01"))
    assert "T" in cachees
    parties = cachees & {"A", "B", "C"}
    assert len(parties) >= 2  # so that the total is not the sum of shown parts
